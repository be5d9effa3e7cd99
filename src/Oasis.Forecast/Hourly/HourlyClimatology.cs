namespace Oasis.Forecast.Hourly;

/// <summary>
/// A station's same-hour climatology over its training hours: the mean PM2.5 per calendar month and hour of day. It
/// is a model feature and the "climatology" baseline of the hourly back-test. A month-hour without data falls back
/// to the month's mean, then to the mean of every training hour.
/// </summary>
public sealed class HourlyClimatology
{
    private readonly double[,] _mean = new double[12, 24];

    private HourlyClimatology()
    {
    }

    public double Mean(DateTime hour) => _mean[hour.Month - 1, hour.Hour];

    /// <summary>The climatology of the station's hours up to the end of <paramref name="until"/>.</summary>
    public static HourlyClimatology Of(HourlyHistory history, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(history);
        var sums = new double[12, 24];
        var counts = new int[12, 24];
        var last = Math.Min(history.Hours, history.IndexOf(until.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        for (var i = 0; i < last; i++)
        {
            var v = history.Pm25[i];
            if (v >= 0)
            {
                var at = history.HourAt(i);
                sums[at.Month - 1, at.Hour] += v;
                counts[at.Month - 1, at.Hour]++;
            }
        }

        var all = Ratio(Total(sums), Total(counts), 0);
        var c = new HourlyClimatology();
        for (var m = 0; m < 12; m++)
        {
            double monthSum = 0;
            var monthCount = 0;
            for (var h = 0; h < 24; h++)
            {
                monthSum += sums[m, h];
                monthCount += counts[m, h];
            }

            var month = Ratio(monthSum, monthCount, all);
            for (var h = 0; h < 24; h++)
            {
                c._mean[m, h] = Ratio(sums[m, h], counts[m, h], month);
            }
        }

        return c;
    }

    private static double Ratio(double sum, int count, double otherwise) => count > 0 ? sum / count : otherwise;

    private static double Total(double[,] a) => a.Cast<double>().Sum();

    private static int Total(int[,] a) => a.Cast<int>().Sum();
}
