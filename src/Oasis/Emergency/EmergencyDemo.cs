using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Registry;

namespace Oasis.Emergency;

/// <summary>
/// The demonstration city's emergency-reduction list (<c>Demo/emergency-measures.csv</c>, read through the registry's own
/// columns) and baselines. Both are synthetic and say so (docs/demo-city.md): the grades, measures and kg/d are plausible
/// for the demo enterprises' industries and the simulated flue-gas outlets, not Changji's list or inventory.
/// </summary>
internal static class EmergencyDemo
{
    private const string Source = "演示数据（合成），非昌吉市排放清单 / synthetic demo figures, not Changji's inventory";

    public static async Task LoadAsync(OasisDb db, string folder, CancellationToken ct)
    {
        var registry = new EmergencyMeasureRegistry();
        var line = 1;
        foreach (var row in Oasis.Demo.DemoCsv.Read(Path.Combine(folder, "emergency-measures.csv")))
        {
            line++;
            var (dto, errors) = TabularCodec<EmergencyMeasureDto>.ParseRow(row, line);
            var problems = new List<FieldError>(errors);
            if (dto is not null)
            {
                await registry.ValidateAsync(db, dto, line, problems, ct).ConfigureAwait(false);
            }

            if (dto is null || problems.Count > 0)
            {
                throw new InvalidOperationException($"Demo/emergency-measures.csv:{line}: {string.Join("; ", problems.Select(p => p.Field + " " + p.MessageKey))}");
            }

            db.EmergencyMeasures.Add(registry.Create(dto));
        }

        db.EmergencyBaselines.AddRange(
            new EmergencyBaseline { Pollutant = "pm", KgPerDay = 2000, Year = 2025, Source = Source },
            new EmergencyBaseline { Pollutant = "so2", KgPerDay = 2000, Year = 2025, Source = Source },
            new EmergencyBaseline { Pollutant = "nox", KgPerDay = 4500, Year = 2025, Source = Source },
            new EmergencyBaseline { Pollutant = "vocs", KgPerDay = 1500, Year = 2025, Source = Source });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
