using Oasis.Monitoring.Readings;

namespace Oasis.CommandCentre.Alarms.Host;

/// <summary>One device's recent hours and latest real-time values, keyed by the rules' pollutant codes.</summary>
internal sealed class StationWindow
{
    private readonly SortedDictionary<DateTime, Dictionary<string, Reading>> _hours = [];
    private readonly Dictionary<string, Reading> _latest = new(StringComparer.Ordinal);

    public DateTimeOffset? LastSeen { get; private set; }

    public void Seen(DateTimeOffset at)
    {
        if (LastSeen is null || at > LastSeen)
        {
            LastSeen = at;
        }
    }

    public void ClearHour(DateTime hour) => _hours.Remove(hour);

    public void SetHour(HourlyValue value)
    {
        if (!_hours.TryGetValue(value.HourUtc, out var hour))
        {
            hour = new Dictionary<string, Reading>(StringComparer.Ordinal);
            _hours.Add(value.HourUtc, hour);
        }

        hour[AirFactors.ReportCode(value.Factor)] =
            new Reading(new DateTimeOffset(DateTime.SpecifyKind(value.HourUtc, DateTimeKind.Utc)), value.Value, value.Flag);
    }

    public void SetLatest(string factor, Reading reading)
    {
        var code = AirFactors.ReportCode(factor);
        if (!_latest.TryGetValue(code, out var old) || reading.Time >= old.Time)
        {
            _latest[code] = reading;
        }
    }

    public void Prune(DateTime oldest)
    {
        foreach (var hour in _hours.Keys.Where(h => h < oldest).ToList())
        {
            _hours.Remove(hour);
        }
    }

    /// <summary>Adds this device's values to a station's; a second device measuring the same pollutant adds hours it lacks.</summary>
    public void CopyTo(Dictionary<string, List<Reading>> hourly, Dictionary<string, Reading> latest)
    {
        foreach (var (_, values) in _hours)
        {
            foreach (var (code, reading) in values)
            {
                if (!hourly.TryGetValue(code, out var list))
                {
                    list = [];
                    hourly.Add(code, list);
                }

                if (!list.Exists(r => r.Time == reading.Time))
                {
                    list.Add(reading);
                }
            }
        }

        foreach (var (code, reading) in _latest)
        {
            if (!latest.TryGetValue(code, out var old) || reading.Time > old.Time)
            {
                latest[code] = reading;
            }
        }
    }
}
