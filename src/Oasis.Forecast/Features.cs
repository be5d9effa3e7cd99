namespace Oasis.Forecast;

/// <summary>
/// The feature vector of one forecast of a station, issued at the end of day D for target day T = D + lead.
/// Air-quality values are read only for days ≤ D (<see cref="StationHistory"/> indices are checked against D
/// here, and a test proves it). Weather is read for days ≤ D always (it was observed), and for days D+1 … T only
/// when the run has weather for the target days (a weather forecast; observed weather in the back-test);
/// otherwise those features are NaN, which the trees treat as missing.
/// </summary>
internal static class Features
{
    private static readonly ForecastTarget[] Lagged =
        [ForecastTarget.Pm25, ForecastTarget.Pm10, ForecastTarget.So2, ForecastTarget.No2, ForecastTarget.Co, ForecastTarget.O3Max8h];

    public static readonly string[] Names = BuildNames();

    public static int Count => Names.Length;

    public static void Build(StationHistory history, Climatology climate, DateOnly issue, int lead, bool targetWeather, Span<float> f)
    {
        var target = issue.AddDays(lead);
        var d = history.IndexOf(issue);
        var k = 0;
        f[k++] = lead;
        var angle = 2 * Math.PI * (target.DayOfYear - 1) / 365.25;
        f[k++] = (float)Math.Sin(angle);
        f[k++] = (float)Math.Cos(angle);
        f[k++] = target.Month;
        f[k++] = (int)target.DayOfWeek;
        for (var t = 0; t < ForecastTargets.Count; t++)
        {
            f[k++] = (float)climate.LogMean((ForecastTarget)t, target.Month);
        }

        foreach (var t in Lagged)
        {
            var values = history.Daily[(int)t];
            f[k++] = Log(Observed(values, d, d));
            f[k++] = Log(Observed(values, d - 1, d));
            f[k++] = Log(Mean(values, d - 2, d, d));
            f[k++] = Log(Mean(values, d - 6, d, d));
        }

        f[k++] = Log(Observed(history.Pm25Evening, d, d));
        f[k++] = Log(Observed(history.Pm25Night, d, d));
        f[k++] = Log(Observed(history.Pm10Evening, d, d));
        k = Weather(f, k, WeatherAt(history, d, d, observedUntil: d));

        // The weather of the target day and of the day before; with weather for the target days these may lie after D.
        var until = targetWeather ? d + lead : d;
        var w = WeatherAt(history, d + lead, until, observedUntil: d);
        var before = WeatherAt(history, d + lead - 1, until, observedUntil: d);
        k = Weather(f, k, w);
        k = Weather(f, k, before);
        var twoBefore = WeatherAt(history, d + lead - 2, until, observedUntil: d);
        f[k++] = (float)twoBefore.WindSpeed;
        f[k++] = (float)twoBefore.Humidity;
        f[k++] = (float)(w.Pressure - before.Pressure);
        f[k++] = (float)(w.DewPoint - WeatherAt(history, d, d, d).DewPoint);
        double wind = 0, north = 0, rain = 0, humid = 0, calm = 0, minWind = double.PositiveInfinity;
        var n = 0;
        for (var i = d + 1; i <= d + lead && targetWeather; i++)
        {
            var day = WeatherAt(history, i, until, d);
            if (!double.IsNaN(day.WindSpeed))
            {
                wind += day.WindSpeed;
                north += day.WindV;
                rain += double.IsNaN(day.Rain) ? 0 : day.Rain;
                humid += day.Humidity;
                calm += day.WindSpeed < 1.5 ? 1 : 0;
                minWind = Math.Min(minWind, day.WindSpeed);
                n++;
            }
        }

        f[k++] = n > 0 ? (float)(wind / n) : float.NaN;
        f[k++] = n > 0 ? (float)(north / n) : float.NaN;
        f[k++] = n > 0 ? (float)rain : float.NaN;
        f[k++] = n > 0 ? (float)(humid / n) : float.NaN;
        f[k++] = n > 0 ? (float)calm : float.NaN;
        f[k++] = n > 0 ? (float)minWind : float.NaN;
        if (k != f.Length)
        {
            throw new InvalidOperationException($"Built {k} features, expected {f.Length}.");
        }
    }

    private static int Weather(Span<float> f, int k, in DailyWeather w)
    {
        f[k++] = (float)w.Temperature;
        f[k++] = (float)w.DewPoint;
        f[k++] = (float)w.Humidity;
        f[k++] = (float)w.Pressure;
        f[k++] = (float)w.WindSpeed;
        f[k++] = (float)w.WindU;
        f[k++] = (float)w.WindV;
        f[k++] = (float)w.Rain;
        f[k++] = (float)w.MaxWind;
        f[k++] = (float)w.NightWind;
        f[k++] = (float)w.TemperatureRange;
        f[k++] = (float)w.EveningWind;
        return k;
    }

    // Weather of day i when it is known at issue: observed (≤ D) or given for the target days (≤ until).
    private static DailyWeather WeatherAt(StationHistory history, int i, int until, int observedUntil) =>
        i >= 0 && i < history.Days && i <= Math.Max(until, observedUntil) ? history.Weather[i] : DailyWeather.Unknown;

    internal static double Observed(double[] values, int i, int issue) =>
        i <= issue ? StationHistory.At(values, i) : throw new InvalidOperationException("Look-ahead: an observation after the issue day was read.");

    private static double Mean(double[] values, int from, int to, int issue)
    {
        var sum = 0.0;
        var n = 0;
        for (var i = from; i <= to; i++)
        {
            var v = Observed(values, i, issue);
            if (v >= 0)
            {
                sum += v;
                n++;
            }
        }

        return n > 0 ? sum / n : double.NaN;
    }

    private static float Log(double v) => v >= 0 ? (float)Math.Log(1 + v) : float.NaN;

    private static string[] BuildNames()
    {
        var names = new List<string> { "lead", "doy_sin", "doy_cos", "month", "weekday" };
        names.AddRange(Enum.GetNames<ForecastTarget>().Select(t => $"clim_{t}"));
        foreach (var t in Lagged)
        {
            names.AddRange([$"{t}_d0", $"{t}_d1", $"{t}_3d", $"{t}_7d"]);
        }

        names.AddRange(["pm25_evening", "pm25_night", "pm10_evening"]);
        string[] weather = ["temp", "dewp", "rh", "pres", "wspm", "u", "v", "rain", "wmax", "wnight", "trange", "wevening"];
        names.AddRange(weather.Select(w => $"issue_{w}"));
        names.AddRange(weather.Select(w => $"target_{w}"));
        names.AddRange(weather.Select(w => $"prev_{w}"));
        names.AddRange(["prev2_wspm", "prev2_rh", "target_dpres", "target_ddewp", "path_wspm", "path_v", "path_rain", "path_rh", "path_calm_days", "path_min_wspm"]);
        return [.. names];
    }
}
