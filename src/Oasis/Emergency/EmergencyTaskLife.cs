using Microsoft.EntityFrameworkCore;
using Oasis.CommandCentre.Duty;
using Oasis.CommandCentre.Notifications;
using Oasis.Data;
using Oasis.Forecasting.Warnings;
using Oasis.Platform.Auth;

namespace Oasis.Emergency;

/// <summary>
/// Follows the warning life (decision 0421): an issued warning gives each non-voluntary enterprise of the list its task
/// for the level; an upgrade or downgrade ends the tasks in force and gives the new level's; a lift ends them. The
/// enterprise's accounts, the enforcers and the operators are told.
/// </summary>
internal sealed class EmergencyTaskLife(Notifier notifier) : IWarningListener
{
    private static readonly Dictionary<string, string> LevelNames = new(StringComparer.Ordinal)
    {
        ["yellow"] = "黄色 yellow", ["orange"] = "橙色 orange", ["red"] = "红色 red",
    };

    public string Name => "emergency-tasks";

    /// <summary>
    /// Runs in the transaction that marks the change's work done (decision 0425), so it either ends and creates every task
    /// or nothing; the tasks start and end at the change's time, however late the run.
    /// </summary>
    public async Task OnIssuedAsync(OasisDb db, PollutionWarning warning, string action, DateTime issuedAt, CancellationToken ct)
    {
        var now = issuedAt;
        var open = await db.EmergencyTasks.Where(t => t.WarningId == warning.Id && t.EndedAt == null).ToListAsync(ct).ConfigureAwait(false);
        foreach (var task in open)
        {
            task.EndedAt = now;
        }

        var tasked = new List<EmergencyTask>();
        if (action != "lift")
        {
            var measures = await db.EmergencyMeasures.AsNoTracking().Where(m => m.Level == warning.Level).OrderBy(m => m.CreditCode)
                .ToListAsync(ct).ConfigureAwait(false);
            foreach (var m in measures.Where(m => !m.Voluntary))
            {
                tasked.Add(new EmergencyTask
                {
                    WarningId = warning.Id, CreditCode = m.CreditCode, Level = m.Level, MeasureCode = m.Code, PromisedPercent = PromisedPercent(m),
                    Measures = Describe(m), Pm = m.Pm, So2 = m.So2, Nox = m.Nox, Vocs = m.Vocs, StartedAt = now,
                });
            }

            db.EmergencyTasks.AddRange(tasked);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await NotifyAsync(db, warning, action, open, tasked, ct).ConfigureAwait(false);
    }

    /// <summary>停产 promises everything; 限产 its share; 错峰 alone names no share, so online data cannot judge it.</summary>
    public static double? PromisedPercent(EmergencyMeasure m) => m.Shutdown ? 100 : m.CutPercent;

    /// <summary>
    /// The measures as stored on the task and in its notice: stored text keeps the list's Chinese term with the code beside it,
    /// as the warning notices do (decision 0407); the page shows the list's own rows translated.
    /// </summary>
    public static string Describe(EmergencyMeasure m)
    {
        var parts = new List<string>();
        if (m.Shutdown)
        {
            parts.Add("停产 shutdown");
        }

        if (m.CutPercent is { } cut)
        {
            parts.Add(FormattableString.Invariant($"限产 cut {cut:0.#}%"));
        }

        if (m.OffPeak)
        {
            parts.Add("错峰 off-peak");
        }

        if (m.StoppedSteps is { } steps)
        {
            parts.Add("停产工序 steps: " + steps);
        }

        if (m.Note is { } note)
        {
            parts.Add(note);
        }

        var text = string.Join("; ", parts);
        return text.Length > 1000 ? text[..1000] : text;
    }

    private async Task NotifyAsync(OasisDb db, PollutionWarning warning, string action, List<EmergencyTask> ended, List<EmergencyTask> started, CancellationToken ct)
    {
        var id = warning.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var codes = started.Select(t => t.CreditCode).Concat(ended.Select(t => t.CreditCode)).Distinct(StringComparer.Ordinal).ToList();
        var accounts = await db.Users.AsNoTracking().Where(u => u.EnterpriseCode != null && codes.Contains(u.EnterpriseCode))
            .Select(u => new { u.UserName, u.EnterpriseCode }).ToListAsync(ct).ConfigureAwait(false);
        foreach (var group in accounts.GroupBy(a => a.EnterpriseCode!))
        {
            var task = started.Find(t => t.CreditCode == group.Key);
            var text = task is null
                ? new NoticeText("emergency", "Notice.Emergency.ended", [id, LevelNames[ended.First(t => t.CreditCode == group.Key).Level]], "/emergency")
                : new NoticeText("emergency", "Notice.Emergency.task", [id, LevelNames[task.Level], task.Measures], "/emergency");
            await notifier.SendAsync(db, group.Select(a => a.UserName!), text, ct).ConfigureAwait(false);
        }

        var staff = new List<string>();
        foreach (var role in new[] { Roles.Enforcer, Roles.Operator })
        {
            staff.AddRange(await DutyRoster.UsersInRoleAsync(db, role, ct).ConfigureAwait(false));
        }

        var count = started.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await notifier.SendAsync(db, staff, new NoticeText("emergency", "Notice.Emergency." + (action == "lift" ? "lifted" : "tasked"),
            [id, LevelNames[warning.Level], count], "/emergency"), ct).ConfigureAwait(false);
    }
}
