namespace Oasis.Standards.Air;

/// <summary>
/// Where a ratio target stands: the reported ratio so far and how many more days of the counted kind the rest of
/// the period allows. <see cref="Allowed"/> is null when the target cannot be met any more (or, for a "higher is
/// better" ratio, when it can only be met by more good days than remain).
/// </summary>
public readonly record struct RatioTrajectory(decimal? SoFar, int CountSoFar, int ValidSoFar, int RemainingDays, int? Allowed, decimal? FinalRatioAtLimit);

/// <summary>
/// Where a mean target stands: the reported mean so far and the bound the remaining days' mean must stay under.
/// <see cref="RemainingMeanLimit"/> is exact; the final mean meets the target when the remaining days' mean is
/// below it, or equal to it when <see cref="LimitInclusive"/>. Null when no day remains; negative when the target
/// can no longer be met.
/// </summary>
public readonly record struct MeanTrajectory(decimal? SoFar, int ValidSoFar, int RemainingDays, decimal? RemainingMeanLimit, bool LimitInclusive);

/// <summary>
/// The arithmetic of "how far may the rest of the year go" for the plan's air targets (decision 0503). A target is met
/// when the figure <b>as the engine reports it</b> meets it: ratios rounded to one decimal by GB/T 8170 through
/// <see cref="PeriodEvaluation.Ratio"/>, means rounded as <see cref="GbT8170"/> rounds the pollutant's annual mean.
/// Remaining calendar days are assumed valid (they enter the denominator).
/// </summary>
public static class TargetTrajectory
{
    /// <summary>
    /// A "at least" ratio (the good-day ratio 优良天数比率): the most non-good days the <paramref name="remainingDays"/>
    /// may still hold so that the final reported ratio is ≥ <paramref name="target"/> %.
    /// </summary>
    public static RatioTrajectory AtLeast(int countSoFar, int validSoFar, int remainingDays, decimal target)
    {
        Check(countSoFar, validSoFar, remainingDays);
        var total = validSoFar + remainingDays;
        // The smallest number of further good days that lifts the reported ratio to the target; linear and exact.
        for (var more = 0; more <= remainingDays; more++)
        {
            var ratio = PeriodEvaluation.Ratio(countSoFar + more, total);
            if (ratio >= target)
            {
                return new RatioTrajectory(PeriodEvaluation.Ratio(countSoFar, validSoFar), countSoFar, validSoFar, remainingDays, remainingDays - more, ratio);
            }
        }

        return new RatioTrajectory(PeriodEvaluation.Ratio(countSoFar, validSoFar), countSoFar, validSoFar, remainingDays, null, null);
    }

    /// <summary>
    /// A "at most" ratio (the heavily polluted day ratio 重污染天数比率): the most further counted days the
    /// <paramref name="remainingDays"/> may hold so that the final reported ratio is ≤ <paramref name="target"/> %.
    /// </summary>
    public static RatioTrajectory AtMost(int countSoFar, int validSoFar, int remainingDays, decimal target)
    {
        Check(countSoFar, validSoFar, remainingDays);
        var total = validSoFar + remainingDays;
        int? allowed = null;
        decimal? atLimit = null;
        for (var more = 0; more <= remainingDays; more++)
        {
            var ratio = PeriodEvaluation.Ratio(countSoFar + more, total);
            if (ratio is null || ratio > target)
            {
                break;
            }

            (allowed, atLimit) = (more, ratio);
        }

        return new RatioTrajectory(PeriodEvaluation.Ratio(countSoFar, validSoFar), countSoFar, validSoFar, remainingDays, allowed, atLimit);
    }

    /// <summary>
    /// A mean that must not exceed <paramref name="target"/> (the PM2.5 annual mean): from the sum of the valid
    /// unrounded daily values so far, the bound on the mean of the <paramref name="remainingDays"/> (all assumed
    /// valid) under which the final mean, rounded to <paramref name="decimals"/> places by GB/T 8170, is ≤ the target.
    /// </summary>
    public static MeanTrajectory AtMostMean(decimal sumSoFar, int validSoFar, int remainingDays, decimal target, int decimals = 0)
    {
        Check(0, validSoFar, remainingDays);
        var soFar = validSoFar == 0 ? (decimal?)null : GbT8170.Round(sumSoFar / validSoFar, decimals);
        if (remainingDays == 0)
        {
            return new MeanTrajectory(soFar, validSoFar, 0, null, false);
        }

        // The largest reportable value not above the target, in reporting steps; a final mean rounds to it or below
        // while it stays under the midpoint to the next step, and at the midpoint when that step is even (五成双).
        var scale = Pow10(decimals);
        var highest = Math.Floor(target * scale);
        var midpoint = (highest + 0.5m) / scale;
        var limit = ((midpoint * (validSoFar + remainingDays)) - sumSoFar) / remainingDays;
        return new MeanTrajectory(soFar, validSoFar, remainingDays, limit, highest % 2 == 0);
    }

    /// <summary>The number of days of a calendar year after <paramref name="lastEvaluated"/> (null: none evaluated yet).</summary>
    public static int RemainingDays(int year, DateOnly? lastEvaluated)
    {
        var end = new DateOnly(year, 12, 31);
        var first = lastEvaluated?.AddDays(1) ?? new DateOnly(year, 1, 1);
        return first > end ? 0 : end.DayNumber - first.DayNumber + 1;
    }

    private static decimal Pow10(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        var scale = 1m;
        for (var i = 0; i < decimals; i++)
        {
            scale *= 10;
        }

        return scale;
    }

    private static void Check(int countSoFar, int validSoFar, int remainingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(countSoFar);
        ArgumentOutOfRangeException.ThrowIfNegative(remainingDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(countSoFar, validSoFar);
    }
}
