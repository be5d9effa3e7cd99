using System.Globalization;
using System.Net;
using System.Text.Json;
using Oasis.Monitoring.Ingest;

namespace Oasis.Tests.Air;

/// <summary>The merged hourly layer (decision 0501) and the parameter checks of <c>/api/air/*</c>.</summary>
public sealed class AirLayerTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private const string Station = "AIR-PREC";
    private const string Mn = "AIRPREC00001";
    private const string Day = "2026-11-01";

    [Fact]
    public async Task Reviewed_import_wins_over_realtime_import_which_wins_over_hj212()
    {
        var admin = await factory.UserAsync("demo.admin");
        await Records.CreateAsync(admin, "stations", Records.New("stations", Station));
        await Records.CreateAsync(admin, "devices", Records.New("devices", Mn, station: Station));
        // HJ 212: PM2.5 10 in every hour of the day (2061 hourly data, labelled by the start of the hour).
        var midnightUtc = new DateTime(2026, 10, 31, 16, 0, 0, DateTimeKind.Utc);
        await factory.WithDbAsync(async db =>
        {
            for (var h = 0; h < 24; h++)
            {
                db.Readings.Add(new Reading
                {
                    Mn = Mn, Cn = "2061", DataTime = midnightUtc.AddHours(h), Factor = "a34004", Value = 10, Flag = "N", ReceivedAt = midnightUtc.AddHours(h + 1),
                });
            }

            return await db.SaveChangesAsync(TestApi.Ct);
        });
        Assert.Equal(10m, await Pm25Async(admin));

        // 实况 40 from 08:00: those 16 hours replace HJ 212.
        await ImportAsync("realtime", 8, 40);
        Assert.Equal(30m, await Pm25Async(admin)); // (8 × 10 + 16 × 40) / 24

        // 审核 100 from 16:00: those 8 hours replace both.
        await ImportAsync("reviewed", 16, 100);
        Assert.Equal(50m, await Pm25Async(admin)); // (8 × 10 + 8 × 40 + 8 × 100) / 24

        // 实况 (status=realtime) is the data as received: the reviewed import does not enter it.
        var realtime = Assert.Single(await admin.ListAsync($"/api/air/daily?station={Station}&from={Day}&to={Day}&status=realtime"));
        Assert.Equal((30m, "realtime"), (realtime.GetProperty("pm25").GetDecimal(), realtime.Str("status")));
        var reviewed = Assert.Single(await admin.ListAsync($"/api/air/daily?station={Station}&from={Day}&to={Day}"));
        Assert.Equal("reviewed", reviewed.Str("status"));
        Assert.Equal(24, reviewed.GetProperty("validHours").GetProperty("PM2.5").GetInt32());
        Assert.Equal(0, reviewed.GetProperty("validHours").GetProperty("SO2").GetInt32()); // nobody measured SO2

        // The grid manager of the station's grid reads it.
        var grid = await factory.UserAsync("demo.grid");
        Assert.Single(await grid.ListAsync($"/api/air/daily?station={Station}&from={Day}&to={Day}"));
    }

    [Theory]
    [InlineData("from=2015-01-01&to=2015-01-31", "station")]
    [InlineData("station=city&from=2015-02-30&to=2015-03-31", "from")]
    [InlineData("station=city&from=2015-01-01", "to")]
    [InlineData("station=city&from=2015-03-01&to=2015-02-01", "to")]
    [InlineData("station=city&from=2015-01-01&to=2016-01-02", "to")]
    [InlineData("station=city&from=2015-01-01&to=2015-01-31&standard=2020", "standard")]
    [InlineData("station=city&from=2015-01-01&to=2015-01-31&status=draft", "status")]
    public async Task Bad_parameters_are_a_400_in_chinese(string query, string field)
    {
        var admin = await factory.UserAsync("demo.admin");
        foreach (var path in (string[])["/api/air/daily", "/api/air/period"])
        {
            using var response = await admin.GetAsync($"{path}?{query}", TestApi.Ct);
            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
            var error = Assert.Single(problem.Errors());
            Assert.Equal(field, error.Field);
            Assert.Contains(error.Message, c => c >= '\u4e00' && c <= '\u9fff');
        }
    }

    [Fact]
    public async Task Bad_parameters_are_in_english_when_asked()
    {
        var admin = await factory.UserAsync("demo.admin");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/air/daily?station=city&from=yesterday&to=2015-01-31");
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        using var response = await admin.SendAsync(request, TestApi.Ct);
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal("'yesterday' is not a date (yyyy-MM-dd).", Assert.Single(problem.Errors()).Message);
    }

    [Fact]
    public async Task An_unknown_station_is_a_404_and_the_city_answers_without_data()
    {
        var admin = await factory.UserAsync("demo.admin");
        using var unknown = await admin.GetAsync("/api/air/daily?station=NO-SUCH&from=2015-01-01&to=2015-01-31", TestApi.Ct);
        await unknown.ProblemAsync(HttpStatusCode.NotFound, "urn:oasis:not-found");

        Assert.Empty(await admin.ListAsync("/api/air/daily?station=city&from=2001-01-01&to=2001-01-31"));
        var period = await (await admin.GetAsync("/api/air/period?station=city&from=2001-01-01&to=2001-12-31", TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal(0, period.GetProperty("validDays").GetInt32());
        Assert.Equal(JsonValueKind.Null, period.GetProperty("pm25").ValueKind);
    }

    private async Task ImportAsync(string status, int fromHour, int pm25)
    {
        var rows = Enumerable.Range(fromHour, 24 - fromHour)
            .Select(h => string.Create(CultureInfo.InvariantCulture, $"{Station},{Day} {h:00}:00,{pm25},,,,,"));
        var file = AirCli.WriteOasisCsv(rows);
        var (exit, _, error) = await AirCli.ImportAsync(factory, "--input", file, "--status", status);
        Assert.True(exit == 0, error);
        File.Delete(file);
    }

    private static async Task<decimal?> Pm25Async(HttpClient client)
    {
        var day = Assert.Single(await client.ListAsync($"/api/air/daily?station={Station}&from={Day}&to={Day}"));
        return day.GetProperty("pm25").ValueKind == JsonValueKind.Null ? null : day.GetProperty("pm25").GetDecimal();
    }
}
