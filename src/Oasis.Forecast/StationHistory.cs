using Oasis.Standards.Air;

namespace Oasis.Forecast;

/// <summary>
/// What the forecast knows of one station, day by day from <see cref="FirstDay"/>: the daily values and AQI by
/// the standards engine, the PM2.5 and PM10 of the evening hours (where an episode is heading when the forecast is
/// issued) and the daily weather. NaN = missing.
/// </summary>
public sealed class StationHistory
{
    private StationHistory(string name, DateOnly firstDay, int days)
    {
        Name = name;
        FirstDay = firstDay;
        Days = days;
        Daily = new double[ForecastTargets.Count][];
        for (var t = 0; t < ForecastTargets.Count; t++)
        {
            Daily[t] = new double[days];
        }

        Pm25Evening = new double[days];
        Pm25Night = new double[days];
        Pm10Evening = new double[days];
        Weather = new DailyWeather[days];
        Aqi = new int?[days];
    }

    public string Name { get; }

    /// <summary>The edition choice the observed AQI was rated by.</summary>
    public EditionChoice Edition { get; private init; }

    public DateOnly FirstDay { get; }

    public int Days { get; }

    public DateOnly LastDay => FirstDay.AddDays(Days - 1);

    /// <summary>Daily values per <see cref="ForecastTarget"/>, each indexed by day.</summary>
    internal double[][] Daily { get; }

    /// <summary>Mean PM2.5 of the hours starting 18:00–23:00.</summary>
    internal double[] Pm25Evening { get; }

    /// <summary>Mean PM2.5 of the hours starting 21:00–23:00.</summary>
    internal double[] Pm25Night { get; }

    internal double[] Pm10Evening { get; }

    internal DailyWeather[] Weather { get; }

    /// <summary>The observed daily AQI (standards engine), null when the day has none.</summary>
    internal int?[] Aqi { get; }

    public int IndexOf(DateOnly day) => day.DayNumber - FirstDay.DayNumber;

    public double Value(ForecastTarget target, DateOnly day) => At(Daily[(int)target], IndexOf(day));

    public int? ObservedAqi(DateOnly day)
    {
        var i = IndexOf(day);
        return i >= 0 && i < Days ? Aqi[i] : null;
    }

    /// <summary>The station's history from its hours (and hourly weather, when known), rated by the standards engine.</summary>
    public static StationHistory From(string name, HourlySeries hours, WeatherSeries? weather, EditionChoice choice)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var history = new StationHistory(name, hours.FirstDay, hours.Days) { Edition = choice };
        var days = DailyAirQuality.EvaluateSeries(hours, choice);
        for (var d = 0; d < hours.Days; d++)
        {
            for (var t = 0; t < ForecastTargets.Count; t++)
            {
                history.Daily[t][d] = ForecastTargets.Of(days[d].Concentrations, (ForecastTarget)t);
            }

            history.Aqi[d] = days[d].Aqi.Aqi;
            history.Pm25Evening[d] = Mean(hours.Day(Pollutant.Pm25, d)[18..]);
            history.Pm25Night[d] = Mean(hours.Day(Pollutant.Pm25, d)[21..]);
            history.Pm10Evening[d] = Mean(hours.Day(Pollutant.Pm10, d)[18..]);
            var w = weather is null ? -1 : hours.FirstDay.AddDays(d).DayNumber - weather.FirstDay.DayNumber;
            history.Weather[d] = weather is not null && w >= 0 && w < weather.Days ? DailyWeather.Of(weather, w) : DailyWeather.Unknown;
        }

        return history;
    }

    /// <summary>
    /// A copy in which every air-quality observation after <paramref name="lastObserved"/> is gone (the weather
    /// stays: with observed weather it stands in for the weather forecast of the target days).
    /// </summary>
    public StationHistory ObservedUntil(DateOnly lastObserved)
    {
        var copy = new StationHistory(Name, FirstDay, Days) { Edition = Edition };
        var keep = Math.Clamp(IndexOf(lastObserved) + 1, 0, Days);
        for (var t = 0; t < ForecastTargets.Count; t++)
        {
            Copy(Daily[t], copy.Daily[t], keep);
        }

        Copy(Pm25Evening, copy.Pm25Evening, keep);
        Copy(Pm25Night, copy.Pm25Night, keep);
        Copy(Pm10Evening, copy.Pm10Evening, keep);
        Array.Copy(Aqi, copy.Aqi, keep);
        Array.Copy(Weather, copy.Weather, Days);
        return copy;
    }

    internal static double At(double[] values, int i) => i >= 0 && i < values.Length ? values[i] : double.NaN;

    private static void Copy(double[] from, double[] to, int keep)
    {
        Array.Copy(from, to, keep);
        Array.Fill(to, double.NaN, keep, to.Length - keep);
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        var n = 0;
        foreach (var x in values)
        {
            if (x >= 0)
            {
                sum += x;
                n++;
            }
        }

        return n * 2 >= values.Length ? sum / n : double.NaN;
    }
}
