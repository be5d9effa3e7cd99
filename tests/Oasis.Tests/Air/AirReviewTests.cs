using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Oasis.Tests.Air;

/// <summary>审核 (decision 0506): review marks leave the raw hours untouched and take the marked values out of every figure.</summary>
public sealed class AirReviewTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private const string Station = "REV-1";

    private Task SeedOnceAsync() => Records.OnceAsync(factory, "review", async () =>
    {
        // 10 February 2025: PM2.5 200 from 00:00 to 03:00 (a calibration gone wrong), 40 for the other 20 hours.
        var rows = Enumerable.Range(0, 24).Select(h => $"{Station},2025-02-10 {h:D2}:00,{(h < 4 ? 200 : 40)},60,10,20,0.5,50");
        var (exit, _, error) = await AirCli.ImportAsync(factory, "--create-stations", "--input", AirCli.WriteOasisCsv(rows));
        Assert.True(exit == 0, error);
    });

    [Fact]
    public async Task A_review_mark_takes_the_marked_hours_out_of_the_figures_until_it_is_withdrawn_and_the_raw_hours_stay()
    {
        await SeedOnceAsync();
        var monitor = await factory.UserAsync("demo.monitor");
        Assert.Equal(67m, await Pm25Async(monitor)); // (4 × 200 + 20 × 40) / 24 = 66.7

        var order = new { station = Station, pollutant = "PM2.5", start = "2025-02-10T00:00:00+08:00", end = "2025-02-10T04:00:00+08:00", reason = "calibration", evidence = "零点校准记录 2025-02-10" };
        var mark = await (await monitor.PostAsJsonAsync("/api/air/reviews", order, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(("PM2.5", "calibration", "demo.monitor"), (mark.Str("pollutant"), mark.Str("reason"), mark.Str("createdBy")));
        Assert.Equal(40m, await Pm25Async(monitor)); // the 20 hours that remain: still a valid day (≥ 20 hours)
        var asReceived = Assert.Single(await monitor.ListAsync($"/api/air/daily?station={Station}&from=2025-02-10&to=2025-02-10&status=realtime"));
        Assert.Equal(67m, asReceived.GetProperty("pm25").GetDecimal()); // 实况: the mark does not apply
        var period = await monitor.GetFromJsonAsync<JsonElement>($"/api/air/period?station={Station}&from=2025-02-10&to=2025-02-10", TestApi.Ct);
        Assert.Equal(40m, period.GetProperty("pm25").GetDecimal());

        var raw = await factory.WithDbAsync(db => db.AirHours.Where(h => h.StationCode == Station && h.Pm25 == 200).CountAsync(TestApi.Ct));
        Assert.Equal(4, raw);

        var id = mark.GetProperty("id").GetInt32();
        var withdrawn = await (await monitor.PostAsync($"/api/air/reviews/{id}/withdraw", null, TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal("demo.monitor", withdrawn.Str("withdrawnBy"));
        Assert.Equal(67m, await Pm25Async(monitor));
        await (await monitor.PostAsync($"/api/air/reviews/{id}/withdraw", null, TestApi.Ct)).ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:review-withdrawn");

        // The other test of this class may have marked 11 February meanwhile: find this mark among the month's.
        var listed = Assert.Single(await monitor.ListAsync($"/api/air/reviews?station={Station}&from=2025-02-01&to=2025-02-28"),
            m => m.GetProperty("id").GetInt32() == id);
        Assert.Equal("demo.monitor", listed.Str("withdrawnBy"));
        var audit = await factory.WithDbAsync(db => db.AuditRecords.Where(a => a.EntityType == "AirReviewMark").Select(a => new { a.Action, a.After }).ToListAsync(TestApi.Ct));
        Assert.Equal(["create", "update"], audit.Where(a => a.After!.Contains("零点校准记录", StringComparison.Ordinal)).Select(a => a.Action).Order());
    }

    [Fact]
    public async Task A_mark_of_all_pollutants_over_a_day_leaves_the_day_without_a_valid_value()
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var order = new { station = Station, pollutant = (string?)null, start = "2025-02-11T00:00:00+08:00", end = "2025-02-12T00:00:00+08:00", reason = "maintenance", evidence = "停电" };
        var mark = await (await admin.PostAsJsonAsync("/api/air/reviews", order, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, mark.GetProperty("pollutant").ValueKind);
        // 10 February is not covered; the mark starts at the next midnight.
        Assert.Equal(67m, await Pm25Async(admin));
    }

    [Fact]
    public async Task A_bad_mark_is_refused_field_by_field()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var order = new { station = "NOPE", pollutant = "CO2", start = "2025-02-10T00:30:00+08:00", end = "2025-02-10T00:00:00+08:00", reason = "weather", evidence = "" };
        var problem = await (await monitor.PostAsJsonAsync("/api/air/reviews", order, TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal(["end", "evidence", "pollutant", "reason", "start", "station"], problem.Errors().Select(e => e.Field).Order().ToArray());
    }

    private static async Task<decimal?> Pm25Async(HttpClient client)
    {
        var day = Assert.Single(await client.ListAsync($"/api/air/daily?station={Station}&from=2025-02-10&to=2025-02-10"));
        return day.GetProperty("pm25").ValueKind == JsonValueKind.Null ? null : day.GetProperty("pm25").GetDecimal();
    }
}
