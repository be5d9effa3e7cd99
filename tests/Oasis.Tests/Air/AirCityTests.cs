using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Oasis.Tests.Air;

/// <summary>
/// The city's figures from its evaluation stations equal <c>oasis air daily --city</c> / <c>annual</c> over the same
/// stations (the demonstration city's own stations are taken out of the evaluation first).
/// </summary>
public sealed class AirCityTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private static readonly string[] Stations = ["Dongsi", "Tiantan"];

    private Task ImportOnceAsync() => Records.OnceAsync(factory, "prsa-city", async () =>
    {
        await factory.WithDbAsync(db => db.Stations.ExecuteUpdateAsync(s => s.SetProperty(x => x.Evaluation, false), TestApi.Ct));
        var (exit, _, error) = await AirCli.ImportAsync(factory, ["--format", "prsa", "--create-stations", "--input", .. Stations.Select(AirCli.Prsa)]);
        Assert.True(exit == 0, error);
    });

    [Fact]
    public async Task City_daily_figures_equal_oasis_air_daily_city()
    {
        await ImportOnceAsync();
        var cli = await AirCli.RunAsync(["air", "daily", "--city", "--format", "prsa", "--input", .. Stations.Select(AirCli.Prsa)]);
        Assert.Equal(0, cli.Exit);
        var expected = AirAssert.Rows(cli.Output, "city", "2016-");
        Assert.Equal(366, expected.Count);

        var leader = await factory.UserAsync("demo.leader");
        AirAssert.DailyEqual(expected, await leader.ListAsync("/api/air/daily?station=city&from=2016-01-01&to=2016-12-31"));
    }

    [Fact]
    public async Task City_period_equals_oasis_air_annual_city()
    {
        await ImportOnceAsync();
        var cli = await AirCli.RunAsync(["air", "annual", "--year", "2016", "--format", "prsa", "--input", .. Stations.Select(AirCli.Prsa)]);
        Assert.Equal(0, cli.Exit);

        var grid = await factory.UserAsync("demo.grid"); // the city's figures are published: any staff scope reads them
        var json = await (await grid.GetAsync("/api/air/period?station=city&from=2016-01-01&to=2016-12-31", TestApi.Ct)).ReadAsync<JsonElement>();
        AirAssert.PeriodEqual(cli.Output, "city", json);
    }
}
