using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Forecasting.Warnings;
using Oasis.Standards.Emergency;

namespace Oasis.Emergency;

/// <summary>
/// One cell of the sufficiency table: at a level, a pollutant's expected reduction (kg/d) from the tasked enterprises, the
/// voluntary one beside it (not counted), the city's baseline, the share and the share required.
/// </summary>
internal sealed record SufficiencyCell(string Level, string Pollutant, double ExpectedKgPerDay, double VoluntaryKgPerDay, double? BaselineKgPerDay,
    double? SharePercent, double RequiredPercent, bool? Shortfall);

/// <summary>
/// Does the list cut enough (decision 0422)? Per level and pollutant, the non-voluntary enterprises' expected reductions
/// against the city's baseline; below 10 / 20 / 30 % for yellow / orange / red is a shortfall. Without a baseline the share is
/// unknown and no flag is set.
/// </summary>
internal static class EmergencySufficiency
{
    public static async Task<List<SufficiencyCell>> ComputeAsync(OasisDb db, CancellationToken ct)
    {
        var measures = await db.EmergencyMeasures.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var baselines = await db.EmergencyBaselines.AsNoTracking().ToDictionaryAsync(b => b.Pollutant, b => b.KgPerDay, ct).ConfigureAwait(false);
        return Compute(measures, baselines);
    }

    public static List<SufficiencyCell> Compute(IReadOnlyList<EmergencyMeasure> measures, IReadOnlyDictionary<string, double> baselines)
    {
        var cells = new List<SufficiencyCell>();
        foreach (var level in EmergencyCodes.Levels)
        {
            var required = EmissionReduction.RequiredPercent(WarningLife.LevelOf(level));
            var atLevel = measures.Where(m => m.Level == level).ToList();
            foreach (var pollutant in EmergencyCodes.Pollutants)
            {
                var expected = atLevel.Where(m => !m.Voluntary).Sum(m => Of(m, pollutant));
                var voluntary = atLevel.Where(m => m.Voluntary).Sum(m => Of(m, pollutant));
                double? baseline = baselines.TryGetValue(pollutant, out var b) ? b : null;
                double? share = baseline is > 0 ? Math.Round(expected / baseline.Value * 100, 1) : null;
                bool? shortfall = baseline is > 0 ? expected / baseline.Value * 100 < required : null;
                cells.Add(new SufficiencyCell(level, pollutant, Math.Round(expected, 3), Math.Round(voluntary, 3), baseline, share, required, shortfall));
            }
        }

        return cells;
    }

    public static double Of(EmergencyMeasure m, string pollutant) => pollutant switch
    {
        "pm" => m.Pm,
        "so2" => m.So2,
        "nox" => m.Nox,
        _ => m.Vocs,
    };

    public static double Of(EmergencyTask t, string pollutant) => pollutant switch
    {
        "pm" => t.Pm,
        "so2" => t.So2,
        "nox" => t.Nox,
        _ => t.Vocs,
    };
}
