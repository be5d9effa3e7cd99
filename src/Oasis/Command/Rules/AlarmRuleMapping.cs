using Oasis.CommandCentre.Alarms;
using Oasis.Monitoring.Stations;
using Oasis.Platform.Errors;

namespace Oasis.CommandCentre.Rules;

/// <summary>Turns a stored rule into the evaluator's rule, refusing a row whose kind lacks a parameter it needs.</summary>
internal static class AlarmRuleMapping
{
    public static readonly string[] Kinds = ["threshold", "sustained", "sudden-rise", "neighbour-deviation", "data-missing", "device-flag"];

    public static AlarmRule ToRule(this AlarmRuleRecord r)
    {
        if (!AlarmLevels.TryParse(r.Level, out var level))
        {
            throw Invalid("level", r.Level);
        }

        if (r.StationKind is { } kind && !StationKinds.IsKnown(kind))
        {
            throw Invalid("stationKind", kind);
        }

        AlarmRule rule = r.Kind switch
        {
            "threshold" => new ThresholdRule(r.Code, level, Pollutant(r), Limit(r)),
            "sustained" => new SustainedExceedanceRule(r.Code, level, Pollutant(r), Limit(r), Positive(r.Hours, "hours")),
            "sudden-rise" => SuddenRise(r, level),
            "neighbour-deviation" => new NeighbourDeviationRule(r.Code, level, Pollutant(r),
                Positive(r.Factor, "factor"), Positive(r.RadiusKm, "radiusKm"), Positive<int>(r.MinNeighbours ?? 3, "minNeighbours")),
            "data-missing" => new DataMissingRule(r.Code, level, Positive(r.Minutes, "minutes")),
            "device-flag" => new DeviceFlagRule(r.Code, level, r.Pollutant, Flags(r.Flags)),
            _ => throw Invalid("kind", r.Kind),
        };
        return rule with { StationKind = r.StationKind, Enabled = r.Enabled };
    }

    /// <summary>Validates a rule before it is stored: the same checks the evaluator's mapping makes.</summary>
    public static void Validate(AlarmRuleRecord r)
    {
        if (string.IsNullOrWhiteSpace(r.Code))
        {
            throw OasisProblemException.Validation("code", "Validation.Required");
        }

        if (string.IsNullOrWhiteSpace(r.Name))
        {
            throw OasisProblemException.Validation("name", "Validation.Required");
        }

        _ = r.ToRule();
    }

    private static SuddenRiseRule SuddenRise(AlarmRuleRecord r, AlarmLevel level)
    {
        if (r.Absolute is null && r.Relative is null)
        {
            throw OasisProblemException.Validation("absolute", "Command.Rule.RiseNeedsAmount");
        }

        return new SuddenRiseRule(r.Code, level, Pollutant(r), Positive(r.Hours, "hours"),
            r.Absolute is { } a ? Positive<double>(a, "absolute") : null, r.Relative is { } rel ? Positive<double>(rel, "relative") : null);
    }

    private static string Pollutant(AlarmRuleRecord r) =>
        string.IsNullOrWhiteSpace(r.Pollutant) ? throw OasisProblemException.Validation("pollutant", "Validation.Required") : r.Pollutant;

    private static ExceedanceLimit Limit(AlarmRuleRecord r) => (r.Limit, r.AqiCategory) switch
    {
        ({ } limit, null) => new ConcentrationLimit(Positive<double>(limit, "limit")),
        (null, { } category) when category is >= 1 and <= 6 => new AqiCategoryLimit(category),
        (null, { } category) => throw Invalid("aqiCategory", category),
        _ => throw OasisProblemException.Validation("limit", "Command.Rule.OneLimit"),
    };

    private static IReadOnlySet<string> Flags(string? flags)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in flags ?? "FDCMT")
        {
            var flag = c.ToString();
            if (!DeviceFlagRule.DeviceFlags.Contains(flag))
            {
                throw Invalid("flags", flags);
            }

            set.Add(flag);
        }

        return set.Count > 0 ? set : throw Invalid("flags", flags);
    }

    private static T Positive<T>(T? value, string field)
        where T : struct, IComparable<T> =>
        value is { } v && v.CompareTo(default) > 0 ? v : throw OasisProblemException.Validation(field, "Command.Rule.Positive");

    private static OasisProblemException Invalid(string field, object? value) =>
        OasisProblemException.Validation(field, "Command.Rule.Invalid", value);
}
