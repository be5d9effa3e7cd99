using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Standards.Air;

namespace Oasis.Air.Dust;

/// <summary>
/// How a figure treats sand dust (decision 0504): <c>include</c> (as measured) or <c>deduct</c> with the periods at
/// source level <see cref="Source"/> or above; <see cref="Periods"/> is what the engine deducted.
/// </summary>
internal sealed record DustBasis(string Basis, string? Source, IReadOnlyList<DustPeriod> Periods)
{
    public const string Include = "include";
    public const string Deduct = "deduct";

    /// <summary>The default level a deduction admits: a leader's approval (a confirmation is above it).</summary>
    public const string DefaultSource = DustStatus.Approved;

    public static readonly DustBasis Included = new(Include, null, []);

    public bool Deducts => Basis == Deduct;

    /// <summary>The engine's flags argument: null when nothing is deducted.</summary>
    public IReadOnlyList<DustPeriod>? ForEngine => Deducts ? Periods : null;

    /// <summary>
    /// The basis for a period: with <paramref name="basis"/> <c>deduct</c>, the periods overlapping [from, to] (Beijing
    /// days) whose status is at <paramref name="source"/> or above, as the engine's Beijing-time <see cref="DustPeriod"/>s.
    /// </summary>
    public static async Task<DustBasis> LoadAsync(OasisDb db, string basis, string source, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (basis != Deduct)
        {
            return Included;
        }

        var statuses = DustStatus.AtOrAbove(source);
        var fromUtc = AirHourlyLayer.ToUtc(from);
        var toUtc = AirHourlyLayer.ToUtc(to.AddDays(1));
        var rows = await db.DustEpisodes.AsNoTracking()
            .Where(p => statuses.Contains(p.Status) && p.StartUtc < toUtc && p.EndUtc > fromUtc)
            .OrderBy(p => p.StartUtc)
            .Select(p => new { p.StartUtc, p.EndUtc, p.StationCode })
            .ToListAsync(ct).ConfigureAwait(false);
        return new DustBasis(Deduct, source, [.. rows.Select(r => new DustPeriod(Beijing(r.StartUtc), Beijing(r.EndUtc), r.StationCode))]);
    }

    private static DateTime Beijing(DateTime utc) => DateTime.SpecifyKind(utc.AddHours(8), DateTimeKind.Unspecified);
}
