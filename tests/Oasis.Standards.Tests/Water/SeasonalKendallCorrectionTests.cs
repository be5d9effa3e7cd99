using Oasis.Standards.Water;

namespace Oasis.Standards.Tests.Water;

/// <summary>
/// The Hirsch–Slack (1984) correction on series worked by hand: σ_gh = [K_gh + 4 Σ_j R_jg R_jh − n(n_g + 1)(n_h + 1)]/3
/// per pair of seasons, counted once for (g, h) and once for (h, g); the p-values were computed with the C library's erfc.
/// </summary>
public sealed class SeasonalKendallCorrectionTests
{
    private static IEnumerable<SeasonalValue> Season(int season, int firstYear, params double[] values) =>
        values.Select((v, i) => new SeasonalValue(firstYear + i, season, v));

    [Fact]
    public void Correlated_seasons_widen_the_variance_and_a_significant_rise_is_no_longer_significant()
    {
        // Season 1: 1 2 3 4 → S₁ = 6; season 2: 1 3 2 4 → S₂ = 5 − 1 = 4; S = 10; Var = 2 · 4·3·13/18 = 52/3.
        // K₁₂: the six pairs of years, sign products +1 except years 2 and 3 (season 2 falls 3 → 2): 5 − 1 = 4.
        // Ranks: season 1 = 1 2 3 4, season 2 = 1 3 2 4 → Σ R R = 1 + 6 + 6 + 16 = 29; n(n₁+1)(n₂+1) = 4·5·5 = 100.
        // σ₁₂ = (4 + 4·29 − 100)/3 = 20/3, twice (g,h and h,g) → 40/3; corrected Var = 92/3; Z = 9/√(92/3) = 1.6252.
        var trend = SeasonalKendallTrend.Test([.. Season(1, 2001, 1, 2, 3, 4), .. Season(2, 2001, 1, 3, 2, 4)]);
        Assert.Equal(10, trend.S);
        Assert.Equal(52.0 / 3, trend.Variance, 12);
        Assert.Equal(0.030638987937703293, trend.PValue, 12);
        Assert.Equal(TrendDirection.SignificantIncrease, trend.Direction);

        Assert.Equal(40.0 / 3, trend.Corrected.Covariance, 12);
        Assert.Equal(92.0 / 3, trend.Corrected.Variance, 12);
        Assert.Equal(1.625209016657884, trend.Corrected.Z, 12);
        Assert.Equal(0.10411802984788918, trend.Corrected.PValue, 12);
        Assert.Equal(TrendDirection.NoSignificantTrend, trend.Corrected.Direction);
    }

    [Fact]
    public void A_missing_value_takes_the_middle_rank_and_drops_out_of_k()
    {
        // Season 1: 1 2 3 4 (S 6, Var 26/3); season 2: 5 – 7 6 with 2002 missing (S = 2 − 1 = 1, Var 3·2·11/18 = 11/3).
        // K₁₂ over the pairs with both years present in both seasons: (01,03) +1, (01,04) +1, (03,04) −1 → 1.
        // Ranks of season 2: 1, (3+1)/2 = 2 for the missing year, 3, 2 → Σ R R = 1 + 4 + 9 + 8 = 22; n(n₁+1)(n₂+1) = 4·5·4 = 80.
        // σ₁₂ = (1 + 88 − 80)/3 = 3 → covariance 6; corrected Var = 37/3 + 6 = 55/3; Z = (7 − 1)/√(55/3) = 1.4013.
        SeasonalValue[] values = [.. Season(1, 2001, 1, 2, 3, 4), new(2001, 2, 5), new(2003, 2, 7), new(2004, 2, 6)];
        var trend = SeasonalKendallTrend.Test(values);
        Assert.Equal(7, trend.S);
        Assert.Equal(37.0 / 3, trend.Variance, 12);
        Assert.Equal(1.7084843923544981, trend.Z, 12);
        Assert.Equal(6, trend.Corrected.Covariance, 12);
        Assert.Equal(1.4012980994907414, trend.Corrected.Z, 12);
        Assert.Equal(0.1611249492890518, trend.Corrected.PValue, 12);
    }

    [Fact]
    public void Identical_seasons_have_a_covariance_equal_to_their_variance()
    {
        // Two copies of one season are one season counted twice: σ₁₂ = Var(S₁) = 26/3 (K = 6, Σ R² = 30: (6 + 120 − 100)/3),
        // so the corrected Var(S) = 4 · 26/3, the variance of 2·S₁.
        var trend = SeasonalKendallTrend.Test([.. Season(1, 2001, 1, 2, 4, 3), .. Season(2, 2001, 1, 2, 4, 3)]);
        Assert.Equal(2 * 26.0 / 3, trend.Corrected.Covariance, 12);
        Assert.Equal(4 * 26.0 / 3, trend.Corrected.Variance, 12);
    }

    [Fact]
    public void Independent_looking_seasons_may_lower_the_variance_and_ties_take_mid_ranks()
    {
        // Season 1: 1 1 2 3 (ranks 1.5 1.5 3 4, S 5, Var 23/3); season 2: 3 2 4 1 (ranks 3 2 4 1, Var 26/3), its pairs
        // (3,2)− (3,4)+ (3,1)− (2,4)+ (2,1)− (4,1)− → S₂ = −2; S = 3.
        // K₁₂: (1,2): 0·− = 0; (1,3): +·+ = 1; (1,4): +·− = −1; (2,3): +·+ = 1; (2,4): +·− = −1; (3,4): +·− = −1 → −1.
        // Σ R R = 4.5 + 3 + 12 + 4 = 23.5; σ₁₂ = (−1 + 94 − 100)/3 = −7/3 → covariance −14/3; corrected Var = 49/3 − 14/3 = 35/3.
        var trend = SeasonalKendallTrend.Test([.. Season(1, 2001, 1, 1, 2, 3), .. Season(2, 2001, 3, 2, 4, 1)]);
        Assert.Equal(3, trend.S);
        Assert.Equal(49.0 / 3, trend.Variance, 12);
        Assert.Equal(-14.0 / 3, trend.Corrected.Covariance, 12);
        Assert.Equal(35.0 / 3, trend.Corrected.Variance, 12);
    }

    [Fact]
    public void Too_few_years_or_all_ties_give_no_corrected_trend_either()
    {
        var brief = SeasonalKendallTrend.Test([.. Season(1, 2001, 1, 2, 3), .. Season(2, 2001, 1, 2, 3)]);
        Assert.Equal(TrendDirection.Insufficient, brief.Corrected.Direction);
        Assert.True(double.IsNaN(brief.Corrected.PValue));

        var flat = SeasonalKendallTrend.Test([.. Season(1, 2001, 2, 2, 2, 2), .. Season(2, 2001, 5, 5, 5, 5)]);
        Assert.Equal((0.0, 1.0, TrendDirection.NoSignificantTrend), (flat.Corrected.Variance, flat.Corrected.PValue, flat.Corrected.Direction));
    }
}
