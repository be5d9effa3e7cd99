namespace Oasis.CommandCentre.Alarms;

/// <summary>
/// Evaluates the alarm rules over the stations' recent data and yields the conditions true now. Pure: the host
/// loads the data, the <see cref="AlarmBook"/> turns successive results into alarms.
/// </summary>
internal sealed class AlarmEvaluator(TimeProvider time, AlarmEvaluatorOptions? options = null)
{
    private readonly AlarmEvaluatorOptions _options = options ?? new AlarmEvaluatorOptions();

    public IReadOnlyList<AlarmCondition> Evaluate(IReadOnlyList<AlarmRule> rules, IReadOnlyList<StationData> stations)
    {
        var context = new AlarmContext(time.GetUtcNow(), stations, _options);
        var conditions = new List<AlarmCondition>();
        foreach (var station in stations)
        {
            foreach (var rule in rules)
            {
                if (rule.AppliesTo(station.Station))
                {
                    conditions.AddRange(rule.Evaluate(station, context));
                }
            }
        }

        return conditions;
    }
}
