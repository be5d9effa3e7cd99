using Oasis.Standards.Air;

namespace Oasis.Forecast;

/// <summary>
/// A station's climate of air quality over its training days, per calendar month: the mean of the log of each
/// daily value (a model feature), the mean PM2.5 and the modal AQI level (the climatology baseline of the
/// back-test: "the station's modal level for the target's calendar month over the training days").
/// </summary>
public sealed class Climatology
{
    private readonly double[,] _logMean = new double[12, ForecastTargets.Count];
    private readonly double[] _pm25 = new double[12];
    private readonly int[] _modalLevel = new int[12];
    private readonly double[,] _modalLog = new double[12, ForecastTargets.Count];

    private Climatology()
    {
    }

    /// <summary>Mean of ln(1 + value) of the target over the month's training days.</summary>
    public double LogMean(ForecastTarget target, int month) => _logMean[month - 1, (int)target];

    public double MeanPm25(int month) => _pm25[month - 1];

    /// <summary>The most frequent AQI level (1–6) of the month; ties go to the cleaner level.</summary>
    public int ModalLevel(int month) => _modalLevel[month - 1];

    /// <summary>
    /// The median ln(1 + value) of the target over the month's days at the modal level: the "typical modal day"
    /// that long-lead forecasts without weather blend towards (the level most often right, not the mean).
    /// </summary>
    public double ModalLogValue(ForecastTarget target, int month) => _modalLog[month - 1, (int)target];

    /// <summary>The climatology of the station's days up to and including <paramref name="until"/>.</summary>
    public static Climatology Of(StationHistory history, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(history);
        var c = new Climatology();
        var sums = new double[13, ForecastTargets.Count];
        var counts = new int[13, ForecastTargets.Count];
        var levels = new int[13, 7];
        var last = Math.Min(history.IndexOf(until), history.Days - 1);
        for (var d = 0; d <= last; d++)
        {
            var m = history.FirstDay.AddDays(d).Month - 1;
            for (var t = 0; t < ForecastTargets.Count; t++)
            {
                var v = history.Daily[t][d];
                if (v >= 0)
                {
                    var x = Math.Log(1 + v);
                    sums[m, t] += x;
                    counts[m, t]++;
                    sums[12, t] += x;
                    counts[12, t]++;
                }
            }

            if (history.Aqi[d] is int aqi)
            {
                var level = AirQualityCategory.For(aqi).Level;
                levels[m, level]++;
                levels[12, level]++;
            }
        }

        for (var m = 0; m < 12; m++)
        {
            for (var t = 0; t < ForecastTargets.Count; t++)
            {
                c._logMean[m, t] = counts[m, t] > 0 ? sums[m, t] / counts[m, t]
                    : counts[12, t] > 0 ? sums[12, t] / counts[12, t] : double.NaN;
            }

            c._pm25[m] = counts[m, 0] > 0 ? MeanOf(history, m, last) : double.NaN;
            var row = levels[m, 1] + levels[m, 2] + levels[m, 3] + levels[m, 4] + levels[m, 5] + levels[m, 6] > 0 ? m : 12;
            var best = 1;
            for (var level = 2; level <= 6; level++)
            {
                if (levels[row, level] > levels[row, best])
                {
                    best = level;
                }
            }

            c._modalLevel[m] = best;
        }

        c.FillModalDays(history, last);
        return c;
    }

    private void FillModalDays(StationHistory history, int last)
    {
        var values = new List<double>();
        for (var m = 0; m < 12; m++)
        {
            for (var t = 0; t < ForecastTargets.Count; t++)
            {
                values.Clear();
                for (var d = 0; d <= last; d++)
                {
                    var v = history.Daily[t][d];
                    if (v >= 0 && history.Aqi[d] is int aqi && AirQualityCategory.For(aqi).Level == _modalLevel[m] && history.FirstDay.AddDays(d).Month - 1 == m)
                    {
                        values.Add(Math.Log(1 + v));
                    }
                }

                values.Sort();
                _modalLog[m, t] = values.Count > 0 ? values[values.Count / 2] : _logMean[m, t];
            }
        }
    }

    private static double MeanOf(StationHistory history, int month, int last)
    {
        var sum = 0.0;
        var n = 0;
        for (var d = 0; d <= last; d++)
        {
            var v = history.Daily[0][d];
            if (v >= 0 && history.FirstDay.AddDays(d).Month - 1 == month)
            {
                sum += v;
                n++;
            }
        }

        return sum / n;
    }
}
