using Microsoft.EntityFrameworkCore;
using Oasis.CommandCentre.Alarms;
using Oasis.CommandCentre.Alarms.Host;
using Oasis.CommandCentre.Duty;
using Oasis.CommandCentre.WorkOrders;
using Oasis.CommandCentre.WorkOrders.Host;
using Oasis.Data;
using Oasis.Platform.Scopes;
using Oasis.Platform.Time;

namespace Oasis.CommandCentre;

/// <summary>The alarm, work-order and duty counts of the overview, within the caller's scope; the roster is the city's.</summary>
internal sealed class CommandTalliesService(OasisDb db, TimeProvider clock) : ICommandTallies
{
    public async Task<CommandTallies> CountAsync(DataScope scope, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var alarms = await AlarmEndpoints.Visible(db.Alarms.AsNoTracking(), scope).Where(a => a.State != "cleared")
            .GroupBy(a => a.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct).ConfigureAwait(false);
        var byLevel = Enum.GetValues<AlarmLevel>().ToDictionary(l => l.Code(), l => alarms.FirstOrDefault(a => a.Key == l.Code())?.Count ?? 0);

        var orders = WorkOrderEndpoints.Visible(db.WorkOrders.AsNoTracking(), scope);
        var states = await orders.GroupBy(o => o.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct).ConfigureAwait(false);
        var byState = Enum.GetValues<WorkOrderState>().ToDictionary(s => s.Code(), s => states.FirstOrDefault(x => x.Key == s.Code())?.Count ?? 0);
        byState["overdue"] = await orders.CountAsync(o => o.State != "closed" && o.Deadline < now, ct).ConfigureAwait(false);

        var shifts = await DutyRoster.OnDutyAsync(db, now, ct).ConfigureAwait(false);
        var names = await DutyEndpoints.Names(db, shifts.Select(s => s.UserName), ct).ConfigureAwait(false);
        var onDuty = shifts.Select(s => new OnDutyPerson(s.UserName, names.GetValueOrDefault(s.UserName, s.UserName), s.Post,
            BeijingTime.FromUtc(s.From), BeijingTime.FromUtc(s.Until))).ToList();
        return new CommandTallies(byLevel, byState, onDuty);
    }
}
