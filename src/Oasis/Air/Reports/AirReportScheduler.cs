using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oasis.Air.Dust;
using Oasis.Data;
using Oasis.Monitoring.Stations;
using Oasis.Platform.Audit;
using Oasis.Platform.Leases;
using Oasis.Standards.Air;
using Oasis.Platform.Time;

namespace Oasis.Air.Reports;

/// <summary>
/// Generates the reports the bureau sends upward without being asked (decision 0505): yesterday's daily report every
/// day, last month's on the 1st, last year's on 1 January, each as .docx and .xlsx, Beijing calendar. On start and every
/// hour it also catches up what a stopped host missed, within a bounded window (decision 0510): the last
/// <see cref="CatchUpDays"/> daily reports, the last <see cref="CatchUpMonths"/> monthly ones and the last annual one,
/// each generated only when the history lacks the schedule's own copy — so a restart or two instances never duplicate
/// a report — and none for a period that ended before the evaluation stations' first stored hour.
/// </summary>
internal sealed partial class AirReportScheduler(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AirReportOptions> options,
    ILogger<AirReportScheduler> logger) : BackgroundService
{
    /// <summary>Daily reports a restart still catches up: a week, what the bureau would otherwise be asked for by hand.</summary>
    public const int CatchUpDays = 7;

    /// <summary>Monthly reports a restart catches up: last month's and the one before (a host down over a month's end).</summary>
    public const int CatchUpMonths = 2;

    /// <summary>
    /// The reports the schedule owes on <paramref name="today"/> (Beijing date), oldest first: kind and a date inside its
    /// period — the last <see cref="CatchUpDays"/> days, the last <see cref="CatchUpMonths"/> months and last year.
    /// </summary>
    public static IEnumerable<(string Kind, DateOnly Date)> Due(DateOnly today)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        yield return (AirReportKinds.Annual, new DateOnly(today.Year - 1, 12, 31));
        for (var m = CatchUpMonths; m >= 1; m--)
        {
            yield return (AirReportKinds.Monthly, thisMonth.AddMonths(-m));
        }

        for (var d = CatchUpDays; d >= 1; d--)
        {
            yield return (AirReportKinds.Daily, today.AddDays(-d));
        }
    }

    /// <summary>Generates the owed reports missing from the history; returns how many files it generated.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var today = BeijingTime.Today(clock);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        var reports = scope.ServiceProvider.GetRequiredService<AirReportService>();
        var first = await FirstHourAsync(db, ct).ConfigureAwait(false);
        var generated = 0;
        foreach (var (kind, date) in Due(today))
        {
            var (from, to) = AirReportKinds.PeriodOf(kind, date);
            // A fresh installation owes nothing for the time before its data began.
            if (first is null || AirHourlyLayer.ToUtc(to.AddDays(1)) <= first)
            {
                continue;
            }

            foreach (var format in AirReportKinds.Formats)
            {
                if (await db.AirReports.AnyAsync(r => r.Kind == kind && r.From == from && r.Format == format && r.Station == null
                    && r.CreatedBy == AuditActor.System, ct).ConfigureAwait(false))
                {
                    continue;
                }

                // Scheduled reports state the city's figures as measured; a deducted edition is generated on demand.
                await reports.GenerateAsync(db, new AirReportRequest(kind, date, format, EditionChoice.Auto, DustBasis.Include, DustBasis.DefaultSource),
                    AuditActor.System, ct).ConfigureAwait(false);
                generated++;
            }
        }

        return generated;
    }

    /// <summary>The first stored hour of any evaluation station (one index seek per station), or null when none has data.</summary>
    private static async Task<DateTime?> FirstHourAsync(OasisDb db, CancellationToken ct)
    {
        var codes = await db.Stations.AsNoTracking().Where(s => s.Evaluation && StationKinds.AirEvaluation.Contains(s.Kind)).Select(s => s.Code)
            .ToListAsync(ct).ConfigureAwait(false);
        DateTime? first = null;
        foreach (var code in codes)
        {
            var hour = await db.AirHours.Where(h => h.StationCode == code).MinAsync(h => (DateTime?)h.HourUtc, ct).ConfigureAwait(false);
            if (hour is { } h && (first is null || h < first))
            {
                first = h;
            }
        }

        return first;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite's async calls complete synchronously: leave the host's start-up before the first database work.
        await Task.Yield();
        if (!options.Value.Scheduled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                // One host over the database does the scheduled work (decision 0701); the others skip while its lease lasts.
                if (await scopes.HoldAsync("air-reports", stoppingToken).ConfigureAwait(false))
                {
                    await RunDueAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or InvalidDataException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled air reports failed; the next hourly run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
