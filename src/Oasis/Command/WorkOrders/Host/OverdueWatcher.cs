using Microsoft.EntityFrameworkCore;
using Oasis.CommandCentre.Duty;
using Oasis.CommandCentre.Notifications;
using Oasis.Data;

namespace Oasis.CommandCentre.WorkOrders.Host;

/// <summary>
/// Overdue is a flag, not a state (issue #5): when an order passes its deadline unclosed, the duty leader and the
/// operators are told once, and the order is marked so they are not told again.
/// </summary>
internal sealed class OverdueWatcher(Notifier notifier, TimeProvider clock)
{
    public async Task<int> NotifyAsync(OasisDb db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.WorkOrders.Where(o => o.State != "closed" && o.Deadline < now && !o.OverdueNotified).ToListAsync(ct).ConfigureAwait(false);
        if (overdue.Count == 0)
        {
            return 0;
        }

        var to = (await DutyRoster.HoldersAsync(db, DutyRoster.Leader, now, ct).ConfigureAwait(false))
            .Concat(await DutyRoster.HoldersAsync(db, DutyRoster.Operator, now, ct).ConfigureAwait(false)).ToList();
        foreach (var order in overdue)
        {
            order.OverdueNotified = true;
            await notifier.SendAsync(db, [.. to, .. order.Assignees?.Split(',') ?? []], WorkOrderService.Notice("overdue", "Notice.Order.overdue", order), ct)
                .ConfigureAwait(false);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return overdue.Count;
    }
}
