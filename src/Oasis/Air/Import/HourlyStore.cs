using Oasis.Standards.Air;

namespace Oasis.Air.Import;

/// <summary>The hourly rows read so far, by station and calendar day; remembers which days had any row.</summary>
internal sealed class HourlyStore
{
    private const int H = 24;

    /// <summary>The length of a row's values: the six pollutants (<see cref="Pollutant"/> order), then the wind.</summary>
    public const int Values = 8;

    /// <summary>Index of the direction the wind blows from (°) in a row's values; NaN = none.</summary>
    public const int WindFrom = 6;

    /// <summary>Index of the wind speed (m/s) in a row's values; NaN = none.</summary>
    public const int WindSpeed = 7;
    private readonly Dictionary<string, Dictionary<int, DayBlock>> _stations = new(StringComparer.Ordinal);

    public IEnumerable<string> Stations => _stations.Keys.Order(StringComparer.Ordinal);

    public int StationCount => _stations.Count;

    /// <summary>Whether a file read had wind columns (PRSA wd, WSPM): the writer then replaces the wind of the hours it writes (decision 0530).</summary>
    public bool CarriesWind { get; set; }

    /// <summary>Stores one hour (six pollutants, then optionally the wind); false when the station already has this hour (a duplicate).</summary>
    public bool Add(string station, DateOnly day, int hour, ReadOnlySpan<double> values)
    {
        if (!_stations.TryGetValue(station, out var days))
        {
            days = [];
            _stations.Add(station, days);
        }

        var key = day.DayNumber;
        if (!days.TryGetValue(key, out var block))
        {
            block = new DayBlock();
            days.Add(key, block);
        }

        var bit = 1 << hour;
        if ((block.Present & bit) != 0)
        {
            return false;
        }

        block.Present |= bit;
        for (var p = 0; p < Pollutants.Count; p++)
        {
            block.Values[(p * H) + hour] = values[p];
        }

        if (values.Length >= Values && !(double.IsNaN(values[WindFrom]) && double.IsNaN(values[WindSpeed])))
        {
            block.Wind ??= NaNs(2 * H);
            block.Wind[hour] = values[WindFrom];
            block.Wind[H + hour] = values[WindSpeed];
        }

        return true;
    }

    /// <summary>The calendar days that have any row for the station, ascending.</summary>
    public DateOnly[] DaysOf(string station) =>
        [.. _stations[station].Keys.Order().Select(DateOnly.FromDayNumber)];

    /// <summary>
    /// The station's stored days, unordered, without copying: <c>Present</c> has bit h for each hour h with a row,
    /// <c>Values[p * 24 + h]</c> is pollutant p at hour h (NaN = missing). For writers (<c>oasis import air</c>).
    /// </summary>
    public IEnumerable<(DateOnly Day, int Present, double[] Values)> BlocksOf(string station) =>
        _stations[station].Select(d => (DateOnly.FromDayNumber(d.Key), d.Value.Present, d.Value.Values));

    /// <summary>The station's days with their wind: <c>Wind[h]</c> direction, <c>Wind[24 + h]</c> speed; null when the day had none.</summary>
    public IEnumerable<(DateOnly Day, int Present, double[] Values, double[]? Wind)> WindBlocksOf(string station) =>
        _stations[station].Select(d => (DateOnly.FromDayNumber(d.Key), d.Value.Present, d.Value.Values, d.Value.Wind));

    /// <summary>The station's hours from its first to its last day, NaN where no value was given.</summary>
    public HourlySeries SeriesOf(string station)
    {
        var days = _stations[station];
        var first = days.Keys.Min();
        var last = days.Keys.Max();
        var series = new HourlySeries(DateOnly.FromDayNumber(first), last - first + 1);
        foreach (var (key, block) in days)
        {
            for (var p = 0; p < Pollutants.Count; p++)
            {
                block.Values.AsSpan(p * H, H).CopyTo(series.Day((Pollutant)p, key - first));
            }
        }

        return series;
    }

    private static double[] NaNs(int count)
    {
        var values = new double[count];
        Array.Fill(values, double.NaN);
        return values;
    }

    private sealed class DayBlock
    {
        public double[] Values { get; } = NaNs(Pollutants.Count * H);

        /// <summary>Only for days with wind, so a file of pollutants alone costs no more than before.</summary>
        public double[]? Wind { get; set; }

        public int Present { get; set; }
    }
}
