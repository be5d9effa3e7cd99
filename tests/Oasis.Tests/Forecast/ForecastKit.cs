using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oasis.Tests.Air;

namespace Oasis.Tests.Forecast;

/// <summary>
/// Two PRSA stations as the city's only evaluation stations (the demonstration city's own are taken out), small training
/// windows so that a model trains in seconds, and weather files cut from the PRSA weather columns.
/// </summary>
internal static class ForecastKit
{
    public static readonly string[] Stations = ["Dongsi", "Tiantan"];

    /// <summary>A short window and few iterations: enough to exercise the whole path, fast enough for CI.</summary>
    public const int TrainingDays = 240;
    public const int Iterations = 40;

    public static Task SeedAsync(OasisFactory factory) => Records.OnceAsync(factory, "forecast-prsa", async () =>
    {
        await factory.WithDbAsync(db => db.Stations.ExecuteUpdateAsync(s => s.SetProperty(x => x.Evaluation, false), TestApi.Ct));
        var (exit, _, error) = await AirCli.ImportAsync(factory, ["--format", "prsa", "--create-stations", "--input", .. Stations.Select(AirCli.Prsa)]);
        Assert.True(exit == 0, error);
    });

    public static async Task<JsonElement> TrainAsync(HttpClient client, string trainUntil, int days = TrainingDays)
    {
        var response = await client.PostAsJsonAsync("/api/forecast/models", new { trainUntil, trainingDays = days, iterations = Iterations }, TestApi.Ct);
        return await response.ReadAsync<JsonElement>(HttpStatusCode.Created);
    }

    public static async Task<JsonElement> IssueAsync(HttpClient client, string issueDate, int? modelId = null)
    {
        var response = await client.PostAsJsonAsync("/api/forecast/issues", new { issueDate, modelId }, TestApi.Ct);
        return await response.ReadAsync<JsonElement>(HttpStatusCode.Created);
    }

    /// <summary>The hourly weather of a PRSA station as a weather-bureau file (hours with a missing value left out).</summary>
    public static string WeatherCsv(string station, DateOnly from, DateOnly to)
    {
        var text = new StringBuilder("time,temperature,dewPoint,pressure,windSpeed,windDirection,precipitation\n");
        foreach (var line in File.ReadLines(AirCli.Prsa(station)).Skip(1))
        {
            var f = line.Split(',').Select(c => c.Trim('"')).ToArray();
            var day = new DateOnly(int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture));
            if (day < from || day > to || f[11..17].Contains("NA"))
            {
                continue;
            }

            var direction = f[15] == "CV" ? "C" : f[15];
            text.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd} {int.Parse(f[4], CultureInfo.InvariantCulture):D2}:00,{f[11]},{f[13]},{f[12]},{f[16]},{direction},{f[14]}\n");
        }

        return text.ToString();
    }
}
