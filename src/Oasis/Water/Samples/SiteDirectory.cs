using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Scopes;
using Oasis.Water.Registry;

namespace Oasis.Water.Samples;

/// <summary>The sites samples may name (sections, drinking-water sources, wells), looked up by code all at once.</summary>
internal static class SiteDirectory
{
    /// <summary>Every site by code; a code used in two registries resolves to the section, then the source (decision 0311).</summary>
    public static async Task<Dictionary<string, SiteRef>> LoadAsync(OasisDb db, CancellationToken ct)
    {
        var bodies = await db.WaterBodies.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.Kind, ct).ConfigureAwait(false);
        string? BodyOf(string? code) => code is not null && bodies.TryGetValue(code, out var kind) ? WaterBodyKinds.SampleBody(kind) : null;

        var sites = new Dictionary<string, SiteRef>(StringComparer.Ordinal);
        foreach (var w in await db.GroundwaterWells.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            sites[w.Code] = new SiteRef(ManualSample.Well, w.Code, w.Name, w.GridCode, null);
        }

        foreach (var s in await db.WaterSources.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            sites[s.Code] = new SiteRef(ManualSample.Source, s.Code, s.Name, s.GridCode, BodyOf(s.WaterBodyCode));
        }

        foreach (var s in await db.WaterSections.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            sites[s.Code] = new SiteRef(ManualSample.Section, s.Code, s.Name, s.GridCode, BodyOf(s.WaterBodyCode));
        }

        return sites;
    }

    /// <summary>The codes of the sites a caller sees (all of them city-wide).</summary>
    public static IEnumerable<string> Visible(IReadOnlyDictionary<string, SiteRef> sites, DataScope scope) =>
        sites.Values.Where(s => scope.SeesGrid(s.GridCode)).Select(s => s.Code);
}
