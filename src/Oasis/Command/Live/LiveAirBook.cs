using Oasis.Monitoring.Ingest;
using Oasis.Monitoring.Stations;
using Oasis.Standards.Air;

namespace Oasis.CommandCentre.Live;

/// <summary>
/// The live air state's arithmetic, without I/O (decision 0604): packets and stored hours in, rated snapshots out.
/// Stations are rated by the engine's real-time AQI in the edition in force at the moment rated; the city by decision
/// 0502 (per pollutant the mean of the evaluation stations, valid when ≥ 75 % of them have a value). Single-threaded.
/// </summary>
internal sealed class LiveAirBook
{
    private const int H = 24;
    private readonly Dictionary<string, LiveStation> _stations = new(StringComparer.Ordinal);
    private Dictionary<string, string?> _devices = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> StationCodes => _stations.Keys;

    /// <summary>
    /// Replaces the directory: every registered MN → its air station's code, or null for a device of no air station.
    /// Known stations keep their data.
    /// </summary>
    public void SetDirectory(IReadOnlyDictionary<string, string?> devices, IEnumerable<LiveStationInfo> stations)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var info in stations)
        {
            keep.Add(info.Code);
            if (_stations.TryGetValue(info.Code, out var station))
            {
                station.Info = info;
            }
            else
            {
                _stations[info.Code] = new LiveStation(info);
            }
        }

        foreach (var gone in _stations.Keys.Where(c => !keep.Contains(c)).ToList())
        {
            _stations.Remove(gone);
        }

        _devices = devices.ToDictionary(d => d.Key, d => d.Value is { } code && keep.Contains(code) ? code : null, StringComparer.Ordinal);
    }

    /// <summary>Applies one committed packet (ignored when its device is not at an air station); false when the MN is unknown.</summary>
    public bool Apply(CommittedPacket packet)
    {
        if (!_devices.TryGetValue(packet.Mn, out var code))
        {
            return false;
        }

        if (code is not null && _stations.TryGetValue(code, out var station))
        {
            station.Apply(packet.Cn, packet.DataTimeUtc, packet.Readings);
        }

        return true;
    }

    /// <summary>Replaces a station's stored hours (the hourly layer of decision 0501).</summary>
    public void SetHours(string station, IEnumerable<(DateTime HourUtc, Pollutant Pollutant, double Value)> hours)
    {
        if (!_stations.TryGetValue(station, out var target))
        {
            return;
        }

        target.ClearHours();
        foreach (var (hourUtc, pollutant, value) in hours)
        {
            target.SetHour(pollutant, hourUtc, value);
        }
    }

    /// <summary>Rates every station and the city at <paramref name="nowUtc"/>.</summary>
    public LiveAirSnapshot Snapshot(DateTime nowUtc, long version)
    {
        var beijing = nowUtc.AddHours(8);
        var firstDay = DateOnly.FromDateTime(beijing).AddDays(-1);
        var current = H + beijing.Hour;
        var edition = EditionOf(firstDay, current);
        var views = new List<LiveStationView>(_stations.Count);
        var evaluation = new List<HourlySeries>();
        foreach (var station in _stations.Values.OrderBy(s => s.Info.Code, StringComparer.Ordinal))
        {
            var series = new HourlySeries(firstDay, 2);
            station.Fill(series, current, nowUtc);
            var concentrations = RealTimeConcentrations.At(series, current);
            var aqi = AirQualityIndex.RealTime(edition, concentrations, station.Info.Plan);
            var hourValues = new double[Pollutants.Count];
            for (var p = Pollutant.Pm25; p <= Pollutant.O3; p++)
            {
                hourValues[(int)p] = series.Of(p)[current];
            }

            views.Add(new LiveStationView(station.Info, aqi, hourValues, station.LastTimeUtc, new Dictionary<string, LiveValue>(
                station.Latest.Values.ToDictionary(v => v.Name, v => v, StringComparer.Ordinal), StringComparer.Ordinal)));
            if (station.Info.Evaluation && StationIsAirEvaluation(station.Info))
            {
                evaluation.Add(series);
            }
        }

        var hours = new List<CityHour>(H);
        if (evaluation.Count > 0)
        {
            var city = CityAggregation.CombineHours(evaluation, firstDay, 2);
            for (var i = current - H + 1; i <= current; i++)
            {
                var hourEdition = EditionOf(firstDay, i);
                var hourUtc = firstDay.ToDateTime(TimeOnly.MinValue).AddHours(i - 8);
                hours.Add(new CityHour(DateTime.SpecifyKind(hourUtc, DateTimeKind.Utc),
                    AirQualityIndex.RealTime(hourEdition, RealTimeConcentrations.At(city, i)), hourEdition, i == current));
            }
        }

        return new LiveAirSnapshot(version, nowUtc, true, edition, hours.Count > 0 ? hours[^1] : null, hours, views);
    }

    private static bool StationIsAirEvaluation(LiveStationInfo info) => Array.IndexOf(StationKinds.AirEvaluation, info.Kind) >= 0;

    /// <summary>Decision 0105: the edition of the Beijing day the hour starts in.</summary>
    private static AirStandardEdition EditionOf(DateOnly firstDay, int hour) => EditionSelector.For(firstDay.AddDays(hour / H));
}
