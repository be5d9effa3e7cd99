using Oasis.Standards.Air;

namespace Oasis.Air.Aggregates;

/// <summary>Turns a day of the hourly layer into its <see cref="AirDay"/> row with the engine's daily values.</summary>
internal static class AirDays
{
    public static AirDay Of(string station, string status, StationHours hours, int d, DateTime computedAt)
    {
        var s = hours.Series;
        var c = DailyConcentrations.FromHours(
            s.Day(Pollutant.Pm25, d), s.Day(Pollutant.Pm10, d), s.Day(Pollutant.So2, d),
            s.Day(Pollutant.No2, d), s.Day(Pollutant.Co, d), s.Day(Pollutant.O3, d));
        var valid = new byte[6];
        var any = new bool[24];
        foreach (var pollutant in Enum.GetValues<Pollutant>())
        {
            var day = s.Day(pollutant, d);
            for (var h = 0; h < day.Length; h++)
            {
                if (HourlySeries.IsValidHour(day[h]))
                {
                    valid[(int)pollutant]++;
                    any[h] = true;
                }
            }
        }

        return new AirDay
        {
            StationCode = station,
            Day = s.FirstDay.AddDays(d),
            Status = status,
            Pm25 = Stored(c.Pm25),
            Pm10 = Stored(c.Pm10),
            So2 = Stored(c.So2),
            No2 = Stored(c.No2),
            Co = Stored(c.Co),
            O3Max8h = Stored(c.O3Max8h),
            O3Max1h = Stored(c.O3Max1h),
            ValidHours = valid,
            Hours = any.Count(a => a),
            ReviewedHours = hours.ReviewedHours[d],
            ComputedAt = computedAt,
        };
    }

    private static double? Stored(double value) => double.IsNaN(value) ? null : value;
}
