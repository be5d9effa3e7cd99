using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Scopes;
using Oasis.Water.Evaluation;

namespace Oasis.Water.Pages;

/// <summary>A section's class on the map: the class of its latest month with samples, and that month.</summary>
internal sealed record MapWaterClass(string Section, string? Class, string Period)
{
    public string Fill => WaterUi.Colour(Class);
}

/// <summary>
/// The classes the SVG map colours the section points by (keyed by the section's station code, or its own code when it
/// has none): each section's latest sampled month, from the engine like every other class.
/// </summary>
internal static class WaterMapClasses
{
    public static async Task<Dictionary<string, MapWaterClass>> LoadAsync(OasisDb db, DataScope scope, CancellationToken ct)
    {
        var sections = (await db.WaterSections.AsNoTracking().ToListAsync(ct).ConfigureAwait(false)).Where(s => scope.SeesGrid(s.GridCode)).ToList();
        var codes = sections.Select(s => s.Code).ToList();
        var latest = await db.ManualSamples.AsNoTracking().Where(s => codes.Contains(s.SiteCode) && !s.QualityControl)
            .GroupBy(s => s.SiteCode).Select(g => new { Site = g.Key, Last = g.Max(s => s.Date) })
            .ToDictionaryAsync(x => x.Site, x => x.Last, ct).ConfigureAwait(false);
        var result = new Dictionary<string, MapWaterClass>(StringComparer.Ordinal);
        foreach (var section in sections.Where(s => latest.ContainsKey(s.Code)))
        {
            var last = latest[section.Code];
            var month = WaterEvaluation.Period.Month(last.Year, last.Month);
            var samples = await db.ManualSamples.AsNoTracking().Where(s => s.SiteCode == section.Code && s.Date >= month.From && s.Date <= month.To)
                .ToListAsync(ct).ConfigureAwait(false);
            var evaluation = WaterEvaluation.Section(section.Code, section.Name, section.WaterBodyCode, section.TargetClass, samples, month);
            result[section.StationCode ?? section.Code] = new MapWaterClass(section.Code, evaluation.Class, month.Label);
        }

        return result;
    }
}
