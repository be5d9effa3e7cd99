using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Water.Registry;
using Oasis.Water.Samples;

namespace Oasis.Water.Evaluation;

/// <summary>The registry and the samples of a period, loaded once per request (the city has tens of sites, not thousands).</summary>
internal sealed class WaterData
{
    private readonly ILookup<string, ManualSample> _samples;

    private WaterData(List<WaterBody> bodies, List<WaterSection> sections, List<WaterSource> sources, List<ManualSample> samples)
    {
        Bodies = bodies;
        Sections = sections;
        Sources = sources;
        _samples = samples.ToLookup(s => s.SiteCode, StringComparer.Ordinal);
    }

    public IReadOnlyList<WaterBody> Bodies { get; }

    public IReadOnlyList<WaterSection> Sections { get; }

    public IReadOnlyList<WaterSource> Sources { get; }

    public IReadOnlyList<ManualSample> SamplesOf(string code) => [.. _samples[code]];

    public static async Task<WaterData> LoadAsync(OasisDb db, DateOnly from, DateOnly to, CancellationToken ct) => new(
        await db.WaterBodies.AsNoTracking().OrderBy(b => b.Code).ToListAsync(ct).ConfigureAwait(false),
        await db.WaterSections.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct).ConfigureAwait(false),
        await db.WaterSources.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct).ConfigureAwait(false),
        await db.ManualSamples.AsNoTracking().Where(s => s.Date >= from && s.Date <= to).ToListAsync(ct).ConfigureAwait(false));
}
