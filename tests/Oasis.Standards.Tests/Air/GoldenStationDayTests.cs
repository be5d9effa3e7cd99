using System.Globalization;
using Oasis.Cli.Air;
using Oasis.Standards.Air;

namespace Oasis.Standards.Tests.Air;

/// <summary>The hand-checked station-days of Golden/station-days.txt, with the arithmetic written out there.</summary>
public sealed class GoldenStationDayTests
{
    private static readonly string[] Keys = ["PM2.5", "PM10", "SO2", "NO2", "CO", "O3_8h", "AQI", "category", "primary"];

    public static TheoryData<string> Cases() => [.. GoldenCase.Load().Select(c => c.Id)];

    [Fact]
    public void Golden_file_holds_at_least_30_station_days_covering_both_editions()
    {
        var cases = GoldenCase.Load();
        Assert.True(cases.Count >= 30);
        Assert.Contains(cases, c => c.Edition == AirStandardEdition.Hj633_2012);
        Assert.Contains(cases, c => c.Edition == AirStandardEdition.Hj633_2026);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_station_day_matches_its_hand_arithmetic(string id)
    {
        var c = GoldenCase.Load().Single(g => g.Id == id);
        var h = c.Hours;
        var day = DailyConcentrations.FromHours(h[0], h[1], h[2], h[3], h[4], h[5]);
        var aqi = AirQualityIndex.Daily(c.Edition, day);
        var actual = new Dictionary<string, string>
        {
            ["PM2.5"] = AirFormat.Concentration(Pollutant.Pm25, day.Pm25),
            ["PM10"] = AirFormat.Concentration(Pollutant.Pm10, day.Pm10),
            ["SO2"] = AirFormat.Concentration(Pollutant.So2, day.So2),
            ["NO2"] = AirFormat.Concentration(Pollutant.No2, day.No2),
            ["CO"] = AirFormat.Concentration(Pollutant.Co, day.Co),
            ["O3_8h"] = AirFormat.Concentration(Pollutant.O3, day.O3Max8h),
            ["AQI"] = aqi.Aqi?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ["category"] = aqi.Category?.NameZh ?? string.Empty,
            ["primary"] = aqi.PrimaryPollutants.JoinCodes(";"),
        };
        foreach (var key in Keys)
        {
            Assert.True(c.Expected.ContainsKey(key), $"case {id} lacks {key}");
            Assert.Equal($"{key}={c.Expected[key]}", $"{key}={actual[key]}");
        }

        if (c.RealTimeAqi is not null)
        {
            Assert.Equal(c.RealTimeAqi, AirQualityIndex.RealTime(c.Edition, HourStarting23(h)).Aqi?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        }
    }

    private static RealTimeConcentrations HourStarting23(double[][] h) =>
        new(h[0][23], h[1][23], h[2][23], h[3][23], h[4][23], h[5][23])
        {
            Pm25MovingDay = h[0].Where(v => v >= 0).Average(),
            Pm10MovingDay = h[1].Where(v => v >= 0).Average(),
            So2MovingDay = h[2].Where(v => v >= 0).Average(),
            O3MovingEightHour = h[5][16..].Where(v => v >= 0).Average(),
        };
}
