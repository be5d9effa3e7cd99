using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Air.Targets;

/// <summary>A row of <c>/api/air-targets</c> (import/export columns are these fields, docs/air-api.md).</summary>
internal sealed record AirTargetDto(string Code, string Indicator, int Year, string Role, double Value, string Kind, string Edition, string Dust,
    string? Plan, string? Source);

/// <summary>
/// The plan's and the bureau's air targets as a registry (decision 0503): the city's published goals, read by all staff,
/// set by Admin and Leader (<see cref="Oasis.Platform.Auth.Policies.TargetEditors"/>).
/// </summary>
internal sealed class AirTargetRegistry : IRegistry<AirTarget, AirTargetDto>, IFilteredRegistry<AirTarget>
{
    public string Name => "air-targets";

    public string Label => "Entity.AirTarget";

    public string KeyField => "code";

    public IQueryable<AirTarget> Query(OasisDb db) => db.AirTargets.OrderBy(t => t.Year).ThenBy(t => t.Code);

    public IQueryable<AirTarget> WhereKey(IQueryable<AirTarget> query, string key) => query.Where(t => t.Code == key);

    // Targets are the city's: every staff member sees all of them.
    public IQueryable<AirTarget> Visible(OasisDb db, IQueryable<AirTarget> query, DataScope scope) => query;

    public IQueryable<AirTarget> Filter(IQueryable<AirTarget> query, IQueryCollection parameters, string? search)
    {
        if (int.TryParse(parameters["year"], System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            query = query.Where(t => t.Year == year);
        }

        return string.IsNullOrWhiteSpace(search) ? query : query.Where(t => t.Code.Contains(search) || t.Indicator.Contains(search));
    }

    public string KeyOf(AirTargetDto dto) => dto.Code;

    public bool InScope(AirTargetDto dto, DataScope scope) => true;

    public Task<IReadOnlyList<AirTargetDto>> ToDtosAsync(OasisDb db, IReadOnlyList<AirTarget> entities, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<AirTargetDto>>(entities.Select(ToDto).ToList());

    public static AirTargetDto ToDto(AirTarget t) =>
        new(t.Code, t.Indicator, t.Year, t.Role, t.Value, t.Kind, t.Edition, t.Dust, t.Plan, t.Source);

    public AirTarget Create(AirTargetDto dto)
    {
        var target = new AirTarget { Code = dto.Code, Indicator = "", Role = "", Kind = "", Edition = "", Dust = "" };
        Apply(dto, target);
        return target;
    }

    public void Apply(AirTargetDto dto, AirTarget entity)
    {
        entity.Indicator = dto.Indicator;
        entity.Year = dto.Year;
        entity.Role = dto.Role;
        entity.Value = dto.Value;
        entity.Kind = dto.Kind;
        entity.Edition = dto.Edition;
        entity.Dust = dto.Dust;
        entity.Plan = string.IsNullOrWhiteSpace(dto.Plan) ? null : dto.Plan;
        entity.Source = string.IsNullOrWhiteSpace(dto.Source) ? null : dto.Source;
    }

    public Task ValidateAsync(OasisDb db, AirTargetDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        var check = new Checks(errors, row).Code(dto.Code, "code")
            .Required(dto.Indicator, "indicator").OneOf(dto.Indicator, "indicator", AirTargetCodes.Indicators)
            .Range(dto.Year, "year", 2000, 2100)
            .Required(dto.Role, "role").OneOf(dto.Role, "role", AirTargetCodes.Roles)
            .Required(dto.Kind, "kind").OneOf(dto.Kind, "kind", AirTargetCodes.Kinds)
            .Required(dto.Edition, "edition").OneOf(dto.Edition, "edition", AirTargetCodes.Editions)
            .Required(dto.Dust, "dust").OneOf(dto.Dust, "dust", AirTargetCodes.DustBases)
            .Optional(dto.Plan, "plan", 50).Optional(dto.Source, "source");
        var ceiling = dto.Indicator == AirTargetCodes.Pm25 ? 1000 : 100;
        check.Range(dto.Value, "value", 0, ceiling);
        return Task.CompletedTask;
    }
}
