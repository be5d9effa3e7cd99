using System.Text.Json;
using Oasis.Monitoring.Ingest;
using Oasis.Platform.Time;
using Oasis.Tests.Forecast;

namespace Oasis.Tests.Emergency;

/// <summary>Drives a warning through the real host and stores flue-gas hours for the emergency tests.</summary>
internal static class EmergencyKit
{
    /// <summary>昌吉星绿热电 (grade B on the demo list: yellow 限产 20 %, orange 30 %, red 50 %), outlet DA001's ST 31 device.</summary>
    public const string Plant = "91652301MA7GATHL86";
    public const string PlantDevice = "6DE96FD389571518F8E28FAA";

    /// <summary>Stores a forecast calling for the level and takes the resulting change through proposal, approval and issue.</summary>
    public static async Task<JsonElement> ChangeAsync(OasisFactory factory, int[] aqi, DateOnly issueDate)
    {
        await WarningKit.ForecastAsync(factory, issueDate, aqi);
        var monitor = await factory.UserAsync("demo.monitor");
        var leader = await factory.UserAsync("demo.leader");
        var w = await WarningKit.PostAsync(monitor, "/api/forecast/warnings/propose", new { region = "changji" });
        var id = w.GetProperty("id").GetInt32();
        await WarningKit.PostAsync(leader, $"/api/forecast/warnings/{id}/approve", new { party = "changji" });
        return await WarningKit.PostAsync(leader, $"/api/forecast/warnings/{id}/issue");
    }

    public static DateOnly BeijingToday() => BeijingTime.Today(TimeProvider.System);

    /// <summary>Hourly (2061) values of one factor at the plant's device, as the ingest writer stores them.</summary>
    public static Task StoreHoursAsync(OasisFactory factory, DateTime firstHourUtc, int hours, Func<int, double> so2, Func<int, double> nox, Func<int, double> pm,
        double flow) => factory.WithDbAsync(async db =>
    {
        for (var k = 0; k < hours; k++)
        {
            var at = firstHourUtc.AddHours(k);
            foreach (var (factor, value) in new[] { ("a21026", so2(k)), ("a21002", nox(k)), ("a34013", pm(k)), ("a00000", flow) })
            {
                db.Readings.Add(new Reading { Mn = PlantDevice, Cn = "2061", DataTime = at, Factor = factor, Value = value, Flag = "N", ReceivedAt = at.AddMinutes(5) });
            }
        }

        await db.SaveChangesAsync(TestApi.Ct);
        return 0;
    });
}
