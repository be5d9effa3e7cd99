using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Oasis.Air.Reports;
using Oasis.Data;

namespace Oasis.Tests.Air;

/// <summary>
/// Reports a stopped host missed are caught up by the running host's own schedule, within the window of decision 0510,
/// and never twice (its own factory: the history must hold only what this host's schedule wrote).
/// </summary>
public sealed class AirReportCatchUpTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_host_started_after_days_down_catches_up_the_missed_reports_on_start_and_the_next_day_adds_only_that_day()
    {
        await TargetYear.SeedOnceAsync(factory);
        // Down since 25 June 2025 (data end on 30 June); started again on 3 July 09:00 Beijing time.
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 7, 3, 9, 0, 0, TimeSpan.FromHours(8)));
        await using var host = factory.WithWebHostBuilder(b => b.UseSetting("Oasis:Air:Reports:Scheduled", "true")
            .ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        _ = host.Server; // starts the host and its schedule

        string[] expected =
        [
            .. new[] { "2025-06-26", "2025-06-27", "2025-06-28", "2025-06-29", "2025-06-30", "2025-07-01", "2025-07-02" }
                .SelectMany(d => (string[])[$"daily {d} docx", $"daily {d} xlsx"]),
            "monthly 2025-05-01 docx", "monthly 2025-05-01 xlsx", "monthly 2025-06-01 docx", "monthly 2025-06-01 xlsx",
        ];
        Assert.Equal(expected.Order(), await ScheduledAsync(host, expected.Length));

        // The schedule's next look finds nothing missing.
        Assert.Equal(0, await host.Services.GetRequiredService<AirReportScheduler>().RunDueAsync(TestApi.Ct));

        // A day later the hourly timer fires: only 3 July's daily report is new (26 June has left the window, not redone).
        clock.Advance(TimeSpan.FromDays(1));
        var next = await ScheduledAsync(host, expected.Length + 2);
        Assert.Equal(((string[])[.. expected, "daily 2025-07-03 docx", "daily 2025-07-03 xlsx"]).Order(), next);
    }

    /// <summary>The schedule's reports of 2025, once <paramref name="count"/> exist (the hosted run is asynchronous).</summary>
    private static async Task<string[]> ScheduledAsync(WebApplicationFactory<Program> host, int count)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
            var rows = await db.AirReports.AsNoTracking().Where(r => r.CreatedBy == "system" && r.From >= new DateOnly(2025, 1, 1) && r.From < new DateOnly(2026, 1, 1))
                .Select(r => new { r.Kind, r.From, r.Format }).ToListAsync(TestApi.Ct);
            if (rows.Count >= count || DateTime.UtcNow > deadline)
            {
                return [.. rows.Select(r => $"{r.Kind} {r.From:yyyy-MM-dd} {r.Format}").Order()];
            }

            await Task.Delay(200, TestApi.Ct);
        }
    }
}
