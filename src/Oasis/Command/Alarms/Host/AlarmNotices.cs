using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oasis.CommandCentre.Duty;
using Oasis.CommandCentre.Notifications;
using Oasis.CommandCentre.WorkOrders;
using Oasis.CommandCentre.WorkOrders.Host;
using Oasis.Data;

namespace Oasis.CommandCentre.Alarms.Host;

/// <summary>
/// What follows from the book's notices: work orders for alarms of rules that ask for one, and the messages —
/// raised, reminders, incidents and clearances to the operators on duty, escalations to the duty leader.
/// </summary>
internal sealed class AlarmNotices(Notifier notifier, WorkOrderService orders, TimeProvider clock)
{
    /// <summary>Creates the automatic orders of newly raised alarms; runs before the book is saved, so handling is stored with it.</summary>
    public async Task CreateOrdersAsync(OasisDb db, AlarmBook book, IReadOnlyList<AlarmNotice> notices, CancellationToken ct)
    {
        var raised = notices.Where(n => n.Kind is AlarmNoticeKind.Raised or AlarmNoticeKind.JoinedIncident && n.AlarmId is not null)
            .Select(n => book.Get(n.AlarmId!.Value))
            .Concat(notices.Where(n => n.Kind == AlarmNoticeKind.IncidentOpened)
                .SelectMany(n => book.Incidents.Single(i => i.Id == n.IncidentId).AlarmIds.Select(book.Get)))
            .Where(a => a.State == AlarmState.Raised && a.WorkOrderId is null && a.GridCode is not null)
            .DistinctBy(a => a.Id)
            .ToList();
        if (raised.Count == 0)
        {
            return;
        }

        var ruleCodes = raised.Select(a => a.Key.RuleCode).Distinct().ToList();
        var auto = await db.AlarmRules.AsNoTracking().Where(r => ruleCodes.Contains(r.Code) && r.CreateWorkOrder)
            .Select(r => new { r.Code, r.Name }).ToDictionaryAsync(r => r.Code, r => r.Name, ct).ConfigureAwait(false);
        foreach (var alarm in raised.Where(a => auto.ContainsKey(a.Key.RuleCode)))
        {
            var station = alarm.Trigger.Station;
            var draft = new WorkOrderDraft(alarm.GridCode!, auto[alarm.Key.RuleCode] + " — " + station.Code, null, alarm.Level, alarm.Id,
                alarm.Trigger, station.Latitude, station.Longitude);
            var actor = WorkOrderActor.Rule(alarm.Key.RuleCode);
            var order = await orders.CreateAsync(db, draft, actor, station.Code, ct).ConfigureAwait(false);
            alarm.StartHandling(order.Id, actor.Name, clock.GetUtcNow());
        }
    }

    public async Task SendAsync(OasisDb db, AlarmBook book, IReadOnlyList<AlarmNotice> notices, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<string>? operators = null;
        List<string>? leaders = null;
        foreach (var notice in notices)
        {
            var to = notice.ForDutyLeader
                ? leaders ??= await DutyRoster.HoldersAsync(db, DutyRoster.Leader, now, ct).ConfigureAwait(false)
                : operators ??= await DutyRoster.HoldersAsync(db, DutyRoster.Operator, now, ct).ConfigureAwait(false);
            await notifier.SendAsync(db, to, Text(book, notice), ct).ConfigureAwait(false);
        }
    }

    private static NoticeText Text(AlarmBook book, AlarmNotice notice)
    {
        var key = "Notice.Alarm." + notice.Kind;
        if (notice.AlarmId is { } id && book.TryGet(id, out var alarm))
        {
            var kind = notice.Kind is AlarmNoticeKind.Escalated ? "escalation" : notice.Kind is AlarmNoticeKind.Reminder ? "reminder" : "alarm";
            return new NoticeText(kind, key,
                [Id(id), alarm.Key.StationCode, alarm.Key.Pollutant ?? "", alarm.Level.Code(), alarm.GridCode ?? ""], "/command/alarms/" + Id(id));
        }

        var incident = notice.IncidentId is { } iid ? book.Incidents.FirstOrDefault(i => i.Id == iid) : null;
        var incidentKind = notice.Kind is AlarmNoticeKind.IncidentEscalated ? "escalation" : "incident";
        return new NoticeText(incidentKind, key,
            [Id(notice.IncidentId ?? 0), incident?.GridCode ?? "", Id(incident?.AlarmIds.Count ?? 0)], "/command?incident=" + Id(notice.IncidentId ?? 0));
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
