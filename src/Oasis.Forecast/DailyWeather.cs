namespace Oasis.Forecast;

/// <summary>
/// One day's weather as the model sees it: means of the hours (at least 12 valid), the rain total, the wind as
/// vector components (<see cref="WindU"/> towards the east, <see cref="WindV"/> towards the north: a north wind
/// has a negative V), the strongest hourly wind, the night-time (00–07) and evening (18–23) wind and the day's temperature range,
/// which stands in for the stability of the boundary layer. NaN = unknown.
/// </summary>
public readonly record struct DailyWeather(
    double Temperature,
    double DewPoint,
    double Humidity,
    double Pressure,
    double WindSpeed,
    double WindU,
    double WindV,
    double Rain,
    double MaxWind,
    double NightWind,
    double TemperatureRange,
    double EveningWind)
{
    private const int MinHours = 12;

    public static readonly DailyWeather Unknown = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>The day <paramref name="dayIndex"/> of a series.</summary>
    public static DailyWeather Of(WeatherSeries hours, int dayIndex)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var start = dayIndex * WeatherSeries.HoursPerDay;
        var temp = Mean(hours.Temperature.AsSpan(start, 24));
        var dew = Mean(hours.DewPoint.AsSpan(start, 24));
        double u = 0, v = 0, speed = 0, max = double.NaN, night = 0, rain = 0, evening = 0;
        int nWind = 0, nNight = 0, nRain = 0, nEvening = 0;
        double tMin = double.PositiveInfinity, tMax = double.NegativeInfinity;
        for (var h = 0; h < 24; h++)
        {
            var i = start + h;
            var ws = hours.WindSpeed[i];
            if (ws >= 0)
            {
                var from = hours.WindFrom[i];
                var rad = double.IsNaN(from) ? 0 : from * Math.PI / 180;
                var blowing = double.IsNaN(from) ? 0 : ws;
                u -= blowing * Math.Sin(rad);
                v -= blowing * Math.Cos(rad);
                speed += ws;
                max = !(ws <= max) ? ws : max;
                nWind++;
                if (h < 8)
                {
                    night += ws;
                    nNight++;
                }
                else if (h >= 18)
                {
                    evening += ws;
                    nEvening++;
                }
            }

            if (hours.Rain[i] >= 0)
            {
                rain += hours.Rain[i];
                nRain++;
            }

            var t = hours.Temperature[i];
            if (!double.IsNaN(t))
            {
                tMin = Math.Min(tMin, t);
                tMax = Math.Max(tMax, t);
            }
        }

        return new DailyWeather(
            temp,
            dew,
            RelativeHumidity(temp, dew),
            Mean(hours.Pressure.AsSpan(start, 24)),
            nWind >= MinHours ? speed / nWind : double.NaN,
            nWind >= MinHours ? u / nWind : double.NaN,
            nWind >= MinHours ? v / nWind : double.NaN,
            nRain >= MinHours ? rain * 24 / nRain : double.NaN,
            nWind >= MinHours ? max : double.NaN,
            nNight >= 4 ? night / nNight : double.NaN,
            double.IsNaN(temp) ? double.NaN : tMax - tMin,
            nEvening >= 3 ? evening / nEvening : double.NaN);
    }

    /// <summary>Relative humidity (%) from temperature and dew point by the Magnus formula.</summary>
    public static double RelativeHumidity(double temperature, double dewPoint) =>
        100 * Math.Exp((17.625 * dewPoint / (243.04 + dewPoint)) - (17.625 * temperature / (243.04 + temperature)));

    private static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        var n = 0;
        foreach (var x in values)
        {
            if (!double.IsNaN(x))
            {
                sum += x;
                n++;
            }
        }

        return n >= MinHours ? sum / n : double.NaN;
    }
}
