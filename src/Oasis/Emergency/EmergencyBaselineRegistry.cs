using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Emergency;

/// <summary>A row of <c>/api/emergency-baselines</c>: the city's baseline emission of a pollutant in kg/d, the year it describes and its source.</summary>
internal sealed record EmergencyBaselineDto(string Pollutant, double KgPerDay, int Year, string Source);

/// <summary>The city's baseline daily emissions (decision 0422): entered with their source, never computed by Oasis.</summary>
internal sealed class EmergencyBaselineRegistry : IRegistry<EmergencyBaseline, EmergencyBaselineDto>
{
    public string Name => "emergency-baselines";

    public string Label => "Entity.EmergencyBaseline";

    public string KeyField => "pollutant";

    public IQueryable<EmergencyBaseline> Query(OasisDb db) => db.EmergencyBaselines.OrderBy(b => b.Pollutant);

    public IQueryable<EmergencyBaseline> WhereKey(IQueryable<EmergencyBaseline> query, string key) => query.Where(b => b.Pollutant == key);

    // The city's totals: every staff member sees them.
    public IQueryable<EmergencyBaseline> Visible(OasisDb db, IQueryable<EmergencyBaseline> query, DataScope scope) => query;

    public string KeyOf(EmergencyBaselineDto dto) => dto.Pollutant;

    public bool InScope(EmergencyBaselineDto dto, DataScope scope) => true;

    public Task<IReadOnlyList<EmergencyBaselineDto>> ToDtosAsync(OasisDb db, IReadOnlyList<EmergencyBaseline> entities, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<EmergencyBaselineDto>>(entities.Select(b => new EmergencyBaselineDto(b.Pollutant, b.KgPerDay, b.Year, b.Source)).ToList());

    public EmergencyBaseline Create(EmergencyBaselineDto dto)
    {
        var baseline = new EmergencyBaseline { Pollutant = dto.Pollutant, Source = dto.Source };
        Apply(dto, baseline);
        return baseline;
    }

    public void Apply(EmergencyBaselineDto dto, EmergencyBaseline entity)
    {
        entity.KgPerDay = dto.KgPerDay;
        entity.Year = dto.Year;
        entity.Source = dto.Source;
    }

    public Task ValidateAsync(OasisDb db, EmergencyBaselineDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        new Checks(errors, row).Required(dto.Pollutant, "pollutant").OneOf(dto.Pollutant, "pollutant", EmergencyCodes.Pollutants)
            .Range(dto.KgPerDay, "kgPerDay", 0.001, 1e10).Range(dto.Year, "year", 2000, 2100).Required(dto.Source, "source", 300);
        return Task.CompletedTask;
    }
}
