using Oasis.Monitoring.Stations;

namespace Oasis.CommandCentre.Alarms;

/// <summary>What the evaluator needs to know of a station: a plain value, so that rules never touch the entity.</summary>
internal sealed record AlarmStation(string Code, string Kind, double Latitude, double Longitude, string? GridCode)
{
    public static AlarmStation From(Station station) =>
        new(station.Code, station.Kind, station.Latitude, station.Longitude, station.GridCode);
}

/// <summary>One value of one pollutant: an hourly mean (Time = start of the hour) or a real-time value.</summary>
/// <param name="Flag">The HJ 212 data flag (N, F, D, C, M, T, …) when the device sent one.</param>
internal sealed record Reading(DateTimeOffset Time, double Value, string? Flag = null);

/// <summary>The recent data of one station: hourly values and the latest real-time value per pollutant code.</summary>
/// <param name="Hourly">Per pollutant, hourly values in any order; the evaluator sorts them.</param>
/// <param name="Latest">Per pollutant, the latest real-time (or minute) value with its flag.</param>
/// <param name="LastSeen">When anything last arrived from the station; null if never.</param>
internal sealed record StationData(
    AlarmStation Station,
    IReadOnlyDictionary<string, IReadOnlyList<Reading>> Hourly,
    IReadOnlyDictionary<string, Reading> Latest,
    DateTimeOffset? LastSeen)
{
    public IReadOnlyList<Reading> HoursOf(string pollutant) =>
        Hourly.TryGetValue(pollutant, out var hours) ? hours : [];
}

/// <summary>
/// A condition that is true now: the station, the rule and its level, the pollutant (null for station-wide rules)
/// and the values that triggered it, kept so that a work order can carry them.
/// </summary>
/// <param name="Reference">What the values were compared with: the limit, the earlier value, the neighbours' median.</param>
internal sealed record AlarmCondition(
    AlarmStation Station,
    AlarmRule Rule,
    string? Pollutant,
    IReadOnlyList<Reading> Values,
    double? Reference)
{
    /// <summary>For the data-missing rule: when the station was last heard from (null: never).</summary>
    public DateTimeOffset? LastSeen { get; init; }

    public AlarmLevel Level => Rule.Level;

    public AlarmKey Key => new(Station.Code, Rule.Code, Pollutant);
}

/// <summary>One alarm is open per station, rule and pollutant at a time.</summary>
internal readonly record struct AlarmKey(string StationCode, string RuleCode, string? Pollutant);
