using Oasis.Standards.Air;

namespace Oasis.Standards.Tests.Air;

/// <summary>Builders for test days: 24 hourly values per pollutant, NaN = missing.</summary>
internal static class TestDays
{
    public static double[] Hours(double value, int validHours = 24)
    {
        var hours = new double[24];
        for (var i = 0; i < 24; i++)
        {
            hours[i] = i < validHours ? value : double.NaN;
        }

        return hours;
    }

    public static DailyConcentrations Uniform(double pm25, double pm10, double so2, double no2, double co, double o3) =>
        DailyConcentrations.FromHours(Hours(pm25), Hours(pm10), Hours(so2), Hours(no2), Hours(co), Hours(o3));

    public static DailyConcentrations Daily(double pm25, double pm10, double so2, double no2, double co, double o3Max8h, double o3Max1h) =>
        new(pm25, pm10, so2, no2, co, o3Max8h, o3Max1h);
}
