using Oasis.Standards.Water;

namespace Oasis.Standards.Tests.Water;

public sealed class MeansAndPollutantsTests
{
    private static DatedWaterSample On(string date, params string[] pairs) =>
        new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Samples.River(pairs));

    [Fact]
    public void Monthly_means_average_the_month_and_annual_means_average_the_monthly_means()
    {
        DatedWaterSample[] samples =
        [
            On("2024-01-05", "COD=10"), On("2024-01-20", "COD=20"), On("2024-01-28", "COD=30"),
            On("2024-02-10", "COD=40", "NH3N=0.2L"),
            On("2025-01-10", "COD=99"),
        ];
        var monthly = WaterMeans.Monthly(samples);
        Assert.Equal([(2024, 1), (2024, 2), (2025, 1)], monthly.Select(m => (m.Year, m.Month)));
        Assert.Equal(20m, monthly[0].Mean[WaterIndicator.ChemicalOxygenDemand]!.Value.Value);
        Assert.Null(monthly[0].Mean[WaterIndicator.AmmoniaNitrogen]);
        Assert.Equal(0.1m, monthly[1].Mean[WaterIndicator.AmmoniaNitrogen]!.Value.Value);

        var annual = WaterMeans.Annual(samples, 2024)!;
        Assert.Equal(30m, annual[WaterIndicator.ChemicalOxygenDemand]!.Value.Value); // (20 + 40) / 2, not (10+20+30+40) / 4
        Assert.Equal(WaterClass.IV, SampleEvaluation.Evaluate(annual).Class);
        Assert.Null(WaterMeans.Annual(samples, 2023));
        Assert.Equal(40m, WaterMeans.Period(samples, new DateOnly(2024, 2, 1), new DateOnly(2024, 12, 31))![WaterIndicator.ChemicalOxygenDemand]!.Value.Value);
    }

    [Fact]
    public void Rivers_and_lakes_are_not_averaged_together() =>
        Assert.Throws<ArgumentException>(() => WaterMeans.Mean([Samples.River("COD=1"), Samples.Lake("COD=1")]));

    [Fact]
    public void Main_pollution_indicators_are_the_three_highest_exceedance_rates()
    {
        var evaluations = new[]
        {
            Samples.River("COD=25", "NH3N=1.2", "TP=0.3", "BOD5=5", "CODMn=7"),
            Samples.River("COD=25", "NH3N=1.2", "TP=0.1", "BOD5=5", "CODMn=5"),
            Samples.River("COD=25", "NH3N=0.5", "TP=0.1", "BOD5=3", "CODMn=5"),
            Samples.River("COD=15", "NH3N=0.5", "TP=0.1", "BOD5=3", "CODMn=5"),
        }.Select(SampleEvaluation.Evaluate).ToList();
        // COD 3/4; NH3N and BOD5 2/4 (NH3N's multiple 0.20 < BOD5's 0.25); TP and CODMn 1/4.
        Assert.Equal(
            [WaterIndicator.ChemicalOxygenDemand, WaterIndicator.Bod5, WaterIndicator.AmmoniaNitrogen],
            MainPollutionIndicators.Find(evaluations));
        var cod = MainPollutionIndicators.Exceedances(evaluations).Single(e => e.Indicator == WaterIndicator.ChemicalOxygenDemand);
        Assert.Equal(0.75m, cod.Rate);
        Assert.Equal(0.25m, cod.MaxMultiple);
    }

    [Fact]
    public void Cyanide_and_metals_that_exceed_take_priority()
    {
        var evaluations = new[]
        {
            Samples.River("COD=25", "NH3N=1.2", "BOD5=5", "Pb=0.06"),
            Samples.River("COD=25", "NH3N=1.2", "BOD5=5", "Pb=0.01", "CN=0.3"),
        }.Select(SampleEvaluation.Evaluate).ToList();
        Assert.Equal(
            [WaterIndicator.Cyanide, WaterIndicator.Lead, WaterIndicator.ChemicalOxygenDemand],
            MainPollutionIndicators.Find(evaluations));
    }

    [Fact]
    public void Nothing_above_class_III_means_no_main_pollution_indicator() =>
        Assert.Empty(MainPollutionIndicators.Find([SampleEvaluation.Evaluate(Samples.River("COD=20", "TN=9"))]));
}
