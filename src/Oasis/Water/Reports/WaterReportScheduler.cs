using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oasis.Data;
using Oasis.Platform.Audit;
using Oasis.Platform.Leases;
using Oasis.Platform.Reports;
using Oasis.Platform.Time;

namespace Oasis.Water.Reports;

/// <summary>
/// Generates the water reports on schedule (decision 0320): last month's on <see cref="WaterReportOptions.MonthlyDay"/> of
/// the following month, last year's on <see cref="WaterReportOptions.AnnualDay"/> of January, each as .docx and .xlsx,
/// Beijing calendar. It looks every hour and makes what is due and not yet in the history as a scheduled report
/// (created by <c>system</c>), so a restart or a second host does not make one twice; runs missed while the host was down
/// are caught up for <see cref="WaterReportOptions.CatchUpMonths"/> earlier months. A period without any evaluated sample
/// is left for a later run (the laboratory's results are not in yet).
/// </summary>
internal sealed partial class WaterReportScheduler(IServiceScopeFactory scopes, TimeProvider clock, IOptions<WaterReportOptions> options,
    ILogger<WaterReportScheduler> logger) : BackgroundService
{
    /// <summary>The reports due on <paramref name="today"/> (Beijing date), oldest first: kind and the first day of its period.</summary>
    public static IEnumerable<(string Kind, DateOnly From)> Due(DateOnly today, WaterReportOptions settings)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var latest = thisMonth.AddMonths(today.Day >= settings.MonthlyDay ? -1 : -2); // the newest month whose day has come
        for (var k = settings.CatchUpMonths; k >= 0; k--)
        {
            yield return (WaterReportKinds.Monthly, latest.AddMonths(-k));
        }

        var year = today >= new DateOnly(today.Year, 1, settings.AnnualDay) ? today.Year - 1 : today.Year - 2;
        var dueOn = new DateOnly(year + 1, 1, settings.AnnualDay);
        if (dueOn > today.AddMonths(-(settings.CatchUpMonths + 1)))
        {
            yield return (WaterReportKinds.Annual, new DateOnly(year, 1, 1));
        }
    }

    /// <summary>Generates the due reports missing from the scheduled history; returns how many files it generated.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var today = BeijingTime.Today(clock);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        var reports = scope.ServiceProvider.GetRequiredService<WaterReportService>();
        var generated = 0;
        foreach (var (kind, from) in Due(today, options.Value))
        {
            var period = WaterReportKinds.PeriodOf(kind, from);
            foreach (var format in ReportFormats.All)
            {
                if (await db.WaterReports().AnyAsync(r => r.Kind == kind && r.From == from && r.Format == format && r.CreatedBy == AuditActor.System, ct)
                    .ConfigureAwait(false))
                {
                    continue;
                }

                if (!await db.ManualSamples.AnyAsync(s => s.Date >= period.From && s.Date <= period.To && s.SiteKind != "well" && !s.QualityControl, ct)
                    .ConfigureAwait(false))
                {
                    LogNoSamples(logger, kind, period.Label);
                    break;
                }

                await reports.GenerateAsync(db, kind, from, format, AuditActor.System, ct).ConfigureAwait(false);
                generated++;
            }
        }

        return generated;
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
                if (await scopes.HoldAsync("water-reports", stoppingToken).ConfigureAwait(false))
                {
                    await RunDueAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A template the bureau broke, the disk, the database: the host keeps serving and the next hour tries again.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled water report {Kind} {Period} not made: no samples yet; the next hourly run looks again")]
    private static partial void LogNoSamples(ILogger logger, string kind, string period);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled water reports failed; the next hourly run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
