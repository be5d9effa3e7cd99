namespace Oasis.Standards.Water;

/// <summary>
/// The evaluation of one indicator of a sample: its class and, when it is worse than class Ⅲ and the
/// indicator has one, the exceedance multiple (超标倍数) (C − C_Ⅲ) / C_Ⅲ rounded to two decimals.
/// </summary>
public sealed record IndicatorResult(WaterIndicator Indicator, WaterValue Value, WaterClass Class, decimal? ExceedanceMultiple)
{
    /// <summary>Worse than class Ⅲ (超Ⅲ类).</summary>
    public bool ExceedsClassIII => Class > WaterClass.III;

    /// <summary>Evaluates one value; a value below the detection limit meets class Ⅰ.</summary>
    public static IndicatorResult Evaluate(WaterIndicator indicator, WaterValue value, WaterBodyKind body)
    {
        var waterClass = value.BelowDetectionLimit ? WaterClass.I : Gb3838Table1.Classify(indicator, value.Value, body);
        decimal? multiple = null;
        if (waterClass > WaterClass.III && indicator.HasExceedanceMultiple())
        {
            multiple = MultipleOf(value.Value, Gb3838Table1.Limit(indicator, WaterClass.III, body));
        }

        return new IndicatorResult(indicator, value, waterClass, multiple);
    }

    /// <summary>
    /// (C − limit) / limit in exact decimal arithmetic, rounded half to even to two decimals (decision 0304). The
    /// result always carries two decimals (0.50, not 0.5), so that it prints as reports write it.
    /// </summary>
    public static decimal MultipleOf(decimal concentration, decimal limit) =>
        Math.Round((concentration - limit) / limit, 2, MidpointRounding.ToEven) + 0.00m;
}
