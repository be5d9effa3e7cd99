using Oasis.Standards.Air;

namespace Oasis.Air.Views;

/// <summary>
/// <c>GET /api/air/composition</c> (decision 0520): 首要污染物 distribution and each pollutant's share of the
/// comprehensive index over a period. <see cref="PrimaryDays"/> are the counts of <c>/api/air/period</c>;
/// <see cref="PrimaryShare"/> is each count over <see cref="DaysWithPrimary"/> (days with AQI above 50, which have a
/// primary pollutant) in % — a day with two primaries counts for both, so the shares may add up to more than 100.
/// <see cref="SingleIndex"/> (单项指数, rounded to two decimals) and <see cref="IndexShare"/> (% of their unrounded sum)
/// are null when the comprehensive index is.
/// </summary>
internal sealed record AirCompositionDto(
    string Station,
    DateOnly From,
    DateOnly To,
    int ValidDays,
    int DaysWithPrimary,
    IReadOnlyDictionary<string, int> PrimaryDays,
    IReadOnlyDictionary<string, decimal?> PrimaryShare,
    decimal? CompositeIndex,
    IReadOnlyDictionary<string, decimal>? SingleIndex,
    IReadOnlyDictionary<string, decimal>? IndexShare,
    string Edition,
    string IndexEdition,
    string Dust,
    string Status)
{
    public static AirCompositionDto Of(RatedDays rated, AirPeriodDto figures, EditionChoice choice)
    {
        var withPrimary = 0;
        foreach (var day in rated.Days)
        {
            withPrimary += day.Aqi.Aqi is not null && day.Aqi.PrimaryPollutants != PollutantSet.None ? 1 : 0;
        }

        var indexEdition = EditionSelector.For(figures.To, choice);
        var terms = SingleIndices.Compute(AirQualityLimits.For(indexEdition), figures.So2, figures.No2, figures.Pm10, figures.Pm25, figures.CoP95, figures.O3_8hP90);
        var sum = terms?.Sum() ?? 0m;
        var codes = PollutantSet.All.Members().Select(p => p.Code()).ToArray();
        return new AirCompositionDto(
            figures.Station, figures.From, figures.To, figures.ValidDays, withPrimary, figures.PrimaryDays,
            figures.PrimaryDays.ToDictionary(p => p.Key, p => PeriodEvaluation.Ratio(p.Value, withPrimary), StringComparer.Ordinal),
            figures.CompositeIndex,
            terms?.Select((t, i) => (codes[i], GbT8170.Round(t, 2))).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal),
            terms is null || sum == 0m ? null : terms.Select((t, i) => (codes[i], GbT8170.Round(t * 100m / sum, 1))).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal),
            figures.Edition, AirQuery.Code(indexEdition), figures.Dust, figures.Status);
    }
}

/// <summary>One station of <c>GET /api/air/comparison</c>: who it is and its figures exactly as <c>/api/air/period</c> gives them.</summary>
internal sealed record AirStationFiguresDto(string Code, string Name, string Kind, bool Official, AirPeriodDto Figures);
