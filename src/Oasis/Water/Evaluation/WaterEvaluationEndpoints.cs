using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Standards.Water;
using Oasis.Water.Registry;
using Oasis.Water.Samples;

namespace Oasis.Water.Evaluation;

/// <summary>
/// <c>/api/water/assessment</c>, <c>/indicators</c> and a section's <c>/monthly</c>, <c>/annual</c> and <c>/trend</c>
/// (docs/water-api.md). Section rows follow the caller's scope; river status and the plan indicators are the city's
/// figures and use every section, as the city's air figures do.
/// </summary>
internal static class WaterEvaluationEndpoints
{
    public static void MapEvaluation(this RouteGroupBuilder water)
    {
        water.MapGet("/assessment", AssessmentAsync);
        water.MapGet("/indicators", IndicatorsAsync);
        water.MapGet("/sections/{code}/monthly", MonthlyAsync);
        water.MapGet("/sections/{code}/annual", AnnualAsync);
        water.MapGet("/sections/{code}/trend", TrendAsync);
    }

    private static async Task<Ok<WaterAssessmentDto>> AssessmentAsync(int? year, int? month, HttpContext http, OasisDb db, DataScopeResolver scopes,
        CancellationToken ct)
    {
        var period = PeriodOf(year, month);
        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        return TypedResults.Ok(await AssessAsync(db, scope, period, ct).ConfigureAwait(false));
    }

    /// <summary>The assessment of a period as the caller sees it (the API and the water page).</summary>
    internal static async Task<WaterAssessmentDto> AssessAsync(OasisDb db, DataScope scope, WaterEvaluation.Period period, CancellationToken ct)
    {
        var data = await WaterData.LoadAsync(db, period.From, period.To, ct).ConfigureAwait(false);
        var sections = data.Sections.Where(s => scope.SeesGrid(s.GridCode))
            .Select(s => WaterEvaluation.Section(s.Code, s.Name, s.WaterBodyCode, s.TargetClass, data.SamplesOf(s.Code), period)).ToList();
        var rivers = data.Bodies.Select(b => River(b, data, period)).Where(r => r.Sections > 0).ToList();
        var sources = data.Sources.Where(s => scope.SeesGrid(s.GridCode))
            .Select(s => WaterEvaluation.Source(s.Code, s.Name, s.Kind, s.ThousandTonne, data.SamplesOf(s.Code), period)).ToList();
        return new WaterAssessmentDto(period.Label, sections, rivers, sources);
    }

    private static async Task<Ok<WaterIndicatorsDto>> IndicatorsAsync(int? year, OasisDb db, CancellationToken ct)
    {
        var period = PeriodOf(year, null);
        return TypedResults.Ok(await IndicatorsOfAsync(db, period, ct).ConfigureAwait(false));
    }

    /// <summary>The table 2-1 indicators of a year: the city's figures, from every assessment section and surface source.</summary>
    internal static async Task<WaterIndicatorsDto> IndicatorsOfAsync(OasisDb db, WaterEvaluation.Period period, CancellationToken ct)
    {
        var data = await WaterData.LoadAsync(db, period.From, period.To, ct).ConfigureAwait(false);
        var kinds = data.Bodies.ToDictionary(b => b.Code, b => b.Kind, StringComparer.Ordinal);
        var classes = data.Sections.Where(s => s.Assessment)
            .Select(s => (Lake: kinds.GetValueOrDefault(s.WaterBodyCode) is "lake" or "reservoir",
                Class: WaterEvaluation.Evaluate(data.SamplesOf(s.Code), period).Evaluation?.Class))
            .Where(x => x.Class is not null).ToList();
        var rivers = classes.Where(c => !c.Lake).Select(c => c.Class!.Value).ToList();
        var lakes = classes.Where(c => c.Lake).Select(c => c.Class!.Value).ToList();
        var sources = data.Sources.Where(s => s.Kind == "surface")
            .Select(s => WaterEvaluation.Source(s.Code, s.Name, s.Kind, s.ThousandTonne, data.SamplesOf(s.Code), period).Compliant)
            .Where(c => c is not null).ToList();
        var blackOdorous = await db.BlackOdorousWaters.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var rural = await db.RuralSewageRates().AsNoTracking().Where(r => r.Year <= period.From.Year).OrderByDescending(r => r.Year)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return new WaterIndicatorsDto(
            period.From.Year,
            rivers.Count, Share(rivers, c => c.IsIIIOrBetter()), Share(rivers, c => c == WaterClass.WorseThanV),
            lakes.Count, Share(lakes, c => c.IsIIIOrBetter()), Share(lakes, c => c == WaterClass.WorseThanV),
            sources.Count, Share(sources, c => c == true),
            blackOdorous.Count(b => b.IdentifiedYear == period.From.Year),
            blackOdorous.Count(b => b.Status is "identified" or "remediating"),
            null,
            rural is null ? null : new Indicators.RuralSewageRateDto(rural.Year, rural.Rate, rural.Source, rural.Note));
    }

    private static async Task<Ok<List<SectionEvaluationDto>>> MonthlyAsync(string code, string? from, string? to, HttpContext http, OasisDb db,
        DataScopeResolver scopes, CancellationToken ct)
    {
        var first = Month("from", from);
        var last = Month("to", to);
        if (last < first || ((last.Year * 12) + last.Month) - ((first.Year * 12) + first.Month) >= 120)
        {
            throw OasisProblemException.Validation("to", "Water.Validation.Period", 120);
        }

        var section = await SectionAsync(code, http, db, scopes, ct).ConfigureAwait(false);
        return TypedResults.Ok(await MonthsAsync(db, section, first, last, ct).ConfigureAwait(false));
    }

    /// <summary>One row per month from <paramref name="first"/> to <paramref name="last"/> (months without samples have no class).</summary>
    internal static async Task<List<SectionEvaluationDto>> MonthsAsync(OasisDb db, WaterSection section, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var samples = await SamplesAsync(db, section.Code, first, last.AddMonths(1).AddDays(-1), ct).ConfigureAwait(false);
        var rows = new List<SectionEvaluationDto>();
        for (var m = first; m <= last; m = m.AddMonths(1))
        {
            rows.Add(WaterEvaluation.Section(section.Code, section.Name, section.WaterBodyCode, section.TargetClass, samples, WaterEvaluation.Period.Month(m.Year, m.Month)));
        }

        return rows;
    }

    private static async Task<Ok<List<SectionEvaluationDto>>> AnnualAsync(string code, int? from, int? to, HttpContext http, OasisDb db,
        DataScopeResolver scopes, CancellationToken ct)
    {
        var (first, last) = Years(from, to);
        var section = await SectionAsync(code, http, db, scopes, ct).ConfigureAwait(false);
        var samples = await SamplesAsync(db, code, new DateOnly(first, 1, 1), new DateOnly(last, 12, 31), ct).ConfigureAwait(false);
        return TypedResults.Ok(Enumerable.Range(first, last - first + 1)
            .Select(y => WaterEvaluation.Section(section.Code, section.Name, section.WaterBodyCode, section.TargetClass, samples, WaterEvaluation.Period.Year(y)))
            .ToList());
    }

    /// <summary>
    /// Spearman's test over the annual means of one indicator (decision 0308), years without samples left out, and the
    /// Seasonal Kendall test over its monthly means beside it (decision 0317).
    /// </summary>
    private static async Task<Ok<TrendDto>> TrendAsync(string code, string? indicator, int? from, int? to, HttpContext http, OasisDb db,
        DataScopeResolver scopes, CancellationToken ct)
    {
        var item = WaterIndicators.FromCode(indicator ?? "")
            ?? throw OasisProblemException.Validation("indicator", "Validation.OneOf", indicator, string.Join(", ", WaterIndicators.All.Select(i => i.Code())));
        var (first, last) = Years(from, to);
        await SectionAsync(code, http, db, scopes, ct).ConfigureAwait(false);
        return TypedResults.Ok(await TrendOfAsync(db, code, item, first, last, ct).ConfigureAwait(false));
    }

    internal static async Task<TrendDto> TrendOfAsync(OasisDb db, string code, WaterIndicator item, int first, int last, CancellationToken ct)
    {
        var samples = await SamplesAsync(db, code, new DateOnly(first, 1, 1), new DateOnly(last, 12, 31), ct).ConfigureAwait(false);
        var dated = WaterEvaluation.Dated(samples);
        var years = Enumerable.Range(first, last - first + 1)
            .Select(y => (Year: y, Mean: WaterMeans.Annual(dated, y)?[item]))
            .Where(x => x.Mean is not null)
            .Select(x => new TrendYearDto(x.Year, Math.Round(x.Mean!.Value.Value, 4)))
            .ToList();
        var test = SpearmanTrend.Test([.. years.Select(y => (double)y.Mean)]);
        // Seasonal Kendall over the monthly means, the calendar month as the season (decision 0317), with the Hirsch–Slack correction (0318).
        var seasonal = SeasonalKendallTrend.Test(WaterMeans.Monthly(dated).Where(m => m.Mean[item] is not null)
            .Select(m => new SeasonalValue(m.Year, m.Month, (double)m.Mean[item]!.Value.Value)));
        return new TrendDto(code, item.Code(), years, test.N, double.IsNaN(test.Rho) ? null : test.Rho,
            double.IsNaN(test.PValue) ? null : test.PValue, test.Direction.Code(), SeasonalKendallDto.Of(seasonal));
    }

    private static RiverStatusDto River(WaterBody body, WaterData data, WaterEvaluation.Period period)
    {
        var means = data.Sections.Where(s => s.WaterBodyCode == body.Code)
            .Select(s => WaterEvaluation.Evaluate(data.SamplesOf(s.Code), period).Mean)
            .OfType<WaterSample>().ToList();
        var river = RiverAssessment.Evaluate(means);
        return new RiverStatusDto(body.Code, body.Name, body.Kind, period.Label, river.Sections, river.Status?.Code(),
            river.IIIOrBetterShare, river.WorseThanVShare, river.MeanEvaluation?.Class?.Ascii());
    }

    internal static async Task<WaterSection> SectionAsync(string code, HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var section = await db.WaterSections.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.WaterSection", code);
        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        return scope.SeesGrid(section.GridCode) ? section : throw OasisProblemException.OutOfScope();
    }

    private static Task<List<ManualSample>> SamplesAsync(OasisDb db, string code, DateOnly from, DateOnly to, CancellationToken ct) =>
        db.ManualSamples.AsNoTracking().Where(s => s.SiteCode == code && s.Date >= from && s.Date <= to).OrderBy(s => s.Date).ToListAsync(ct);

    private static decimal? Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? null : Math.Round((decimal)items.Count(predicate) / items.Count, 4);

    private static WaterEvaluation.Period PeriodOf(int? year, int? month)
    {
        if (year is not (>= 2000 and <= 2100))
        {
            throw OasisProblemException.Validation("year", "Validation.Range", 2000, 2100);
        }

        return month switch
        {
            null => WaterEvaluation.Period.Year(year.Value),
            >= 1 and <= 12 => WaterEvaluation.Period.Month(year.Value, month.Value),
            _ => throw OasisProblemException.Validation("month", "Validation.Range", 1, 12),
        };
    }

    private static (int From, int To) Years(int? from, int? to)
    {
        if (from is not (>= 2000 and <= 2100) || to is not (>= 2000 and <= 2100) || to < from)
        {
            throw OasisProblemException.Validation("to", "Water.Validation.Years");
        }

        return (from.Value, to.Value);
    }

    internal static DateOnly Month(string field, string? text) =>
        DateOnly.TryParseExact((text ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw OasisProblemException.Validation(field, "Water.Validation.Month", text ?? "");
}
