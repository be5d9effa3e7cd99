namespace Oasis.CommandCentre.Alarms;

/// <summary>
/// An alarm rule (报警规则), configured by Admin or Operator. A rule applies to one station kind or to all
/// (<see cref="StationKind"/> null); per-pollutant rules derive from <see cref="PollutantRule"/>.
/// </summary>
internal abstract record AlarmRule(string Code, AlarmLevel Level)
{
    /// <summary>One of <c>StationKinds.All</c>, or null for every kind.</summary>
    public string? StationKind { get; init; }

    public bool Enabled { get; init; } = true;

    /// <summary>The kind code stored with the rule and shown in the API.</summary>
    public abstract string Kind { get; }

    public bool AppliesTo(AlarmStation station) =>
        Enabled && (StationKind is null || string.Equals(StationKind, station.Kind, StringComparison.Ordinal));

    /// <summary>The conditions of this rule that are true at one station now.</summary>
    public abstract IEnumerable<AlarmCondition> Evaluate(StationData station, AlarmContext context);
}

/// <summary>A rule on the hourly values of one pollutant (a code such as PM2.5, PM10, SO2, NO2, CO, O3, TSP).</summary>
internal abstract record PollutantRule(string Code, AlarmLevel Level, string Pollutant) : AlarmRule(Code, Level)
{
    public sealed override IEnumerable<AlarmCondition> Evaluate(StationData station, AlarmContext context)
    {
        var hours = context.FreshHours(station, Pollutant);
        if (hours.Count > 0 && Check(station, hours, context) is { } condition)
        {
            yield return condition;
        }
    }

    /// <param name="hours">The station's hourly values of the pollutant, oldest first, the last one fresh.</param>
    protected abstract AlarmCondition? Check(StationData station, IReadOnlyList<Reading> hours, AlarmContext context);

    protected AlarmCondition Fire(StationData station, IReadOnlyList<Reading> values, double? reference) =>
        new(station.Station, this, Pollutant, values, reference);
}

/// <summary>What the rules see besides the station itself: the clock, every station (for neighbours) and the options.</summary>
internal sealed class AlarmContext(DateTimeOffset now, IReadOnlyList<StationData> stations, AlarmEvaluatorOptions options)
{
    public DateTimeOffset Now { get; } = now;

    public IReadOnlyList<StationData> Stations { get; } = stations;

    /// <summary>
    /// The hourly values of a pollutant, oldest first, or none when the latest is stale: an hour that stopped
    /// arriving must not keep an alarm alive (the data-missing rule reports the silence instead).
    /// </summary>
    public IReadOnlyList<Reading> FreshHours(StationData station, string pollutant)
    {
        var hours = station.HoursOf(pollutant);
        if (hours.Count == 0)
        {
            return [];
        }

        var sorted = hours.OrderBy(h => h.Time).ToList();
        return Now - sorted[^1].Time <= options.HourlyFreshness ? sorted : [];
    }

    public bool IsFresh(Reading latest) => Now - latest.Time <= options.RealTimeFreshness;
}

internal sealed record AlarmEvaluatorOptions
{
    /// <summary>
    /// How old the start of the latest hour may be for hourly rules to use it: the hour 10:00 completes at 11:00
    /// and may arrive minutes later, so two hours keeps the latest complete hour and drops an abandoned one.
    /// </summary>
    public TimeSpan HourlyFreshness { get; init; } = TimeSpan.FromHours(2);

    /// <summary>How old a real-time value may be for its device flag to count as the device's state now.</summary>
    public TimeSpan RealTimeFreshness { get; init; } = TimeSpan.FromHours(1);
}
