using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Auth;

namespace Oasis.CommandCentre.Duty;

/// <summary>Who is on duty now, and whom to tell when the roster has nobody for a post.</summary>
internal static class DutyRoster
{
    public const string Leader = "leader";
    public const string Operator = "operator";

    public static async Task<List<DutyShift>> OnDutyAsync(OasisDb db, DateTime nowUtc, CancellationToken ct) =>
        await db.DutyShifts.AsNoTracking().Where(s => s.From <= nowUtc && s.Until > nowUtc)
            .OrderBy(s => s.Post == Leader ? 0 : 1).ThenBy(s => s.UserName).ToListAsync(ct).ConfigureAwait(false);

    /// <summary>
    /// The people holding <paramref name="post"/> now; when the roster names nobody, every active user of the post's
    /// role — an alarm with nobody on the roster must still reach someone.
    /// </summary>
    public static async Task<List<string>> HoldersAsync(OasisDb db, string post, DateTime nowUtc, CancellationToken ct)
    {
        var onDuty = await db.DutyShifts.AsNoTracking().Where(s => s.Post == post && s.From <= nowUtc && s.Until > nowUtc)
            .Select(s => s.UserName).Distinct().ToListAsync(ct).ConfigureAwait(false);
        return onDuty.Count > 0 ? onDuty : await UsersInRoleAsync(db, post == Leader ? Roles.Leader : Roles.Operator, ct).ConfigureAwait(false);
    }

    public static async Task<List<string>> UsersInRoleAsync(OasisDb db, string role, CancellationToken ct)
    {
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return await (from ur in db.Set<IdentityUserRole<string>>()
                      join u in db.Users on ur.UserId equals u.Id
                      where ur.RoleId == roleId
                      orderby u.UserName
                      select u.UserName!).ToListAsync(ct).ConfigureAwait(false);
    }
}
