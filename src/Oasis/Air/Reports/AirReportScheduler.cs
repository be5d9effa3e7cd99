using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oasis.Air.Dust;
using Oasis.Data;
using Oasis.Platform.Audit;
using Oasis.Standards.Air;
using Oasis.Platform.Time;

namespace Oasis.Air.Reports;

/// <summary>
/// Generates the reports the bureau sends upward without being asked (decision 0505): yesterday's daily report every
/// day, last month's on the 1st, last year's on 1 January, each as .docx and .xlsx, Beijing calendar. It looks every
/// hour and generates what is due and not yet in the history, so a restart or two instances never duplicate a report
/// and a host that was down at midnight catches up the same day.
/// </summary>
internal sealed partial class AirReportScheduler(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AirReportOptions> options,
    ILogger<AirReportScheduler> logger) : BackgroundService
{
    /// <summary>The reports due on <paramref name="today"/> (Beijing date): kind and a date inside its period.</summary>
    public static IEnumerable<(string Kind, DateOnly Date)> Due(DateOnly today)
    {
        var yesterday = today.AddDays(-1);
        yield return (AirReportKinds.Daily, yesterday);
        if (today.Day == 1)
        {
            yield return (AirReportKinds.Monthly, yesterday);
        }

        if (today is { Month: 1, Day: 1 })
        {
            yield return (AirReportKinds.Annual, yesterday);
        }
    }

    /// <summary>Generates the due reports missing from the history; returns how many it generated.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var today = BeijingTime.Today(clock);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        var reports = scope.ServiceProvider.GetRequiredService<AirReportService>();
        var generated = 0;
        foreach (var (kind, date) in Due(today))
        {
            var (from, _) = AirReportKinds.PeriodOf(kind, date);
            foreach (var format in AirReportKinds.Formats)
            {
                if (await db.AirReports.AnyAsync(r => r.Kind == kind && r.From == from && r.Format == format && r.CreatedBy == AuditActor.System, ct).ConfigureAwait(false))
                {
                    continue;
                }

                // Scheduled reports state the figures as measured; a deducted edition is generated on demand.
                await reports.GenerateAsync(db, new AirReportRequest(kind, date, format, EditionChoice.Auto, DustBasis.Include, DustBasis.DefaultSource),
                    AuditActor.System, ct).ConfigureAwait(false);
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
                await RunDueAsync(stoppingToken).ConfigureAwait(false);
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
