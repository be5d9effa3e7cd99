using Microsoft.EntityFrameworkCore;
using Oasis.Air;
using Oasis.CommandCentre.Duty;
using Oasis.CommandCentre.Notifications;
using Oasis.Data;
using Oasis.Forecasting.Consultation;
using Oasis.Forecasting.Issues;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Standards.Warning;
using StandardDay = Oasis.Standards.Warning.ForecastDay;

namespace Oasis.Forecasting.Warnings;

/// <summary>
/// The warning life (decision 0407): the rule table (<see cref="WarningScheme.National2017"/>, Oasis.Standards) reads the
/// city's latest forecast and proposes what the warning in force needs — issue, upgrade, downgrade or lift; a leader
/// approves (both parties for the joint warning); the approved change is issued. Each step is stored, audited and
/// notified.
/// </summary>
internal sealed class WarningLife(Notifier notifier, WarningListenerRunner listeners, TimeProvider clock)
{
    private static readonly string[] Told = [Roles.Leader, Roles.Operator, Roles.Monitor];

    // Notices keep their arguments as stored text: the standard's Chinese names with the API codes beside them.
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [WarningRegions.Changji] = "昌吉市 changji", [WarningRegions.Joint] = "昌吉—五家渠兵地联合 joint",
        ["yellow"] = "黄色 yellow", ["orange"] = "橙色 orange", ["red"] = "红色 red",
    };

    public static string Code(WarningLevel level) => level.ToString().ToLowerInvariant();

    public static WarningLevel LevelOf(string? code) => Enum.TryParse<WarningLevel>(code, ignoreCase: true, out var l) ? l : WarningLevel.None;

    /// <summary>What the latest forecast calls for, against the region's warning in force; stores the proposal.</summary>
    public async Task<PollutionWarning> ProposeAsync(OasisDb db, string region, WarningLevel wujiaqu, string by, CancellationToken ct)
    {
        var (issue, published, days) = await ForecastToReadAsync(db, ct).ConfigureAwait(false);
        var scheme = WarningScheme.National2017;
        var own = WarningAssessment.LevelNow(days, scheme);
        var called = region == WarningRegions.Joint ? WarningAssessment.Joint(own, wujiaqu) : own;
        var episode = WarningAssessment.Episodes(days, scheme).FirstOrDefault();
        var cleanDays = (scheme.LiftAfterHours + 23) / 24;
        var liftConfirmed = days.Take(cleanDays).Count(d => d.Aqi <= scheme.PollutedAbove) == cleanDays;

        var current = await db.Set<PollutionWarning>().Include(w => w.Steps)
            .SingleOrDefaultAsync(w => w.Region == region && w.State != WarningStates.Lifted, ct).ConfigureAwait(false);
        if (current?.PendingAction is not null)
        {
            throw OasisProblemException.Rule("forecast-warning-pending", "Forecast.Warning.Pending", current.Id, current.PendingAction);
        }

        var inForce = current is null ? WarningLevel.None : LevelOf(current.Level);
        var action = WarningDecisions.Decide(inForce, called, liftConfirmed);
        if (action == WarningAction.Keep)
        {
            throw OasisProblemException.Rule("forecast-warning-keep", "Forecast.Warning.Keep",
                new TextArg("Entity.WarningLevel." + Code(called), Code(called)), new TextArg("Entity.WarningLevel." + Code(inForce), Code(inForce)));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var warning = current ?? new PollutionWarning { Region = region, State = WarningStates.Proposed, Level = Code(called), ProposedAt = now };
        warning.PendingAction = action.ToString().ToLowerInvariant();
        warning.PendingLevel = action == WarningAction.Lift ? null : Code(called);
        warning.ForecastIssueId = issue.Id;
        warning.ConsultationId = published?.Id;
        warning.EpisodeStart = episode?.Start;
        warning.EpisodeEnd = episode?.End;
        warning.ChangjiApprovedBy = null;
        warning.WujiaquApprovedBy = null;
        warning.Steps.Add(new WarningStep { At = now, Action = "propose-" + warning.PendingAction, Level = warning.PendingLevel, By = by,
            Note = published is null ? $"forecast {issue.Id} of {issue.IssueDate:yyyy-MM-dd}"
                : $"published forecast {published.Id} (consultation on forecast {issue.Id} of {issue.IssueDate:yyyy-MM-dd})" });
        if (current is null)
        {
            db.Add(warning);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await NotifyAsync(db, [Roles.Leader], warning, "proposed", ct).ConfigureAwait(false);
        return warning;
    }

    /// <summary>A leader's approval of the pending change, for Changji, or recording Wujiaqu's signatory on a joint warning.</summary>
    public async Task<PollutionWarning> ApproveAsync(OasisDb db, int id, string party, string? signatory, string by, CancellationToken ct)
    {
        var warning = await LoadAsync(db, id, ct).ConfigureAwait(false);
        if (warning.PendingAction is null)
        {
            throw OasisProblemException.Rule("forecast-warning-state", "Forecast.Warning.NothingPending", id);
        }

        if (party == "wujiaqu")
        {
            if (warning.Region != WarningRegions.Joint)
            {
                throw OasisProblemException.Validation("party", "Forecast.Warning.NotJoint");
            }

            if (string.IsNullOrWhiteSpace(signatory))
            {
                throw OasisProblemException.Validation("signatory", "Validation.Required");
            }

            warning.WujiaquApprovedBy = signatory.Trim();
        }
        else
        {
            warning.ChangjiApprovedBy = by;
        }

        warning.Steps.Add(new WarningStep { At = clock.GetUtcNow().UtcDateTime, Action = "approve", Level = warning.PendingLevel, By = by, Party = party,
            Note = party == "wujiaqu" ? signatory!.Trim() : null });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return warning;
    }

    /// <summary>Issues the approved pending change: the warning, its new level, or its lifting.</summary>
    public async Task<PollutionWarning> IssueAsync(OasisDb db, int id, string by, CancellationToken ct)
    {
        var warning = await LoadAsync(db, id, ct).ConfigureAwait(false);
        if (warning.PendingAction is not { } action)
        {
            throw OasisProblemException.Rule("forecast-warning-state", "Forecast.Warning.NothingPending", id);
        }

        if (!warning.Approved)
        {
            throw OasisProblemException.Rule("forecast-warning-not-approved", "Forecast.Warning.NotApproved", id,
                warning.Region == WarningRegions.Joint ? "changji + wujiaqu" : "changji");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (action == "lift")
        {
            warning.State = WarningStates.Lifted;
            warning.LiftedAt = now;
        }
        else
        {
            warning.State = WarningStates.Issued;
            warning.Level = warning.PendingLevel!;
            warning.IssuedAt ??= now;
        }

        warning.Steps.Add(new WarningStep { At = now, Action = action, Level = warning.PendingLevel, By = by });
        // The listeners' work is owed from the same save as the change (decision 0425): if they fail now, a later run completes it.
        foreach (var listener in listeners.Listeners)
        {
            db.Add(new WarningListenerWork
            {
                WarningId = warning.Id, Listener = listener.Name, Action = action, Level = action == "lift" ? null : warning.PendingLevel, IssuedAt = now,
            });
        }

        (warning.PendingAction, warning.PendingLevel, warning.ChangjiApprovedBy, warning.WujiaquApprovedBy) = (null, null, null, null);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await NotifyAsync(db, Told, warning, action, ct).ConfigureAwait(false);
        await listeners.RunPendingAsync(db, warning.Id, ct).ConfigureAwait(false);
        return warning;
    }

    private static async Task<PollutionWarning> LoadAsync(OasisDb db, int id, CancellationToken ct) =>
        await db.Set<PollutionWarning>().Include(w => w.Steps).SingleOrDefaultAsync(w => w.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.Warning", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async Task NotifyAsync(OasisDb db, string[] roles, PollutionWarning warning, string what, CancellationToken ct)
    {
        var users = new List<string>();
        foreach (var role in roles)
        {
            users.AddRange(await DutyRoster.UsersInRoleAsync(db, role, ct).ConfigureAwait(false));
        }

        var id = warning.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await notifier.SendAsync(db, users, new NoticeText("warning", "Notice.Warning." + what,
            [id, Names[warning.Region], Names[warning.PendingLevel ?? warning.Level]], "/forecast"), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The city's days the rules read (decision 0408): the published forecast when its issue day is the latest model
    /// forecast's or later — its days at the top of their AQI ranges, the model's days beyond them — otherwise the model's.
    /// </summary>
    private static async Task<(ForecastIssue Issue, ForecastConsultation? Published, List<StandardDay> Days)> ForecastToReadAsync(OasisDb db, CancellationToken ct)
    {
        var latest = await IssueEndpoints.LatestIssueAsync(db, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.Rule("forecast-no-forecast", "Forecast.Warning.NoForecast");
        var published = await Consultations.LatestPublishedAsync(db, ct).ConfigureAwait(false);
        if (published is null || published.IssueDate < latest.IssueDate)
        {
            return (latest, null, City(latest, null));
        }

        var issue = published.IssueId == latest.Id ? latest
            : await db.Set<ForecastIssue>().AsNoTracking().Include(i => i.Days).SingleAsync(i => i.Id == published.IssueId, ct).ConfigureAwait(false);
        return (issue, published, City(issue, published));
    }

    private static List<StandardDay> City(ForecastIssue issue, ForecastConsultation? published) =>
        [.. issue.Days.Where(d => d.Station == AirFigures.City).Select(d => (d.TargetDate, d.Aqi))
            .Where(d => published is null || published.Days.All(p => p.TargetDate != d.TargetDate))
            .Concat(published?.Days.Select(p => (p.TargetDate, Aqi: p.AqiHigh)) ?? [])
            .OrderBy(d => d.TargetDate).Select(d => new StandardDay(d.TargetDate, d.Aqi))];

}
