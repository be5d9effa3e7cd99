using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oasis.Air;
using Oasis.Air.Aggregates;
using Oasis.Standards.Air;

namespace Oasis.Tests.Air;

/// <summary>
/// A PRSA station imported by <c>oasis import air</c> into the host gives, through <c>/api/air/daily</c> and
/// <c>/api/air/period</c>, exactly the figures <c>oasis air daily|annual</c> computes from the same file.
/// </summary>
public sealed class AirFiguresTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private const string Station = "Aotizhongxin";
    private const int PrsaRows = 35_064; // 2013-03-01 00:00 to 2017-02-28 23:00

    private Task ImportOnceAsync() => Records.OnceAsync(factory, "prsa", async () =>
    {
        var (exit, output, error) = await AirCli.ImportAsync(factory, "--format", "prsa", "--input", AirCli.Prsa(Station), "--create-stations");
        Assert.True(exit == 0, error);
        Assert.Empty(output);
        Assert.Contains("created station Aotizhongxin", error, StringComparison.Ordinal);
    });

    [Theory]
    [InlineData("auto")]
    [InlineData("2026")]
    public async Task Daily_figures_of_a_year_equal_oasis_air_daily_day_by_day(string standard)
    {
        await ImportOnceAsync();
        var cli = await AirCli.RunAsync("air", "daily", "--format", "prsa", "--input", AirCli.Prsa(Station), "--standard", standard);
        Assert.Equal(0, cli.Exit);
        var expected = AirAssert.Rows(cli.Output, Station, "2015-");
        Assert.Equal(365, expected.Count);

        var admin = await factory.UserAsync("demo.admin");
        AirAssert.DailyEqual(expected, await admin.ListAsync($"/api/air/daily?station={Station}&from=2015-01-01&to=2015-12-31&standard={standard}"));
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("2026")]
    public async Task Period_of_a_year_equals_oasis_air_annual(string standard)
    {
        await ImportOnceAsync();
        var cli = await AirCli.RunAsync("air", "annual", "--format", "prsa", "--input", AirCli.Prsa(Station), "--year", "2015", "--standard", standard);
        Assert.Equal(0, cli.Exit);

        var admin = await factory.UserAsync("demo.admin");
        var json = await (await admin.GetAsync($"/api/air/period?station={Station}&from=2015-01-01&to=2015-12-31&standard={standard}", TestApi.Ct))
            .ReadAsync<JsonElement>();

        Assert.Equal("2015-01-01", json.Str("from"));
        Assert.Equal("2015-12-31", json.Str("to"));
        AirAssert.PeriodEqual(cli.Output, Station, json);
    }

    [Fact]
    public async Task The_stored_daily_values_rate_exactly_as_the_engine_does_from_the_hours_in_both_editions()
    {
        await ImportOnceAsync();
        var (from, to) = (new DateOnly(2015, 1, 1), new DateOnly(2015, 12, 31));
        var store = factory.Services.GetRequiredService<AirDailyStore>();
        var json = new JsonSerializerOptions { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };
        await factory.WithDbAsync(async db =>
        {
            var hours = await AirHourlyLayer.LoadAsync(db, Station, from, to, TestApi.Ct);
            foreach (var (choice, edition) in new[] { (EditionChoice.Force2012, AirStandardEdition.Hj633_2012), (EditionChoice.Force2026, AirStandardEdition.Hj633_2026) })
            {
                var direct = DailyAirQuality.EvaluateSeries(hours.Series, choice);
                var stored = await AirFigures.StationAsync(store, db, Station, from, to, choice, TestApi.Ct);
                Assert.Equal(365, stored.Days.Length);
                for (var d = 0; d < direct.Length; d++)
                {
                    // Bit for bit: the concentrations are the same doubles, so the AQI, category and primary pollutants are too.
                    Assert.Equal(direct[d].Concentrations, stored.Days[d].Concentrations);
                    Assert.Equal((direct[d].Aqi.Aqi, direct[d].Aqi.Category, direct[d].Aqi.PrimaryPollutants, direct[d].Edition),
                        (stored.Days[d].Aqi.Aqi, stored.Days[d].Aqi.Category, stored.Days[d].Aqi.PrimaryPollutants, stored.Days[d].Edition));
                }

                Assert.Equal(JsonSerializer.Serialize(PeriodEvaluation.Evaluate(direct, edition), json),
                    JsonSerializer.Serialize(PeriodEvaluation.Evaluate(stored.Days, edition), json));
            }

            // Each day says how many valid hours it rests on.
            var rows = await db.AirDays.Where(r => r.StationCode == Station && r.Status == AirDataStatus.Reviewed && r.Day >= from && r.Day <= to).ToListAsync(TestApi.Ct);
            var validPm25 = 0;
            foreach (var value in hours.Series.Of(Pollutant.Pm25))
            {
                validPm25 += value >= 0 ? 1 : 0;
            }

            Assert.Equal((365, validPm25), (rows.Count, rows.Sum(r => r.ValidHours[(int)Pollutant.Pm25])));
            return 0;
        });
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        await ImportOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var before = await admin.TextAsync($"/api/air/daily?station={Station}&from=2016-01-01&to=2016-12-31");

        var (exit, _, error) = await AirCli.ImportAsync(factory, "--format", "prsa", "--input", AirCli.Prsa(Station));
        Assert.True(exit == 0, error);

        Assert.Equal(PrsaRows, await factory.WithDbAsync(db => db.AirHours.CountAsync(h => h.StationCode == Station, TestApi.Ct)));
        Assert.Equal(before, await admin.TextAsync($"/api/air/daily?station={Station}&from=2016-01-01&to=2016-12-31"));
    }

    [Fact]
    public async Task A_grid_manager_cannot_read_a_station_outside_his_grid()
    {
        await ImportOnceAsync();
        var grid = await factory.UserAsync("demo.grid");
        using var daily = await grid.GetAsync($"/api/air/daily?station={Station}&from=2015-01-01&to=2015-01-31", TestApi.Ct);
        await daily.ProblemAsync(System.Net.HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
        using var period = await grid.GetAsync($"/api/air/period?station={Station}&from=2015-01-01&to=2015-01-31", TestApi.Ct);
        await period.ProblemAsync(System.Net.HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
    }

    [Fact]
    public async Task Unknown_stations_are_bad_rows_without_create_stations_and_nothing_is_written()
    {
        var file = AirCli.WriteOasisCsv(["NOT-A-STATION,2015-01-01 00:00,10,20,5,30,0.5,60"]);
        var (exit, _, error) = await AirCli.ImportAsync(factory, "--input", file);
        File.Delete(file);

        Assert.Equal(2, exit);
        Assert.Contains($"{file}:2: unknown station NOT-A-STATION", error, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AirHours.CountAsync(h => h.StationCode == "NOT-A-STATION", TestApi.Ct)));
    }

    [Fact]
    public async Task A_named_period_is_the_same_as_its_dates_and_carries_the_exceedance_and_primary_day_counts_of_its_days()
    {
        await ImportOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var named = await (await admin.GetAsync($"/api/air/period?station={Station}&period=2015", TestApi.Ct)).ReadAsync<JsonElement>();
        var dated = await (await admin.GetAsync($"/api/air/period?station={Station}&from=2015-01-01&to=2015-12-31", TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal(dated.GetRawText(), named.GetRawText());

        // The counts agree with the year's daily figures (which equal `oasis air daily`).
        var days = await admin.ListAsync($"/api/air/daily?station={Station}&from=2015-01-01&to=2015-12-31");
        var primaryPm25 = days.Count(d => d.GetProperty("aqi").ValueKind == JsonValueKind.Number
            && d.GetProperty("primary").EnumerateArray().Any(p => p.GetString() == "PM2.5"));
        Assert.Equal(primaryPm25, named.GetProperty("primaryDays").GetProperty("PM2.5").GetInt32());
        var over75 = days.Count(d => d.GetProperty("pm25").ValueKind == JsonValueKind.Number && d.GetProperty("pm25").GetDecimal() > 75);
        Assert.Equal(over75, named.GetProperty("exceedanceDays").GetProperty("PM2.5").GetInt32()); // 2015: the 2012 limit, 75 µg/m³
        Assert.True(over75 > 50); // Beijing 2015: a real share of exceedance days, not an empty check

        var quarter = await (await admin.GetAsync($"/api/air/period?station={Station}&period=2015-Q2", TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal(("2015-04-01", "2015-06-30"), (quarter.Str("from"), quarter.Str("to")));
        var heating = await (await admin.GetAsync($"/api/air/period?station={Station}&period=2014-heating", TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal(("2014-10-15", "2015-04-15"), (heating.Str("from"), heating.Str("to")));
        var rest = await (await admin.GetAsync($"/api/air/period?station={Station}&period=2015-nonheating", TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal(("2015-04-16", "2015-10-14"), (rest.Str("from"), rest.Str("to")));
        var month = await admin.ListAsync($"/api/air/daily?station={Station}&period=2015-02");
        Assert.Equal(28, month.Length);

        using var both = await admin.GetAsync($"/api/air/period?station={Station}&period=2015&from=2015-01-01", TestApi.Ct);
        Assert.Equal("period", Assert.Single((await both.ProblemAsync(System.Net.HttpStatusCode.BadRequest, "urn:oasis:validation")).Errors()).Field);
        using var bad = await admin.GetAsync($"/api/air/period?station={Station}&period=2015-Q5", TestApi.Ct);
        var problem = await bad.ProblemAsync(System.Net.HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Contains("2026-Q1", Assert.Single(problem.Errors()).Message, StringComparison.Ordinal);
    }
}
