namespace Oasis.Forecast.Hourly;

/// <summary>
/// The feature vector of one hourly forecast issued at hour I (the last observed hour) for hour T = I + lead. PM2.5
/// is read only for hours ≤ I (<see cref="Pm"/> throws otherwise, and a test perturbs later hours). Weather is read
/// for hours ≤ I always (observed) and for I+1 … T only when the run has weather for the target hours (a weather
/// forecast; observed weather in the back-test); otherwise those features are NaN, which the trees treat as missing.
/// </summary>
internal static class HourlyFeatures
{
    public static readonly string[] Names =
    [
        "lead", "target_hour", "issue_hour", "doy_sin", "doy_cos", "clim_target", "clim_issue",
        "pm_0", "pm_1", "pm_2", "pm_3", "pm_6h", "pm_24h", "pm_max24h", "pm_same_hour", "pm_yesterday", "pm_trend3h",
        "issue_wspm", "issue_u", "issue_v", "issue_rh", "issue_temp", "issue_pres", "issue_wspm6h",
        "target_wspm", "target_u", "target_v", "target_rh", "target_temp", "target_dpres", "path_rain", "path_wspm", "path_v",
        "path_rh", "path_max_wspm", "path_calm",
    ];

    public static int Count => Names.Length;

    public static void Build(HourlyHistory h, HourlyClimatology climate, int issue, int lead, bool targetWeather, Span<float> f)
    {
        var target = issue + lead;
        var at = h.HourAt(target);
        var k = 0;
        f[k++] = lead;
        f[k++] = at.Hour;
        f[k++] = h.HourAt(issue).Hour;
        var angle = 2 * Math.PI * (at.DayOfYear - 1) / 365.25;
        f[k++] = (float)Math.Sin(angle);
        f[k++] = (float)Math.Cos(angle);
        f[k++] = (float)climate.Mean(at);
        f[k++] = (float)climate.Mean(h.HourAt(issue));
        for (var back = 0; back < 4; back++)
        {
            f[k++] = (float)Pm(h, issue - back, issue);
        }

        f[k++] = (float)MeanPm(h, issue - 5, issue, issue, out _);
        f[k++] = (float)MeanPm(h, issue - 23, issue, issue, out var max);
        f[k++] = (float)max;
        f[k++] = (float)Pm(h, target - (24 * ((lead + 23) / 24)), issue);
        f[k++] = (float)Pm(h, issue - 24, issue);
        f[k++] = (float)(Pm(h, issue, issue) - Pm(h, issue - 3, issue));
        var w = h.Weather;
        f[k++] = (float)At(w.WindSpeed, issue);
        var (u, v) = Wind(w, issue);
        f[k++] = (float)u;
        f[k++] = (float)v;
        f[k++] = (float)Humidity(w, issue);
        f[k++] = (float)At(w.Temperature, issue);
        f[k++] = (float)At(w.Pressure, issue);
        f[k++] = (float)Mean(w.WindSpeed, issue - 5, issue);
        k = TargetWeather(h, issue, target, targetWeather, f, k);
        if (k != f.Length)
        {
            throw new InvalidOperationException($"Built {k} hourly features, expected {f.Length}.");
        }
    }

    private static int TargetWeather(HourlyHistory h, int issue, int target, bool known, Span<float> f, int k)
    {
        if (!known)
        {
            f[k..].Fill(float.NaN);
            return f.Length;
        }

        var w = h.Weather;
        f[k++] = (float)At(w.WindSpeed, target);
        var (u, v) = Wind(w, target);
        f[k++] = (float)u;
        f[k++] = (float)v;
        f[k++] = (float)Humidity(w, target);
        f[k++] = (float)At(w.Temperature, target);
        f[k++] = (float)(At(w.Pressure, target) - At(w.Pressure, issue));
        double rain = 0, wind = 0, north = 0, rh = 0, maxWind = double.NaN, calm = 0;
        int nWind = 0, nRh = 0;
        for (var i = issue + 1; i <= target; i++)
        {
            rain += At(w.Rain, i) >= 0 ? w.Rain[i] : 0;
            if (At(w.WindSpeed, i) >= 0)
            {
                wind += w.WindSpeed[i];
                north += Wind(w, i).V is var vi && double.IsNaN(vi) ? 0 : vi;
                maxWind = !(w.WindSpeed[i] <= maxWind) ? w.WindSpeed[i] : maxWind;
                calm += w.WindSpeed[i] < 1.5 ? 1 : 0;
                nWind++;
            }

            if (Humidity(w, i) is var r && !double.IsNaN(r))
            {
                rh += r;
                nRh++;
            }
        }

        f[k++] = (float)rain;
        f[k++] = nWind > 0 ? (float)(wind / nWind) : float.NaN;
        f[k++] = nWind > 0 ? (float)(north / nWind) : float.NaN;
        f[k++] = nRh > 0 ? (float)(rh / nRh) : float.NaN;
        f[k++] = (float)maxWind;
        f[k++] = nWind > 0 ? (float)(calm / nWind) : float.NaN;
        return k;
    }

    /// <summary>PM2.5 of hour <paramref name="i"/>; reading past the issue hour is a bug, not a missing value.</summary>
    internal static double Pm(HourlyHistory h, int i, int issue) =>
        i <= issue ? h.Observed(i) : throw new InvalidOperationException("Look-ahead: a PM2.5 hour after the issue hour was read.");

    private static double MeanPm(HourlyHistory h, int from, int to, int issue, out double max)
    {
        double sum = 0;
        var n = 0;
        max = double.NaN;
        for (var i = from; i <= to; i++)
        {
            var v = Pm(h, i, issue);
            if (v >= 0)
            {
                sum += v;
                n++;
                max = !(v <= max) ? v : max;
            }
        }

        return n > 0 ? sum / n : double.NaN;
    }

    private static double At(double[] values, int i) => i >= 0 && i < values.Length ? values[i] : double.NaN;

    private static double Mean(double[] values, int from, int to)
    {
        double sum = 0;
        var n = 0;
        for (var i = from; i <= to; i++)
        {
            if (!double.IsNaN(At(values, i)))
            {
                sum += values[i];
                n++;
            }
        }

        return n > 0 ? sum / n : double.NaN;
    }

    // Components of the wind vector (towards the east, towards the north); calm or unknown direction → (0, 0) when a speed is known.
    private static (double U, double V) Wind(WeatherSeries w, int i)
    {
        var speed = At(w.WindSpeed, i);
        if (double.IsNaN(speed))
        {
            return (double.NaN, double.NaN);
        }

        var from = At(w.WindFrom, i);
        if (double.IsNaN(from))
        {
            return (0, 0);
        }

        var rad = from * Math.PI / 180;
        return (-speed * Math.Sin(rad), -speed * Math.Cos(rad));
    }

    private static double Humidity(WeatherSeries w, int i) => DailyWeather.RelativeHumidity(At(w.Temperature, i), At(w.DewPoint, i));
}
