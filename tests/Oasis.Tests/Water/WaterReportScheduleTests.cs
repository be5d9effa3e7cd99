using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Oasis.Water.Reports;

namespace Oasis.Tests.Water;

/// <summary>
/// Water reports on schedule (decision 0320) through the real host with a fake clock: last month's from the configured
/// day of the following month, last year's in January, missed runs caught up, nothing made twice, a month without
/// samples left for later; the demo holds samples of 2024-11 … 2026-10.
/// </summary>
public sealed class WaterReportScheduleTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private static readonly WaterReportOptions Settings = new() { MonthlyDay = 10, AnnualDay = 15, CatchUpMonths = 2 };

    private WaterReportScheduler Scheduler(FakeTimeProvider clock) => new(factory.Services.GetRequiredService<IServiceScopeFactory>(), clock,
        Options.Create(Settings), NullLogger<WaterReportScheduler>.Instance);

    private static FakeTimeProvider Beijing(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.FromHours(8)));

    [Fact]
    public async Task Monthly_reports_come_on_their_day_with_missed_months_caught_up_once()
    {
        // 9 November: October's day has not come; September is the latest due, July and August are caught up — Word and Excel each.
        var clock = Beijing(2026, 11, 9);
        var scheduler = Scheduler(clock);
        Assert.Equal(6, await scheduler.RunDueAsync(TestApi.Ct));
        Assert.Equal(0, await scheduler.RunDueAsync(TestApi.Ct));
        clock.Advance(TimeSpan.FromDays(1)); // the 10th: October's report
        Assert.Equal(2, await scheduler.RunDueAsync(TestApi.Ct));
        // 10 December: November has no samples yet, so nothing is made; the next run will look again.
        clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await scheduler.RunDueAsync(TestApi.Ct));

        var scheduled = (await Scheduled()).Where(r => r.Str("kind") == "monthly" && r.Str("from").StartsWith("2026-", StringComparison.Ordinal)).Select(r => $"{r.Str("from")} {r.Str("format")}").Order().ToArray();
        Assert.Equal(["2026-07-01 docx", "2026-07-01 xlsx", "2026-08-01 docx", "2026-08-01 xlsx", "2026-09-01 docx", "2026-09-01 xlsx",
            "2026-10-01 docx", "2026-10-01 xlsx"], scheduled);
    }

    [Fact]
    public async Task The_annual_report_comes_in_january_and_stays_in_the_history_beside_a_manual_one()
    {
        var leader = await factory.UserAsync("demo.leader");
        var manual = await (await leader.PostAsJsonAsync("/api/water/reports", new { kind = "annual", date = "2025-03-01", format = "docx" }, TestApi.Ct))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var scheduler = Scheduler(Beijing(2026, 1, 20));
        // December (latest due), October and November caught up, and 2025's annual: 4 periods × 2 formats.
        Assert.Equal(8, await scheduler.RunDueAsync(TestApi.Ct));
        Assert.Equal(0, await scheduler.RunDueAsync(TestApi.Ct));
        var annual = (await Scheduled()).Where(r => r.Str("kind") == "annual").ToList();
        Assert.Equal([("2025-01-01", "2025-12-31", "docx"), ("2025-01-01", "2025-12-31", "xlsx")],
            annual.Select(r => (r.Str("from"), r.Str("to"), r.Str("format"))).Order());
        Assert.All(annual, r => Assert.Equal(6, r.GetProperty("sections").GetInt32()));
        var history = await leader.ListAsync("/api/water/reports?kind=annual");
        Assert.Contains(history, r => r.GetProperty("id").GetInt32() == manual.GetProperty("id").GetInt32() && r.Str("createdBy") == "demo.leader");
        var file = await leader.BytesAsync($"/api/water/reports/{annual[0].GetProperty("id").GetInt32()}/file");
        Assert.NotEmpty(file);
    }

    [Fact]
    public void Due_reports_follow_the_configured_days_and_the_catch_up_window()
    {
        Assert.Equal([("monthly", new DateOnly(2025, 11, 1))],
            WaterReportScheduler.Due(new DateOnly(2026, 1, 9), new WaterReportOptions { MonthlyDay = 10, AnnualDay = 10, CatchUpMonths = 0 }));
        Assert.Equal([("monthly", new DateOnly(2025, 12, 1)), ("annual", new DateOnly(2025, 1, 1))],
            WaterReportScheduler.Due(new DateOnly(2026, 1, 10), new WaterReportOptions { MonthlyDay = 10, AnnualDay = 10, CatchUpMonths = 0 }));
        // A host down from January to March still makes last year's report within the window, and no longer in May.
        Assert.Contains(("annual", new DateOnly(2025, 1, 1)), WaterReportScheduler.Due(new DateOnly(2026, 3, 2), Settings));
        Assert.DoesNotContain(WaterReportScheduler.Due(new DateOnly(2026, 5, 2), Settings), d => d.Kind == "annual");
        Assert.Equal(3, WaterReportScheduler.Due(new DateOnly(2026, 5, 2), Settings).Count());
    }

    private async Task<List<JsonElement>> Scheduled()
    {
        var admin = await factory.UserAsync("demo.admin");
        return [.. (await admin.ListAsync("/api/water/reports")).Where(r => r.Str("createdBy") == "system")];
    }
}
