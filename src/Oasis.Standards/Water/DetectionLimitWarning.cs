namespace Oasis.Standards.Water;

/// <summary>
/// A value written below a detection limit (<c>0.004L</c>) whose limit is above the limit it would prove: the class Ⅰ
/// limit of a Table 1 item, or the single limit of a Table 2/3 item. Such a value still meets class Ⅰ (decision 0303),
/// but the laboratory's method cannot show it, so the data basis deserves a warning (decision 0316).
/// </summary>
public sealed record DetectionLimitWarning(string Item, decimal DetectionLimit, decimal Limit)
{
    /// <summary>The warning for a Table 1 value, or null (measured values, pH and DO never warn).</summary>
    public static DetectionLimitWarning? Check(WaterIndicator indicator, WaterValue value, WaterBodyKind body)
    {
        if (!value.BelowDetectionLimit || indicator is WaterIndicator.Ph or WaterIndicator.DissolvedOxygen)
        {
            return null;
        }

        var limit = Gb3838Table1.Limit(indicator, WaterClass.I, body);
        return value.Value > limit ? new DetectionLimitWarning(indicator.Code(), value.Value, limit) : null;
    }

    /// <summary>The warning for a Table 2/3 value by its Chinese name, or null; an unknown name throws.</summary>
    public static DetectionLimitWarning? Check(string item, WaterValue value)
    {
        var known = Gb3838SourceTables.Find(item) ?? throw new ArgumentException($"'{item}' is not an item of GB 3838-2002 Table 2 or Table 3.", nameof(item));
        return value.BelowDetectionLimit && value.Value > known.Limit ? new DetectionLimitWarning(item, value.Value, known.Limit) : null;
    }
}
