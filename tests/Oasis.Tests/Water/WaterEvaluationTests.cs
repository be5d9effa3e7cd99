using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Oasis.Standards.Water;

namespace Oasis.Tests.Water;

/// <summary>
/// The evaluation API on hand-worked samples (classes, multiples, means with <c>L</c> values, annual from monthly means,
/// river status, trend), and on the demo data against the engine applied directly to the demo file.
/// </summary>
public sealed class WaterEvaluationTests(OasisFactory factory) : IClassFixture<OasisFactory>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(Records.OnceAsync(factory, "water-evaluation", async () =>
    {
        var admin = await factory.UserAsync("demo.admin");
        await Records.CreateAsync(admin, "water-bodies", new { code = "WE-R", name = "测试河", kind = "river" });
        foreach (var code in new[] { "WE-S1", "WE-S2", "WE-S3" })
        {
            await Records.CreateAsync(admin, "water-sections", new
            {
                code, name = "测试断面" + code, waterBody = "WE-R", controlLevel = "city", assessment = code != "WE-S3", targetClass = "III",
                latitude = 44.0, longitude = 87.3, gridCode = "CJ-G047",
            });
        }

        var file = "section,date,waterbody,pH,DO,COD,NH3N,TP\n"
            + "WE-S1,2022-03-10,river,7.5,4.0,20,1.2,0.1\n"
            + "WE-S1,2022-04-05,river,,,,0.1,\n"
            + "WE-S1,2022-04-20,river,,,,0.05L,\n"
            + "WE-S2,2022-01-05,river,,,10,,\n" + "WE-S2,2022-01-15,river,,,10,,\n" + "WE-S2,2022-01-25,river,,,10,,\n"
            + "WE-S2,2022-02-10,river,,,40,,\n"
            + string.Concat(Enumerable.Range(0, 5).Select(i => $"WE-S3,{2017 + i}-06-10,river,,,{10 + (2 * i)},,\n"));
        (await admin.UploadAsync("/api/water/samples/import", file)).EnsureSuccessStatusCode();
    }));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_month_gets_the_worst_class_with_the_multiples_above_class_iii()
    {
        var admin = await factory.UserAsync("demo.admin");
        var march = Assert.Single(await admin.ListAsync("/api/water/sections/WE-S1/monthly?from=2022-03&to=2022-03"));
        Assert.Equal("IV", march.Str("class")); // DO 4.0 < 5 and NH3-N 1.2 ≤ 1.5: class IV
        Assert.Equal("lightly-polluted", march.Str("status"));
        Assert.False(march.GetProperty("meetsTarget").GetBoolean());
        var exceeding = march.GetProperty("exceeding").EnumerateArray().ToList();
        Assert.Equal(["DO", "NH3N"], exceeding.Select(e => e.Str("indicator")));
        Assert.Equal(JsonValueKind.Null, exceeding[0].GetProperty("multiple").ValueKind);
        Assert.Equal(0.20m, exceeding[1].GetProperty("multiple").GetDecimal()); // (1.2 − 1.0) / 1.0
        Assert.Equal(["NH3N", "DO"], march.GetProperty("mainPollutants").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_monthly_mean_takes_half_the_detection_limit()
    {
        var admin = await factory.UserAsync("demo.admin");
        var april = Assert.Single(await admin.ListAsync("/api/water/sections/WE-S1/monthly?from=2022-04&to=2022-04"));
        Assert.Equal(2, april.GetProperty("samples").GetInt32());
        Assert.Equal(0.0625m, april.GetProperty("values").GetProperty("NH3N").GetDecimal()); // (0.1 + 0.05 / 2) / 2
        Assert.Equal("I", april.Str("class"));
        Assert.True(april.GetProperty("meetsTarget").GetBoolean());
    }

    [Fact]
    public async Task The_annual_class_comes_from_monthly_means_not_from_all_samples()
    {
        var admin = await factory.UserAsync("demo.admin");
        var year = Assert.Single(await admin.ListAsync("/api/water/sections/WE-S2/annual?from=2022&to=2022"));
        Assert.Equal(25m, year.GetProperty("values").GetProperty("COD").GetDecimal()); // (10 + 40) / 2, not 17.5
        Assert.Equal("IV", year.Str("class"));
        Assert.Equal(["COD"], year.GetProperty("mainPollutants").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_river_of_fewer_than_five_sections_is_judged_by_its_mean_sample()
    {
        var admin = await factory.UserAsync("demo.admin");
        var assessment = await admin.GetFromJsonAsync<JsonElement>("/api/water/assessment?year=2022", TestApi.Ct);
        var river = assessment.GetProperty("rivers").EnumerateArray().Single(r => r.Str("waterBody") == "WE-R");
        Assert.Equal(2, river.GetProperty("sections").GetInt32()); // WE-S3 has no 2022 sample
        Assert.Equal("IV", river.Str("meanClass")); // DO 4.0 and COD (20 + 25) / 2 = 22.5
        Assert.Equal("lightly-polluted", river.Str("status"));

        var indicators = await admin.GetFromJsonAsync<JsonElement>("/api/water/indicators?year=2022", TestApi.Ct);
        Assert.Equal(2, indicators.GetProperty("riverSections").GetInt32());
        Assert.Equal(0m, indicators.GetProperty("riverIIIOrBetterShare").GetDecimal());
        Assert.Equal(JsonValueKind.Null, indicators.GetProperty("sourcesCompliantShare").ValueKind);
        Assert.Equal(JsonValueKind.Null, indicators.GetProperty("groundwaterWorseThanVShare").ValueKind);
    }

    [Fact]
    public async Task Five_rising_annual_means_are_a_significant_increase()
    {
        var admin = await factory.UserAsync("demo.admin");
        var trend = await admin.GetFromJsonAsync<JsonElement>("/api/water/sections/WE-S3/trend?indicator=COD&from=2017&to=2021", TestApi.Ct);
        Assert.Equal(5, trend.GetProperty("n").GetInt32());
        Assert.Equal("increase", trend.Str("direction"));
        Assert.Equal(1.0, trend.GetProperty("rho").GetDouble(), 9);
        var four = await admin.GetFromJsonAsync<JsonElement>("/api/water/sections/WE-S3/trend?indicator=COD&from=2018&to=2021", TestApi.Ct);
        Assert.Equal("none", four.Str("direction")); // exact p = 2/24 > 0.05
    }

    [Fact]
    public async Task Seasonal_kendall_stands_beside_spearman_on_the_monthly_means()
    {
        // Five Junes rising 10 … 18: one season, S = 10, Var = 5·4·15/18, Z = 9/√16.667 = 2.2045, p = erfc(Z/√2) = 0.02749.
        var admin = await factory.UserAsync("demo.admin");
        var trend = await admin.GetFromJsonAsync<JsonElement>("/api/water/sections/WE-S3/trend?indicator=COD&from=2017&to=2021", TestApi.Ct);
        var sk = trend.GetProperty("seasonalKendall");
        Assert.Equal((5, 5, 10L), (sk.GetProperty("years").GetInt32(), sk.GetProperty("months").GetInt32(), sk.GetProperty("s").GetInt64()));
        Assert.Equal(2.2045, sk.GetProperty("z").GetDouble(), 4);
        Assert.Equal(0.027486336111510353, sk.GetProperty("pValue").GetDouble(), 9);
        Assert.Equal(2.0, sk.GetProperty("slope").GetDouble(), 9); // COD rises 2 mg/L a year
        Assert.Equal("increase", sk.Str("direction"));
        var three = await admin.GetFromJsonAsync<JsonElement>("/api/water/sections/WE-S3/trend?indicator=COD&from=2019&to=2021", TestApi.Ct);
        Assert.Equal("insufficient", three.GetProperty("seasonalKendall").Str("direction"));
    }

    [Fact]
    public async Task Demo_annual_classes_and_the_plan_share_agree_with_the_engine_on_the_demo_file()
    {
        var expected = ExpectedAnnualClasses(2025);
        var admin = await factory.UserAsync("demo.admin");
        var assessment = await admin.GetFromJsonAsync<JsonElement>("/api/water/assessment?year=2025", TestApi.Ct);
        foreach (var (code, cls) in expected.Where(e => e.Key.StartsWith("CJ-W", StringComparison.Ordinal)))
        {
            var row = assessment.GetProperty("sections").EnumerateArray().Single(s => s.Str("section") == code);
            Assert.Equal(cls.Ascii(), row.Str("class"));
            Assert.Equal(12, row.GetProperty("samples").GetInt32());
        }

        var indicators = await admin.GetFromJsonAsync<JsonElement>("/api/water/indicators?year=2025", TestApi.Ct);
        var sections = expected.Where(e => e.Key.StartsWith("CJ-W", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, indicators.GetProperty("riverSections").GetInt32());
        Assert.Equal(Math.Round((decimal)sections.Count(s => s.Value.IsIIIOrBetter()) / 6, 4), indicators.GetProperty("riverIIIOrBetterShare").GetDecimal());
        Assert.Equal(2, indicators.GetProperty("sources").GetInt32());
    }

    [Fact]
    public async Task A_grid_manager_gets_no_section_outside_his_grid_but_the_city_figures()
    {
        var grid = await factory.UserAsync("demo.grid");
        await (await grid.GetAsync("/api/water/sections/CJ-W01/monthly?from=2025-01&to=2025-12", TestApi.Ct))
            .ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
        var assessment = await grid.GetFromJsonAsync<JsonElement>("/api/water/assessment?year=2025", TestApi.Ct);
        Assert.Empty(assessment.GetProperty("sections").EnumerateArray());
        Assert.NotEmpty(assessment.GetProperty("rivers").EnumerateArray());
    }

    [Fact]
    public async Task A_period_without_a_year_is_a_validation_problem()
    {
        var admin = await factory.UserAsync("demo.admin");
        await (await admin.GetAsync("/api/water/assessment", TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        await (await admin.GetAsync("/api/water/sections/CJ-W01/monthly?from=2025-13&to=2025-12", TestApi.Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
    }

    /// <summary>The engine on the demo file itself: each site's annual mean (from monthly means) and its class.</summary>
    private static Dictionary<string, WaterClass> ExpectedAnnualClasses(int year)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Demo", "water-samples.csv");
        var lines = File.ReadAllLines(path);
        var columns = lines[0].Split(',');
        var bySite = new Dictionary<string, List<DatedWaterSample>>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            var values = new WaterValue?[WaterIndicators.Count];
            for (var i = 3; i < cells.Length; i++)
            {
                if (cells[i].Length > 0 && WaterValue.TryParse(cells[i], out var v))
                {
                    values[(int)WaterIndicators.FromCode(columns[i])!.Value] = v;
                }
            }

            var sample = new WaterSample(cells[2] == "lake" ? WaterBodyKind.Lake : WaterBodyKind.River, values);
            var date = DateOnly.ParseExact(cells[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            (bySite.TryGetValue(cells[0], out var list) ? list : bySite[cells[0]] = []).Add(new DatedWaterSample(date, sample));
        }

        return bySite.ToDictionary(kv => kv.Key, kv => SampleEvaluation.Evaluate(WaterMeans.Annual(kv.Value, year)!).Class!.Value, StringComparer.Ordinal);
    }
}
