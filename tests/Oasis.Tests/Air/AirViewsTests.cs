using System.Globalization;
using System.Net;
using System.Text.Json;
using Oasis.Monitoring.Ingest;

namespace Oasis.Tests.Air;

/// <summary>The air views (decisions 0520, 0521): trend, comparison and composition equal the daily/period figures; the pollution rose's binning.</summary>
public sealed class AirViewsTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private const string From = "2024-03-01";
    private const string To = "2024-03-10";
    private const string Range = $"from={From}&to={To}";
    private static readonly string[] Stations = ["VIEW-A", "VIEW-B"];

    // Per day of March: PM2.5 (µg/m³) and O3 (every hour); day 5 has no data. O3 180 makes O3 the primary on day 3.
    private static readonly int?[] Pm25 = [20, 60, 30, 120, null, 160, 50, 90, 40, 200];
    private static readonly int[] O3 = [50, 50, 180, 50, 50, 50, 50, 50, 50, 50];

    private Task SeedOnceAsync() => Records.OnceAsync(factory, "views", async () =>
    {
        var admin = await factory.UserAsync("demo.admin");
        foreach (var code in Stations.Append(Wind))
        {
            await Records.CreateAsync(admin, "stations", Records.New("stations", code));
        }

        // Outside demo.grid's grids (阿什里哈萨克民族乡).
        await Records.CreateAsync(admin, "stations", new
        {
            code = "VIEW-X", name = "测试点位 VIEW-X", kind = "micro", latitude = 44.0, longitude = 87.3, gridCode = "CJ-G167", evaluation = false,
            pollutants = new[] { "PM2.5" },
        });

        var rows = new List<string>();
        foreach (var (code, scale) in new[] { ("VIEW-A", 1.0), ("VIEW-B", 0.5) })
        {
            for (var d = 0; d < Pm25.Length; d++)
            {
                if (Pm25[d] is { } pm)
                {
                    rows.AddRange(Enumerable.Range(0, 24).Select(h => string.Create(CultureInfo.InvariantCulture,
                        $"{code},2024-03-{d + 1:D2} {h:D2}:00,{pm * scale},{2 * pm * scale},10,20,0.5,{O3[d]}")));
                }
            }
        }

        // The rose's station: PM2.5 by hour of 1 March (none at 11:00), see Rose_bins_by_sixteen_sectors….
        rows.AddRange(Enumerable.Range(0, 12).Where(h => h != 11).Select(h => string.Create(CultureInfo.InvariantCulture,
            $"{Wind},2024-03-01 {h:D2}:00,{(h == 0 ? 35 : h == 1 ? 75 : 30)},60,10,20,0.5,50")));
        var (exit, _, error) = await AirCli.ImportAsync(factory, "--input", AirCli.WriteOasisCsv(rows));
        Assert.True(exit == 0, error);
    });

    [Fact]
    public async Task Trend_days_are_the_daily_api_rows_and_the_limit_line_is_the_gb3095_24_hour_limit()
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var trend = await ObjectAsync(admin, $"/api/air/trend?stations=city,VIEW-A,VIEW-B&pollutant=pm25&{Range}");
        Assert.Equal((75m, "24h", "2012"), (trend.GetProperty("limit").GetDecimal(), trend.Str("limitKind"), trend.Str("limitEdition")));
        var series = trend.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["city", "VIEW-A", "VIEW-B"], series.Select(s => s.Str("station")));
        foreach (var s in series)
        {
            var daily = await admin.ListAsync($"/api/air/daily?station={s.Str("station")}&{Range}");
            var points = s.GetProperty("points").EnumerateArray().ToList();
            Assert.Equal(daily.Select(d => (d.Str("date"), d.GetProperty("aqi").ToString(), d.GetProperty("pm25").ToString())),
                points.Select(p => (p.Str("date"), p.GetProperty("aqi").ToString(), p.GetProperty("value").ToString())));
        }

        Assert.Equal(9, series[1].GetProperty("points").GetArrayLength()); // day 5 has no data and no point
        var o3 = await ObjectAsync(admin, $"/api/air/trend?stations=VIEW-A&pollutant=o3&{Range}");
        Assert.Equal((160m, "8h"), (o3.GetProperty("limit").GetDecimal(), o3.Str("limitKind")));
    }

    [Fact]
    public async Task Monthly_trend_points_are_the_period_figures_of_each_month_against_the_annual_limit()
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var trend = await ObjectAsync(admin, "/api/air/trend?stations=VIEW-A&pollutant=pm25&step=month&from=2024-02-20&to=2024-03-10");
        Assert.Equal((35m, "annual"), (trend.GetProperty("limit").GetDecimal(), trend.Str("limitKind")));
        var points = trend.GetProperty("series")[0].GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(["2024-02-20", "2024-03-01"], points.Select(p => p.Str("date")));
        Assert.Equal(0, points[0].GetProperty("validDays").GetInt32());
        var period = await ObjectAsync(admin, $"/api/air/period?station=VIEW-A&{Range}");
        Assert.Equal((period.GetProperty("pm25").GetDecimal(), period.GetProperty("goodRatio").GetDecimal(), period.GetProperty("pollutantValidDays").GetProperty("PM2.5").GetInt32()),
            (points[1].GetProperty("value").GetDecimal(), points[1].GetProperty("goodRatio").GetDecimal(), points[1].GetProperty("validDays").GetInt32()));
        var co = await ObjectAsync(admin, "/api/air/trend?stations=VIEW-A&pollutant=co&step=month&" + Range);
        Assert.Equal(JsonValueKind.Null, co.GetProperty("limit").ValueKind); // GB 3095 has no annual CO limit
    }

    [Fact]
    public async Task Comparison_rows_are_the_period_figures_of_each_station()
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var rows = await admin.ListAsync($"/api/air/comparison?stations=VIEW-A,VIEW-B,city&{Range}");
        Assert.Equal(["VIEW-A", "VIEW-B", "city"], rows.Select(r => r.Str("code")));
        foreach (var row in rows)
        {
            var period = await ObjectAsync(admin, $"/api/air/period?station={row.Str("code")}&{Range}");
            var figures = row.GetProperty("figures");
            foreach (var field in new[] { "validDays", "pm25", "pm10", "so2", "no2", "coP95", "o3_8hP90", "goodDays", "goodRatio", "compositeIndex", "primaryDays", "exceedanceDays" })
            {
                Assert.Equal(period.GetProperty(field).GetRawText(), figures.GetProperty(field).GetRawText());
            }
        }

        Assert.Equal(2 * rows[1].GetProperty("figures").GetProperty("pm25").GetDecimal(), rows[0].GetProperty("figures").GetProperty("pm25").GetDecimal(), 0);
        Assert.All(rows.Take(2), r => Assert.False(r.GetProperty("official").GetBoolean())); // micro-stations
    }

    [Fact]
    public async Task Composition_counts_the_primary_days_of_the_period_api_and_splits_the_comprehensive_index()
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var composition = await ObjectAsync(admin, $"/api/air/composition?station=VIEW-A&{Range}");
        var period = await ObjectAsync(admin, $"/api/air/period?station=VIEW-A&{Range}");
        Assert.Equal(period.GetProperty("primaryDays").GetRawText(), composition.GetProperty("primaryDays").GetRawText());
        var daily = await admin.ListAsync($"/api/air/daily?station=VIEW-A&{Range}");
        var withPrimary = daily.Count(d => d.GetProperty("primary").GetArrayLength() > 0);
        Assert.Equal(withPrimary, composition.GetProperty("daysWithPrimary").GetInt32());
        // PM2.5 20 and 30 days are 优 (no primary); O3 is primary on day 3 only.
        Assert.Equal(1, composition.GetProperty("primaryDays").GetProperty("O3").GetInt32());
        var pm = composition.GetProperty("primaryDays").GetProperty("PM2.5").GetInt32();
        Assert.Equal(Math.Round(pm * 100m / withPrimary, 1), composition.GetProperty("primaryShare").GetProperty("PM2.5").GetDecimal());
        Assert.Equal(period.GetProperty("compositeIndex").GetDecimal(), composition.GetProperty("compositeIndex").GetDecimal());
        var single = composition.GetProperty("singleIndex").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());
        Assert.Equal(Math.Round(period.GetProperty("pm25").GetDecimal() / 35m, 2), single["PM2.5"]);
        Assert.InRange(single.Values.Sum() - period.GetProperty("compositeIndex").GetDecimal(), -0.03m, 0.03m); // rounded terms
        Assert.InRange(composition.GetProperty("indexShare").EnumerateObject().Sum(p => p.Value.GetDecimal()), 99.7m, 100.3m);
    }

    private const string Wind = "VIEW-W";
    private const string WindMn = "VIEWW0000001";

    [Fact]
    public async Task Rose_bins_by_sixteen_sectors_with_boundaries_going_clockwise_and_calm_apart()
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        await Records.CreateAsync(admin, "devices", Records.New("devices", WindMn, station: Wind));
        // Hour h of 1 March (Beijing): direction°, speed m/s; null = not sent.
        (double? From, double? Speed)[] wind =
        [
            (348.75, 2), (11.25, 2), (11.24, 2), (348.74, 2), (0, 2), (360, 2), (33.75, 2),
            (180, 0.2), (null, 0.1), (90, 0.3), (null, null), (270, 2),
        ];
        var midnightUtc = new DateTime(2024, 2, 29, 16, 0, 0, DateTimeKind.Utc);
        await factory.WithDbAsync(async db =>
        {
            for (var h = 0; h < wind.Length; h++)
            {
                foreach (var (factor, value) in new[] { ("a01008", wind[h].From), ("a01007", wind[h].Speed) })
                {
                    if (value is { } v)
                    {
                        db.Readings.Add(new Reading { Mn = WindMn, Cn = "2061", DataTime = midnightUtc.AddHours(h), Factor = factor, Value = v, Flag = "N", ReceivedAt = midnightUtc.AddHours(h + 1) });
                    }
                }
            }

            return await db.SaveChangesAsync(TestApi.Ct);
        });

        var rose = await ObjectAsync(admin, $"/api/air/rose?station={Wind}&pollutant=pm25&from={From}&to={From}");
        Assert.Equal((true, "station"), (rose.GetProperty("hasWind").GetBoolean(), rose.Str("windSource")));
        Assert.Equal([35m, 75m, 115m, 150m, 250m], rose.GetProperty("classes").EnumerateArray().Select(c => c.GetDecimal()));
        var sectors = rose.GetProperty("sectors").EnumerateArray().ToDictionary(s => s.Str("direction"), s => s.GetProperty("hours").GetInt32());
        Assert.Equal(16, sectors.Count);
        // 348.75, 11.24, 0 and 360 are N; 11.25 is NNE; 348.74 NNW; 33.75 NE; 90 at 0.3 m/s E.
        Assert.Equal((4, 1, 1, 1, 1), (sectors["N"], sectors["NNE"], sectors["NNW"], sectors["NE"], sectors["E"]));
        Assert.Equal(8, sectors.Values.Sum());
        // Calm (≤ 0.2 m/s, with or without a direction): 180° at 0.2 and no direction at 0.1.
        Assert.Equal(2, rose.GetProperty("calmHours").GetInt32());
        // Hours with wind: 11 (10:00 sent nothing); with PM2.5 as well: 10 (none at 11:00).
        Assert.Equal((11, 10), (rose.GetProperty("windHours").GetInt32(), rose.GetProperty("hours").GetInt32()));
        var north = rose.GetProperty("sectors")[0];
        Assert.Equal([4, 0, 0, 0, 0, 0], north.GetProperty("byClass").EnumerateArray().Select(c => c.GetInt32())); // 35 is on the first bound
        Assert.Equal([0, 1, 0, 0, 0, 0], rose.GetProperty("sectors")[1].GetProperty("byClass").EnumerateArray().Select(c => c.GetInt32())); // 75 → 良
    }

    [Fact]
    public async Task A_station_without_wind_gets_a_rose_that_says_so()
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var rose = await ObjectAsync(admin, $"/api/air/rose?station=VIEW-A&{Range}");
        Assert.Equal((false, JsonValueKind.Null, 0, 0), (rose.GetProperty("hasWind").GetBoolean(), rose.GetProperty("windSource").ValueKind,
            rose.GetProperty("sectors").GetArrayLength(), rose.GetProperty("hours").GetInt32()));
        var bad = await (await admin.GetAsync($"/api/air/trend?stations=VIEW-A&pollutant=pm1&{Range}", TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Contains(bad.Errors(), e => e.Field == "pollutant");
    }

    [Fact]
    public async Task Prsa_wind_is_kept_on_import_and_the_city_rose_pools_the_evaluation_stations_hours()
    {
        var admin = await factory.UserAsync("demo.admin");
        // 1 April 2024 (Beijing), as a PRSA file has it: station, hour, PM2.5, wd, WSPM. Only these two stations have wind that day.
        (string Station, int Hour, string Pm25, string Wd, string Speed)[] rows =
        [
            ("VIEW-P1", 0, "30", "\"NNW\"", "4.4"), ("VIEW-P1", 1, "80", "\"N\"", "2"), ("VIEW-P1", 2, "50", "\"NW\"", "1"),
            ("VIEW-P1", 3, "20", "NA", "0.1"), ("VIEW-P1", 4, "40", "\"E\"", "0.2"), ("VIEW-P1", 5, "NA", "\"N\"", "3"),
            ("VIEW-P1", 6, "60", "NA", "1.5"), ("VIEW-P1", 7, "90", "\"cv\"", "0"), ("VIEW-P1", 8, "10", "NA", "NA"),
            ("VIEW-P1", 9, "100", "\"N\"", "5"),
            ("VIEW-P2", 0, "200", "\"SE\"", "3"), ("VIEW-P2", 1, "120", "\"N\"", "6"), ("VIEW-P2", 2, "35", "\"SSE\"", "1.2"),
            ("VIEW-P2", 3, "300", "\"SE\"", "0.5"),
        ];
        var path = Path.Combine(Path.GetTempPath(), "oasis-tests", $"prsa-wind-{Guid.NewGuid():N}.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "\"No\",\"year\",\"month\",\"day\",\"hour\",\"PM2.5\",\"PM10\",\"SO2\",\"NO2\",\"CO\",\"O3\",\"TEMP\",\"PRES\",\"DEWP\",\"RAIN\",\"wd\",\"WSPM\",\"station\"\n"
            + string.Join('\n', rows.Select((r, i) => $"{i + 1},2024,4,1,{r.Hour},{r.Pm25},NA,NA,NA,NA,NA,10,1010,-5,0,{r.Wd},{r.Speed},\"{r.Station}\"")) + "\n", TestApi.Ct);
        var (exit, _, error) = await AirCli.ImportAsync(factory, "--format", "prsa", "--create-stations", "--input", path);
        Assert.True(exit == 0, error);

        // VIEW-P1: NNW 30; N 80 and 100; NW 50. Calm: NA at 0.1, E at 0.2, cv at 0 (20, 40, 90). 05:00 has wind but no PM2.5;
        // 06:00 (no direction, 1.5 m/s) and 08:00 (no wind) are not counted.
        var p1 = await ObjectAsync(admin, "/api/air/rose?station=VIEW-P1&pollutant=pm25&from=2024-04-01&to=2024-04-01");
        Assert.Equal((true, "station", 1), (p1.GetProperty("hasWind").GetBoolean(), p1.Str("windSource"), p1.GetProperty("stations").GetInt32()));
        Assert.Equal((8, 7, 3), (p1.GetProperty("windHours").GetInt32(), p1.GetProperty("hours").GetInt32(), p1.GetProperty("calmHours").GetInt32()));
        Assert.Equal([1, 1, 1, 0, 0, 0], Ints(p1.GetProperty("calmByClass")));
        Assert.Equal(new Dictionary<string, int> { ["N"] = 2, ["NW"] = 1, ["NNW"] = 1 }, Occupied(p1));
        Assert.Equal([0, 0, 2, 0, 0, 0], Ints(p1.GetProperty("sectors")[0].GetProperty("byClass")));
        Assert.Equal(90m, p1.GetProperty("sectors")[0].GetProperty("mean").GetDecimal());

        // The city: both stations' hours pooled (P2: SE 200 and 300, N 120, SSE 35); N holds 80, 100 and 120.
        var city = await ObjectAsync(admin, "/api/air/rose?station=city&pollutant=pm25&from=2024-04-01&to=2024-04-01");
        Assert.Equal((true, "station", 2), (city.GetProperty("hasWind").GetBoolean(), city.Str("windSource"), city.GetProperty("stations").GetInt32()));
        Assert.Equal((12, 11, 3), (city.GetProperty("windHours").GetInt32(), city.GetProperty("hours").GetInt32(), city.GetProperty("calmHours").GetInt32()));
        Assert.Equal(new Dictionary<string, int> { ["N"] = 3, ["NW"] = 1, ["NNW"] = 1, ["SE"] = 2, ["SSE"] = 1 }, Occupied(city));
        Assert.Equal([0, 0, 2, 1, 0, 0], Ints(city.GetProperty("sectors")[0].GetProperty("byClass")));
        Assert.Equal(100m, city.GetProperty("sectors")[0].GetProperty("mean").GetDecimal());
        Assert.Equal([0, 0, 0, 0, 1, 1], Ints(city.GetProperty("sectors")[6].GetProperty("byClass")));

        // The hourly export carries each hour's wind: NNW is 337.5° (the sector's centre); no direction stays empty.
        var export = (await admin.TextAsync("/api/air/export/hourly?station=VIEW-P1&from=2024-04-01&to=2024-04-01")).Split('\n');
        Assert.EndsWith(",wind_from,wind_speed", export[0], StringComparison.Ordinal);
        Assert.EndsWith(",337.5,4.4", export[1], StringComparison.Ordinal);
        Assert.EndsWith(",,1.5", export[7], StringComparison.Ordinal);

        // A file without wind columns (the Oasis format) corrects the concentration and leaves the hour's wind as it was.
        (exit, _, error) = await AirCli.ImportAsync(factory, "--input", AirCli.WriteOasisCsv(["VIEW-P1,2024-04-01 00:00,40,,,,,"]));
        Assert.True(exit == 0, error);
        p1 = await ObjectAsync(admin, "/api/air/rose?station=VIEW-P1&pollutant=pm25&from=2024-04-01&to=2024-04-01");
        Assert.Equal([0, 1, 0, 0, 0, 0], Ints(p1.GetProperty("sectors")[15].GetProperty("byClass")));

        // A compass word that is not one of the 16 makes the row malformed.
        await File.WriteAllTextAsync(path, File.ReadLines(path).First() + "\n1,2024,4,2,0,30,NA,NA,NA,NA,NA,10,1010,-5,0,\"NNX\",2,\"VIEW-P1\"\n", TestApi.Ct);
        (exit, _, error) = await AirCli.ImportAsync(factory, "--format", "prsa", "--input", path);
        Assert.Equal(2, exit);
        Assert.Contains(":2: unknown wind direction 'NNX' in wd", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grid_manager_cannot_name_a_station_outside_his_grids()
    {
        await SeedOnceAsync();
        var grid = await factory.UserAsync("demo.grid");
        Assert.Equal(2, (await grid.ListAsync($"/api/air/comparison?stations=city,VIEW-A&{Range}")).Length);
        using var trend = await grid.GetAsync($"/api/air/trend?stations=city,VIEW-X&{Range}", TestApi.Ct);
        await trend.ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
        using var rose = await grid.GetAsync($"/api/air/rose?station=VIEW-X&{Range}", TestApi.Ct);
        await rose.ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
        // Without a list, the comparison holds only the evaluation stations he sees: none of another town's.
        Assert.DoesNotContain(await grid.ListAsync($"/api/air/comparison?{Range}"), r => r.Str("code") == "VIEW-X");
    }

    private static int[] Ints(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetInt32())];

    private static Dictionary<string, int> Occupied(JsonElement rose) =>
        rose.GetProperty("sectors").EnumerateArray().Where(s => s.GetProperty("hours").GetInt32() > 0).ToDictionary(s => s.Str("direction"), s => s.GetProperty("hours").GetInt32());

    private static async Task<JsonElement> ObjectAsync(HttpClient client, string path) =>
        await (await client.GetAsync(path, TestApi.Ct)).ReadAsync<JsonElement>();
}
