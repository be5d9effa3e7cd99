using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Oasis.Tests.Air;

/// <summary>
/// The first half of 2025 for one evaluation station, the only one of the city: 2025-01-01 … 2025-05-30 good (PM2.5 50 →
/// IAQI 69), 2025-05-31 … 2025-06-30 heavily polluted (PM2.5 160 → IAQI 210); and a host whose clock says 1 July 2025.
/// </summary>
internal static class TargetYear
{
    public const string Station = "TGT-1";
    public const int GoodDays = 150;
    public const int HeavyDays = 31;

    public static Task SeedOnceAsync(OasisFactory factory) => Records.OnceAsync(factory, "target-year", async () =>
    {
        await factory.WithDbAsync(db => db.Stations.ExecuteUpdateAsync(s => s.SetProperty(x => x.Evaluation, false), TestApi.Ct));
        var rows = new List<string>();
        var first = new DateTime(2025, 1, 1);
        for (var d = 0; d < GoodDays + HeavyDays; d++)
        {
            var pm25 = d < GoodDays ? "50" : "160";
            for (var h = 0; h < 24; h++)
            {
                rows.Add($"{Station},{first.AddDays(d).AddHours(h).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)},{pm25},50,10,20,0.5,50");
            }
        }

        var (exit, _, error) = await AirCli.ImportAsync(factory, "--create-stations", "--input", AirCli.WriteOasisCsv(rows));
        Assert.True(exit == 0, error);
    });

    /// <summary>The same host and database with the clock at 1 July 2025 09:00 Beijing time.</summary>
    public static WebApplicationFactory<Program> OnFirstJuly2025(OasisFactory factory) => factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.FromHours(8))))));

    public static async Task<HttpClient> LoginAsync(WebApplicationFactory<Program> host, string user)
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = user, password = OasisFactory.DemoPassword }, TestApi.Ct);
        var token = await response.ReadAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Str("accessToken"));
        return client;
    }

    public static JsonElement Indicator(JsonElement progress, string indicator) =>
        progress.GetProperty("indicators").EnumerateArray().Single(i => i.Str("indicator") == indicator);
}
