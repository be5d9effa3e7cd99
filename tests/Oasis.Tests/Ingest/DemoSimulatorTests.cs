using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oasis.Data;
using Oasis.Monitoring.Ingest;

namespace Oasis.Tests.Ingest;

/// <summary>In demo mode the demonstration devices report over real HJ 212 sockets, so the city is alive on first start.</summary>
public sealed class DemoSimulatorTests : IAsyncLifetime
{
    private readonly OasisFactory _host = new OasisFactory().WithSettings(("Oasis:Demo:Simulate", "true"));

    public ValueTask InitializeAsync() => _host.InitializeAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Demo_air_stations_deliver_a_day_of_hourly_history_through_the_device_port()
    {
        var stats = _host.Services.GetRequiredService<IngestStats>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        int stations;
        do
        {
            await Task.Delay(500, TestApi.Ct);
            await using var scope = _host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
            stations = await db.Readings.Where(r => r.Cn == "2061" && r.Factor == "a34004").Select(r => r.Mn).Distinct().CountAsync(TestApi.Ct);
        }
        while (stations < 60 && DateTime.UtcNow < deadline);

        Assert.True(stations >= 60, $"{stations} stations reported hourly PM2.5");
        var snapshot = stats.Snapshot();
        Assert.Equal(0, snapshot.Devices.Unknown);
        Assert.Equal(0, snapshot.Rejected.Auth); // the simulator uses each device's registered password
        Assert.True(snapshot.Devices.Known >= 60);

        // Yesterday is complete: the city (its two national stations) has a valid daily AQI from the demo data.
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var leader = await _host.UserAsync("demo.leader");
        int? aqi = null;
        for (var attempt = 0; attempt < 60 && aqi is null; attempt++)
        {
            var days = await leader.GetFromJsonAsync<System.Text.Json.JsonElement[]>($"/api/air/daily?station=city&from={yesterday}&to={yesterday}", TestApi.Ct);
            var day = days!.SingleOrDefault();
            aqi = day.ValueKind == System.Text.Json.JsonValueKind.Object && day.GetProperty("aqi").ValueKind == System.Text.Json.JsonValueKind.Number
                ? day.GetProperty("aqi").GetInt32() : null;
            if (aqi is null)
            {
                await Task.Delay(500, TestApi.Ct);
            }
        }

        Assert.NotNull(aqi);

        // The simulated air stations send hourly wind (a01007/a01008): the city's rose is drawn from the stations' own wind.
        var rose = await leader.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/air/rose?station=city&from={yesterday}&to={yesterday}", TestApi.Ct);
        Assert.Equal((true, "station"), (rose.GetProperty("hasWind").GetBoolean(), rose.GetProperty("windSource").GetString()));
        Assert.True(rose.GetProperty("stations").GetInt32() >= 2, rose.ToString());
        Assert.True(rose.GetProperty("hours").GetInt32() > rose.GetProperty("calmHours").GetInt32(), rose.ToString());
    }
}
