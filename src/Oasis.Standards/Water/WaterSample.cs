namespace Oasis.Standards.Water;

/// <summary>
/// One sample (or a mean of samples) of a section: a value or nothing for each <see cref="WaterIndicator"/>,
/// and the kind of water body (which selects the TP limits). pH and DO cannot be "not detected".
/// </summary>
public sealed class WaterSample
{
    private readonly WaterValue?[] _values;

    /// <summary>A sample from one optional value per indicator, in <see cref="WaterIndicator"/> order.</summary>
    public WaterSample(WaterBodyKind body, ReadOnlySpan<WaterValue?> values)
    {
        if (values.Length != WaterIndicators.Count)
        {
            throw new ArgumentException($"A sample has {WaterIndicators.Count} values, one per indicator.", nameof(values));
        }

        foreach (var indicator in (ReadOnlySpan<WaterIndicator>)[WaterIndicator.Ph, WaterIndicator.DissolvedOxygen])
        {
            if (values[(int)indicator] is { BelowDetectionLimit: true })
            {
                throw new ArgumentException($"{indicator.Code()} cannot be below a detection limit (decision 0303).", nameof(values));
            }
        }

        Body = body;
        _values = values.ToArray();
    }

    public WaterBodyKind Body { get; }

    /// <summary>The value of an indicator, or null when it was not measured.</summary>
    public WaterValue? this[WaterIndicator indicator] => _values[(int)indicator];

    /// <summary>A sample with the given values; the others not measured.</summary>
    public static WaterSample Of(WaterBodyKind body, params ReadOnlySpan<(WaterIndicator Indicator, WaterValue Value)> values)
    {
        var all = new WaterValue?[WaterIndicators.Count];
        foreach (var (indicator, value) in values)
        {
            all[(int)indicator] = value;
        }

        return new WaterSample(body, all);
    }
}
