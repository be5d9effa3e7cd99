namespace Oasis.Standards.Water;

/// <summary>One item that a drinking-water source sample failed: its measured value and the limit it missed.</summary>
public sealed record DrinkingWaterFailure(string Item, WaterValue Value, decimal Limit);

/// <summary>
/// The compliance (达标) of a centralized drinking-water source sample (GB 3838-2002 §5.3, issue #8): every
/// measured item meets its limit — the 21 class indicators of Table 1 at class Ⅲ, and each measured Table 2
/// and Table 3 item at its single limit. A value below the detection limit meets its limit (decision 0306).
/// </summary>
public sealed record DrinkingWaterAssessment(bool Compliant, int ItemsEvaluated, IReadOnlyList<DrinkingWaterFailure> Failures)
{
    /// <summary>
    /// Assesses a sample: <paramref name="table1"/> holds the Table 1 values, <paramref name="supplementary"/>
    /// the Table 2 and 3 values by their Chinese names (<see cref="Gb3838SourceTables"/>). An unknown name throws.
    /// Not compliant when nothing was evaluated.
    /// </summary>
    public static DrinkingWaterAssessment Evaluate(WaterSample table1, IReadOnlyDictionary<string, WaterValue>? supplementary = null)
    {
        ArgumentNullException.ThrowIfNull(table1);
        var failures = new List<DrinkingWaterFailure>();
        var evaluated = 0;
        foreach (var result in SampleEvaluation.Evaluate(table1).Indicators.Where(r => r.Indicator.DecidesClass()))
        {
            evaluated++;
            if (result.Class > WaterClass.III)
            {
                failures.Add(new DrinkingWaterFailure(result.Indicator.NameZh(), result.Value, LimitIII(result, table1.Body)));
            }
        }

        foreach (var (name, value) in supplementary ?? new Dictionary<string, WaterValue>())
        {
            var item = Gb3838SourceTables.Find(name)
                ?? throw new ArgumentException($"'{name}' is not an item of GB 3838-2002 Table 2 or Table 3.", nameof(supplementary));
            evaluated++;
            if (!value.BelowDetectionLimit && value.Value > item.Limit)
            {
                failures.Add(new DrinkingWaterFailure(name, value, item.Limit));
            }
        }

        return new DrinkingWaterAssessment(evaluated > 0 && failures.Count == 0, evaluated, failures);
    }

    // pH has a range, not a limit: the failure names the bound it is beyond.
    private static decimal LimitIII(IndicatorResult result, WaterBodyKind body) => result.Indicator != WaterIndicator.Ph
        ? Gb3838Table1.Limit(result.Indicator, WaterClass.III, body)
        : result.Value.Value > Gb3838Table1.PhMax ? Gb3838Table1.PhMax : Gb3838Table1.PhMin;
}
