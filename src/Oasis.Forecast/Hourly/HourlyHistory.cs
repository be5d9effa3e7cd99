using Oasis.Standards.Air;

namespace Oasis.Forecast.Hourly;

/// <summary>
/// What the hourly forecast knows of one station: its hourly PM2.5 and, when known, the hourly weather, both laid out
/// from <see cref="FirstDay"/> 00:00 (Beijing time) with hour <c>i</c> the hour starting at FirstDay + i hours.
/// NaN = missing. The weather is aligned to the same hours (NaN where the weather series does not reach).
/// </summary>
public sealed class HourlyHistory
{
    private HourlyHistory(string name, DateOnly firstDay, double[] pm25, WeatherSeries weather)
    {
        Name = name;
        FirstDay = firstDay;
        Pm25 = pm25;
        Weather = weather;
    }

    public string Name { get; }

    public DateOnly FirstDay { get; }

    public int Hours => Pm25.Length;

    internal double[] Pm25 { get; }

    internal WeatherSeries Weather { get; }

    /// <summary>The start of hour <paramref name="i"/> (Beijing time, unspecified kind).</summary>
    public DateTime HourAt(int i) => FirstDay.ToDateTime(TimeOnly.MinValue).AddHours(i);

    /// <summary>The index of the hour starting at <paramref name="hourStart"/> (may lie outside the series).</summary>
    public int IndexOf(DateTime hourStart) => (int)Math.Floor((hourStart - FirstDay.ToDateTime(TimeOnly.MinValue)).TotalHours);

    /// <summary>The observed PM2.5 of hour <paramref name="i"/>, NaN when missing or outside the series.</summary>
    public double Observed(int i) => i >= 0 && i < Pm25.Length ? Pm25[i] : double.NaN;

    /// <summary>The station's hourly PM2.5 (invalid hours missing) and the weather of the same hours when given.</summary>
    public static HourlyHistory From(string name, HourlySeries hours, WeatherSeries? weather)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var pm = hours.Of(Pollutant.Pm25).ToArray();
        for (var i = 0; i < pm.Length; i++)
        {
            pm[i] = HourlySeries.IsValidHour(pm[i]) ? pm[i] : double.NaN;
        }

        var aligned = new WeatherSeries(hours.FirstDay, hours.Days);
        if (weather is not null)
        {
            var offset = (hours.FirstDay.DayNumber - weather.FirstDay.DayNumber) * WeatherSeries.HoursPerDay;
            double[][] from = [weather.Temperature, weather.Pressure, weather.DewPoint, weather.Rain, weather.WindSpeed, weather.WindFrom];
            double[][] to = [aligned.Temperature, aligned.Pressure, aligned.DewPoint, aligned.Rain, aligned.WindSpeed, aligned.WindFrom];
            for (var i = 0; i < pm.Length; i++)
            {
                var j = i + offset;
                if (j >= 0 && j < weather.Temperature.Length)
                {
                    for (var c = 0; c < from.Length; c++)
                    {
                        to[c][i] = from[c][j];
                    }
                }
            }
        }

        return new HourlyHistory(name, hours.FirstDay, pm, aligned);
    }

    /// <summary>
    /// A copy without any PM2.5 after the hour starting at <paramref name="lastObserved"/> (the weather stays: with a
    /// weather forecast, or observed weather in a back-test, it stands in for the forecast of the target hours).
    /// </summary>
    public HourlyHistory ObservedUntil(DateTime lastObserved)
    {
        var keep = Math.Clamp(IndexOf(lastObserved) + 1, 0, Pm25.Length);
        var pm = (double[])Pm25.Clone();
        Array.Fill(pm, double.NaN, keep, pm.Length - keep);
        return new HourlyHistory(Name, FirstDay, pm, Weather);
    }
}
