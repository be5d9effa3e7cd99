using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Oasis.CommandCentre.Alarms.Host;
using Oasis.Hj212;
using Oasis.Tests.Ingest;

namespace Oasis.Tests.CommandCentre.Host;

/// <summary>A station with one PM2.5 device in a grid, fed over a real socket, and the alarm rules run on demand.</summary>
internal static class CommandKit
{
    private static int _qn;

    /// <summary>Registers station <paramref name="station"/> (micro, in <paramref name="grid"/>) with device <paramref name="mn"/>.</summary>
    public static async Task<DeviceIdentity> StationAsync(OasisFactory factory, string station, string mn, string grid = Records.OwnGrid,
        double latitude = 44.02, double longitude = 87.30)
    {
        var admin = await factory.UserAsync("demo.admin");
        (await admin.PostAsJsonAsync("/api/stations", new
        {
            code = station, name = "报警测试点 " + station, kind = "micro", latitude, longitude, gridCode = grid, evaluation = false,
            pollutants = new[] { "PM2.5" },
        }, TestApi.Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/devices", new
        {
            mn, password = "pw", systemCode = "22", protocol = "2017", realtimeIntervalSeconds = 30, minuteIntervalMinutes = 10, stationCode = station,
            factors = new[] { new { code = "a34004", unit = "µg/m³", min = 0, max = 2000 } },
        }, TestApi.Ct)).EnsureSuccessStatusCode();
        return new DeviceIdentity(mn, "pw", "22");
    }

    /// <summary>The start of the last complete hour, on the devices' Beijing wall clock.</summary>
    public static DateTime LastHourBeijing(int hoursBack = 1)
    {
        var now = DateTime.UtcNow.AddHours(8);
        return new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Unspecified).AddHours(-hoursBack);
    }

    /// <summary>Sends one 2061 hourly PM2.5 value and waits for its answer, which comes after the commit.</summary>
    public static async Task SendHourAsync(OasisFactory factory, DeviceIdentity device, DateTime hourBeijing, double pm25)
    {
        await using var client = await Hj212Client.ConnectAsync(factory);
        var qn = hourBeijing.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture)
            + (Interlocked.Increment(ref _qn) % 1000).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        var message = Hj212Commands.DataUpload(device, qn, 2061, hourBeijing, [FactorSample.Single("a34004", FieldKind.Avg, pm25)]);
        await client.SendAsync(message);
        await client.WaitForAnswerAsync(a => a.Contains("QN=" + qn, StringComparison.Ordinal), TimeSpan.FromSeconds(15));
    }

    public static Task<int> EvaluateAsync(OasisFactory factory) =>
        factory.Services.GetRequiredService<AlarmCentre>().EvaluateAsync(TestApi.Ct);
}
