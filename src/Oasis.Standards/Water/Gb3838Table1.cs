namespace Oasis.Standards.Water;

/// <summary>
/// GB 3838-2002 Table 1 (地表水环境质量标准基本项目标准限值), classes Ⅰ–Ⅴ, mg/L (faecal coliforms 个/L), as
/// read from the standard's own page (texts/GB3838-2002.pdf, printed page 2; FACTS.md §5.1). Limits are
/// maxima except dissolved oxygen (a minimum; class Ⅰ "饱和率90%（或7.5）" is taken as 7.5 mg/L) and pH
/// (6–9 for every class).
/// </summary>
public static class Gb3838Table1
{
    /// <summary>The pH range every class shares (inclusive).</summary>
    public const decimal PhMin = 6m;

    public const decimal PhMax = 9m;

    // One row per indicator in WaterIndicator order (pH has no row of limits); columns Ⅰ..Ⅴ.
    private static readonly decimal[][] Rows =
    [
        [],
        [7.5m, 6m, 5m, 3m, 2m],
        [2m, 4m, 6m, 10m, 15m],
        [15m, 15m, 20m, 30m, 40m],
        [3m, 3m, 4m, 6m, 10m],
        [0.15m, 0.5m, 1.0m, 1.5m, 2.0m],
        [0.02m, 0.1m, 0.2m, 0.3m, 0.4m],
        [0.01m, 1.0m, 1.0m, 1.0m, 1.0m],
        [0.05m, 1.0m, 1.0m, 2.0m, 2.0m],
        [1.0m, 1.0m, 1.0m, 1.5m, 1.5m],
        [0.01m, 0.01m, 0.01m, 0.02m, 0.02m],
        [0.05m, 0.05m, 0.05m, 0.1m, 0.1m],
        [0.00005m, 0.00005m, 0.0001m, 0.001m, 0.001m],
        [0.001m, 0.005m, 0.005m, 0.005m, 0.01m],
        [0.01m, 0.05m, 0.05m, 0.05m, 0.1m],
        [0.01m, 0.01m, 0.05m, 0.05m, 0.1m],
        [0.005m, 0.05m, 0.2m, 0.2m, 0.2m],
        [0.002m, 0.002m, 0.005m, 0.01m, 0.1m],
        [0.05m, 0.05m, 0.05m, 0.5m, 1.0m],
        [0.2m, 0.2m, 0.2m, 0.3m, 0.3m],
        [0.05m, 0.1m, 0.2m, 0.5m, 1.0m],
        [0.2m, 0.5m, 1.0m, 1.5m, 2.0m],
        [200m, 2000m, 10000m, 20000m, 40000m],
    ];

    // 总磷 (湖、库).
    private static readonly decimal[] LakeTotalPhosphorus = [0.01m, 0.025m, 0.05m, 0.1m, 0.2m];

    /// <summary>
    /// The limit of an indicator for a class Ⅰ–Ⅴ (a minimum for DO, a maximum otherwise). pH has none:
    /// use <see cref="PhMin"/> and <see cref="PhMax"/>.
    /// </summary>
    public static decimal Limit(WaterIndicator indicator, WaterClass waterClass, WaterBodyKind body = WaterBodyKind.River)
    {
        if (indicator == WaterIndicator.Ph)
        {
            throw new ArgumentException("pH has a range (6–9), not a limit per class.", nameof(indicator));
        }

        if (waterClass is < WaterClass.I or > WaterClass.V)
        {
            throw new ArgumentOutOfRangeException(nameof(waterClass), "Limits exist for classes Ⅰ–Ⅴ only.");
        }

        var column = (int)waterClass - 1;
        return indicator == WaterIndicator.TotalPhosphorus && body == WaterBodyKind.Lake
            ? LakeTotalPhosphorus[column]
            : Rows[(int)indicator][column];
    }

    /// <summary>
    /// The best class whose limit the value meets, limits inclusive (≤; ≥ for DO); pH within 6–9 is Ⅰ and
    /// outside it 劣Ⅴ. A negative value is rejected: it is not a concentration.
    /// </summary>
    public static WaterClass Classify(WaterIndicator indicator, decimal value, WaterBodyKind body = WaterBodyKind.River)
    {
        if (indicator == WaterIndicator.Ph)
        {
            return value is >= PhMin and <= PhMax ? WaterClass.I : WaterClass.WorseThanV;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(value);
        for (var c = WaterClass.I; c <= WaterClass.V; c++)
        {
            var limit = Limit(indicator, c, body);
            if (indicator == WaterIndicator.DissolvedOxygen ? value >= limit : value <= limit)
            {
                return c;
            }
        }

        return WaterClass.WorseThanV;
    }
}
