using Microsoft.EntityFrameworkCore;
using Oasis.Data;

namespace Oasis.CommandCentre.Duty;

/// <summary>
/// The demonstration city's roster: demo.leader leads and demo.operator watches, in 12-hour shifts (08:00–20:00 day,
/// 20:00–08:00 night, Beijing time) for the 30 days from the first start, so the big screen shows who is on duty.
/// </summary>
internal static class DemoRoster
{
    public static async Task<int> SeedAsync(OasisDb db, DateTime nowUtc, CancellationToken ct)
    {
        var demo = await db.Users.AnyAsync(u => u.IsDemo && u.UserName == "demo.operator", ct).ConfigureAwait(false);
        if (!demo || await db.DutyShifts.AnyAsync(ct).ConfigureAwait(false))
        {
            return 0;
        }

        var today = DateOnly.FromDateTime(nowUtc.AddHours(8)).AddDays(-1);
        for (var d = 0; d < 31; d++)
        {
            var day = today.AddDays(d);
            var dayStart = day.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc).AddHours(-8);
            foreach (var (shift, from) in new[] { ("白班", dayStart), ("夜班", dayStart.AddHours(12)) })
            {
                db.DutyShifts.Add(new DutyShift { Day = day, Shift = shift, Post = DutyRoster.Leader, UserName = "demo.leader", From = from, Until = from.AddHours(12) });
                db.DutyShifts.Add(new DutyShift { Day = day, Shift = shift, Post = DutyRoster.Operator, UserName = "demo.operator", From = from, Until = from.AddHours(12) });
            }
        }

        return await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
