namespace Oasis.Forecast;

/// <summary>
/// A station's hourly weather over whole calendar days, laid out like <see cref="Oasis.Standards.Air.HourlySeries"/>:
/// hour <c>d * 24 + h</c> starts at <c>h:00</c> of day <c>FirstDay + d</c>; NaN = missing. Wind is given as its
/// speed and the direction it blows from (degrees, 0 = north; NaN for calm or unknown).
/// </summary>
public sealed class WeatherSeries
{
    public const int HoursPerDay = 24;

    public WeatherSeries(DateOnly firstDay, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        FirstDay = firstDay;
        Days = days;
        var n = days * HoursPerDay;
        Temperature = Filled(n);
        Pressure = Filled(n);
        DewPoint = Filled(n);
        Rain = Filled(n);
        WindSpeed = Filled(n);
        WindFrom = Filled(n);
    }

    public DateOnly FirstDay { get; }

    public int Days { get; }

    /// <summary>Air temperature, °C.</summary>
    public double[] Temperature { get; }

    /// <summary>Station pressure, hPa.</summary>
    public double[] Pressure { get; }

    /// <summary>Dew point, °C.</summary>
    public double[] DewPoint { get; }

    /// <summary>Precipitation in the hour, mm.</summary>
    public double[] Rain { get; }

    /// <summary>Wind speed, m/s.</summary>
    public double[] WindSpeed { get; }

    /// <summary>Direction the wind blows from, degrees clockwise from north.</summary>
    public double[] WindFrom { get; }

    /// <summary>The index of an hour, or -1 outside the series.</summary>
    public int IndexOf(DateOnly day, int hour)
    {
        var d = day.DayNumber - FirstDay.DayNumber;
        return d < 0 || d >= Days ? -1 : (d * HoursPerDay) + hour;
    }

    /// <summary>Degrees of a 16-point compass name (N, NNE, …, NNW); NaN for calm (CV) or anything else.</summary>
    public static double CompassDegrees(ReadOnlySpan<char> name)
    {
        ReadOnlySpan<string> points = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"];
        for (var i = 0; i < points.Length; i++)
        {
            if (name.SequenceEqual(points[i]))
            {
                return i * 22.5;
            }
        }

        return double.NaN;
    }

    private static double[] Filled(int n)
    {
        var a = new double[n];
        Array.Fill(a, double.NaN);
        return a;
    }
}
