using Oasis.Monitoring.Ingest;
using Oasis.Monitoring.Readings;
using Oasis.Standards.Air;

namespace Oasis.CommandCentre.Live;

/// <summary>
/// One station's recent data, owned by the live worker's single thread: the latest value per factor, the valid
/// samples of the last hour (real-time 2011 and minute 2051, kept apart) and the hourly values of the last two days.
/// </summary>
internal sealed class LiveStation(LiveStationInfo info)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>A latest hour older than this does not stand in for the moving hour (as the alarm rules, decision 0601).</summary>
    public static readonly TimeSpan HourFallback = TimeSpan.FromHours(2);

    private readonly Dictionary<DateTime, double>[] _realTime = NewSeries();
    private readonly Dictionary<DateTime, double>[] _minute = NewSeries();
    private readonly Dictionary<DateTime, double>[] _hours = NewSeries();
    private readonly Dictionary<string, LiveValue> _latest = new(StringComparer.Ordinal);

    public LiveStationInfo Info { get; set; } = info;

    public DateTime? LastTimeUtc { get; private set; }

    public IReadOnlyDictionary<string, LiveValue> Latest => _latest;

    public void Apply(string cn, DateTime timeUtc, IReadOnlyList<ReadingRow> readings)
    {
        if (cn is not ("2011" or "2051" or "2061"))
        {
            return; // daily data say nothing about now
        }

        foreach (var row in readings)
        {
            if (row.Value is not { } value)
            {
                continue;
            }

            // A 2061 hour is labelled by its start; it is as recent as its end.
            var seen = cn == "2061" ? timeUtc.AddHours(1) : timeUtc;
            if (!_latest.TryGetValue(row.Factor, out var current) || current.TimeUtc <= seen)
            {
                _latest[row.Factor] = new LiveValue(row.Factor, AirFactors.NameOf(row.Factor), value, seen, row.Flag);
                LastTimeUtc = LastTimeUtc is { } last && last > seen ? last : seen;
            }

            if (!AirFactors.TryGet(row.Factor, out var pollutant) || !HourlyReadings.IsValidFlag(row.Flag) || !(value >= 0))
            {
                continue;
            }

            var target = cn switch { "2011" => _realTime, "2051" => _minute, _ => _hours };
            target[(int)pollutant][timeUtc] = value;
        }
    }

    /// <summary>Sets an hour from the stored hourly layer (NaN removes it: a reviewed import that left it empty).</summary>
    public void SetHour(Pollutant pollutant, DateTime hourUtc, double value)
    {
        if (double.IsNaN(value))
        {
            _hours[(int)pollutant].Remove(hourUtc);
        }
        else
        {
            _hours[(int)pollutant][hourUtc] = value;
        }
    }

    public void ClearHours()
    {
        foreach (var hours in _hours)
        {
            hours.Clear();
        }
    }

    /// <summary>
    /// The station's hours over <paramref name="series"/> (two Beijing days) with the hour in progress
    /// (<paramref name="current"/>) set to the moving 1-hour value at <paramref name="nowUtc"/>.
    /// </summary>
    public void Fill(HourlySeries series, int current, DateTime nowUtc)
    {
        Prune(nowUtc);
        for (var p = Pollutant.Pm25; p <= Pollutant.O3; p++)
        {
            var target = series.Of(p);
            foreach (var (hourUtc, value) in _hours[(int)p])
            {
                var i = series.IndexOf(hourUtc.AddHours(8));
                if (i >= 0 && i < current)
                {
                    target[i] = value;
                }
            }

            target[current] = MovingHour(p, nowUtc);
        }
    }

    private double MovingHour(Pollutant p, DateTime nowUtc)
    {
        var mean = Mean(_realTime[(int)p], nowUtc);
        if (double.IsNaN(mean))
        {
            mean = Mean(_minute[(int)p], nowUtc);
        }

        if (!double.IsNaN(mean))
        {
            return mean;
        }

        // A device that sends hourly data only: its latest complete hour, if recent, is its value now.
        var latest = _hours[(int)p].Where(h => h.Key >= nowUtc - HourFallback && h.Key.AddHours(1) <= nowUtc).OrderByDescending(h => h.Key).FirstOrDefault();
        return latest.Key == default ? double.NaN : latest.Value;
    }

    private static double Mean(Dictionary<DateTime, double> samples, DateTime nowUtc)
    {
        var (sum, n) = (0.0, 0);
        foreach (var (time, value) in samples)
        {
            if (time > nowUtc - Window && time <= nowUtc + TimeSpan.FromMinutes(5))
            {
                sum += value;
                n++;
            }
        }

        return n > 0 ? sum / n : double.NaN;
    }

    private void Prune(DateTime nowUtc)
    {
        foreach (var series in (Dictionary<DateTime, double>[])[.. _realTime, .. _minute])
        {
            Remove(series, nowUtc - Window);
        }

        foreach (var series in _hours)
        {
            Remove(series, nowUtc - TimeSpan.FromDays(3));
        }
    }

    private static void Remove(Dictionary<DateTime, double> series, DateTime before)
    {
        foreach (var time in series.Keys.Where(t => t <= before).ToList())
        {
            series.Remove(time);
        }
    }

    private static Dictionary<DateTime, double>[] NewSeries() =>
        [.. Enumerable.Range(0, Pollutants.Count).Select(_ => new Dictionary<DateTime, double>())];
}
