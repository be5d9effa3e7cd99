using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Oasis.Tests.Air;

/// <summary>排名 (decision 0508): stations and towns ranked over a period from the engine's figures; micro-stations non-official.</summary>
public sealed class AirRankingTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private const string Day = "2024-05-01";

    // Two micro-stations in 宁边路街道 (CJ-T01, grid CJ-G001), one in 阿什里哈萨克民族乡 (CJ-T16).
    private static readonly (string Code, string Grid, int Pm25)[] Micro = [("RANK-A", "CJ-G001", 30), ("RANK-B", "CJ-G001", 60), ("RANK-C", "CJ-G167", 90)];

    private Task SeedOnceAsync() => Records.OnceAsync(factory, "ranking", async () =>
    {
        var admin = await factory.UserAsync("demo.admin");
        foreach (var (code, grid, _) in Micro)
        {
            (await admin.PostAsJsonAsync("/api/stations", new
            {
                code, name = "排名" + code[^1], kind = "micro", latitude = 44.0, longitude = 87.3, gridCode = grid, evaluation = false,
                pollutants = new[] { "PM2.5", "PM10", "SO2", "NO2", "CO", "O3" },
            }, TestApi.Ct)).EnsureSuccessStatusCode();
        }

        // The demo city's micro-stations of the two towns report too (a town's day needs ≥ 75 % of its micro-stations):
        // 45 in 宁边路街道, 90 in 阿什里哈萨克民族乡.
        var demo = await factory.WithDbAsync(db => db.Stations.Where(s => s.Kind == "micro" && !s.Code.StartsWith("RANK-"))
            .Join(db.Grids, s => s.GridCode, g => g.Code, (s, g) => new { s.Code, g.TownCode })
            .Where(s => s.TownCode == "CJ-T01" || s.TownCode == "CJ-T16").ToListAsync(TestApi.Ct));
        var all = Micro.Select(m => (m.Code, m.Pm25)).Concat(demo.Select(d => (d.Code, Pm25: d.TownCode == "CJ-T01" ? 45 : 90)));
        var rows = all.SelectMany(m => Enumerable.Range(0, 24).Select(h =>
            string.Create(CultureInfo.InvariantCulture, $"{m.Code},{Day} {h:D2}:00,{m.Pm25},{2 * m.Pm25},10,20,0.5,50")));
        var (exit, _, error) = await AirCli.ImportAsync(factory, "--input", AirCli.WriteOasisCsv(rows));
        Assert.True(exit == 0, error);
    });

    [Fact]
    public async Task Stations_are_ranked_by_the_comprehensive_index_and_micro_stations_are_not_official()
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var rows = await admin.ListAsync($"/api/air/ranking?from={Day}&to={Day}");
        var ours = rows.Where(r => r.Str("code").StartsWith("RANK-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["RANK-A", "RANK-B", "RANK-C"], ours.Select(r => r.Str("code")));
        Assert.Equal(1, ours[0].GetProperty("rank").GetInt32()); // the cleanest of all
        Assert.All(ours, r => Assert.False(r.GetProperty("official").GetBoolean()));
        Assert.Equal([30m, 60m, 90m], ours.Select(r => r.GetProperty("pm25").GetDecimal()));
        // Equal figures share a place; places without data that day are unranked and listed last.
        var ranked = rows.TakeWhile(r => r.GetProperty("rank").ValueKind == JsonValueKind.Number).ToList();
        Assert.All(rows.Skip(ranked.Count), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("rank").ValueKind));
        Assert.Equal(ranked.Select(r => r.GetProperty("rank").GetInt32()).Order(), ranked.Select(r => r.GetProperty("rank").GetInt32()));
        // 30 first; the seven 45s of 宁边路街道 share the 2nd place; 60 is 9th; the three 90s share the 10th.
        Assert.Equal((7, 9, 10, 3), (ranked.Count(r => r.GetProperty("rank").GetInt32() == 2), ours[1].GetProperty("rank").GetInt32(),
            ours[2].GetProperty("rank").GetInt32(), ranked.Count(r => r.GetProperty("rank").GetInt32() == 10)));

    }

    [Fact]
    public async Task Towns_are_ranked_by_the_mean_of_their_micro_stations()
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var rows = await admin.ListAsync($"/api/air/ranking?by=towns&from={Day}&to={Day}");
        var first = rows.Take(2).ToList();
        Assert.Equal(["CJ-T01", "CJ-T16"], first.Select(r => r.Str("code")));
        Assert.Equal([45m, 90m], first.Select(r => r.GetProperty("pm25").GetDecimal())); // (30 + 60 + 7 × 45) / 9
        Assert.All(rows, r => Assert.False(r.GetProperty("official").GetBoolean()));
        Assert.Equal("宁边路街道", first[0].Str("name"));
    }

    [Fact]
    public async Task A_grid_manager_sees_only_the_places_of_his_grids_and_a_bad_by_is_a_400()
    {
        await SeedOnceAsync();
        var grid = await factory.UserAsync("demo.grid");
        var codes = (await grid.ListAsync($"/api/air/ranking?from={Day}&to={Day}")).Select(r => r.Str("code")).ToList();
        Assert.Contains("RANK-A", codes);
        Assert.DoesNotContain("RANK-C", codes);
        using var response = await grid.GetAsync($"/api/air/ranking?by=grids&from={Day}&to={Day}", TestApi.Ct);
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal("by", Assert.Single(problem.Errors()).Field);
    }
}
