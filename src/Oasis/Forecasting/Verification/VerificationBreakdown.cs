using Oasis.Forecast;
using Oasis.Forecasting.Consultation;
using Oasis.Standards.Air;

namespace Oasis.Forecasting.Verification;

/// <summary>A pooled score: days scored, AQI level exact, within one level, and (published forecasts) the observed AQI inside the range.</summary>
internal sealed record HitScoreDto(int Days, double? ExactPercent, double? WithinOnePercent, double? InRangePercent);

/// <summary>The published forecast's score at a lead, beside the model's on the same days.</summary>
internal sealed record PublishedLeadDto(int Lead, HitScoreDto Published, HitScoreDto ModelSameDays);

/// <summary>
/// A group of verified days (a season: <c>heating</c> 15 Oct – 15 Apr or <c>nonheating</c>, by target day; or an
/// observed level 1–6 with its category code): the model on all its days, persistence, the published forecast, and
/// the model on the published days (the fair comparison).
/// </summary>
internal sealed record GroupScoreDto(string Group, HitScoreDto Model, HitScoreDto Persistence, HitScoreDto Published, HitScoreDto ModelSameDays);

/// <summary>
/// Scores the published forecasts (decision 0408) and breaks all scores down by season and observed level. A
/// published day is right when the observed level lies within the levels of its AQI range (a range 85–115 is 良至轻度污染:
/// either level is a hit), within one level when it lies at most one level outside them.
/// </summary>
internal sealed class VerificationBreakdown
{
    private const int Model = 0, Persistence = 1, Published = 2, ModelSameDays = 3;

    private readonly Hits[,] _leads = new Hits[ForecastOptions.MaxLead + 1, 4];
    private readonly Dictionary<string, Hits[]> _groups = new(StringComparer.Ordinal);

    public void AddModel(DateOnly target, int observedAqi, int forecastAqi, int persistenceAqi)
    {
        var o = AirQualityCategory.For(observedAqi).Level;
        var m = AirQualityCategory.For(forecastAqi).Level;
        var p = AirQualityCategory.For(persistenceAqi).Level;
        foreach (var g in Groups(target, o))
        {
            g[Model].Add(o, m, m, null);
            g[Persistence].Add(o, p, p, null);
        }
    }

    public void AddPublished(int lead, DateOnly target, int observedAqi, PublishedDay day, int modelAqi)
    {
        var o = AirQualityCategory.For(observedAqi).Level;
        var (lo, hi) = (AirQualityCategory.For(day.AqiLow).Level, AirQualityCategory.For(day.AqiHigh).Level);
        var m = AirQualityCategory.For(modelAqi).Level;
        var inRange = observedAqi >= day.AqiLow && observedAqi <= day.AqiHigh;
        _leads[lead, Published].Add(o, lo, hi, inRange);
        _leads[lead, ModelSameDays].Add(o, m, m, null);
        foreach (var g in Groups(target, o))
        {
            g[Published].Add(o, lo, hi, inRange);
            g[ModelSameDays].Add(o, m, m, null);
        }
    }

    public IReadOnlyList<PublishedLeadDto> Leads() =>
        [.. Enumerable.Range(1, ForecastOptions.MaxLead).Select(l => new PublishedLeadDto(l, _leads[l, Published].Dto(), _leads[l, ModelSameDays].Dto()))];

    public IReadOnlyList<GroupScoreDto> Seasons() => [.. new[] { "heating", "nonheating" }.Select(Row)];

    public IReadOnlyList<GroupScoreDto> Levels() => [.. AirQualityCategory.Categories.Select(c => Row(c.Code))];

    private GroupScoreDto Row(string key)
    {
        var g = _groups.TryGetValue(key, out var h) ? h : new Hits[4];
        return new GroupScoreDto(key, g[Model].Dto(), g[Persistence].Dto(), g[Published].Dto(), g[ModelSameDays].Dto());
    }

    private IEnumerable<Hits[]> Groups(DateOnly target, int observedLevel)
    {
        var season = HeatingSeason.Default.Contains(target) ? "heating" : "nonheating";
        var level = AirQualityCategory.Categories.First(c => c.Level == observedLevel).Code;
        foreach (var key in (string[])[season, level])
        {
            if (!_groups.TryGetValue(key, out var g))
            {
                _groups[key] = g = new Hits[4];
            }

            yield return g;
        }
    }

    private struct Hits
    {
        private int _days, _exact, _withinOne, _ranged, _inRange;

        public void Add(int observed, int low, int high, bool? inRange)
        {
            _days++;
            _exact += observed >= low && observed <= high ? 1 : 0;
            _withinOne += observed >= low - 1 && observed <= high + 1 ? 1 : 0;
            _ranged += inRange is null ? 0 : 1;
            _inRange += inRange == true ? 1 : 0;
        }

        public readonly HitScoreDto Dto() => new(_days, Percent(_exact, _days), Percent(_withinOne, _days), Percent(_inRange, _ranged));

        private static double? Percent(int n, int of) => of == 0 ? null : Math.Round(100.0 * n / of, 1);
    }
}
