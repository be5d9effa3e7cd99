using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Emergency;

/// <summary>A row of <c>/api/emergency-measures</c>; import/export columns are these fields (docs/emergency-api.md). Reductions in kg/d.</summary>
internal sealed record EmergencyMeasureDto(string Code, string CreditCode, string Grade, string Level, double? CutPercent, bool Shutdown, bool OffPeak,
    string? StoppedSteps, string? Note, double Pm, double So2, double Nox, double Vocs);

/// <summary>
/// The emergency emission-reduction list (应急减排清单) as a registry (decision 0420): staff read it all, an enterprise its
/// own rows; the enterprise editors (Admin, Enforcer) keep it.
/// </summary>
internal sealed class EmergencyMeasureRegistry : IRegistry<EmergencyMeasure, EmergencyMeasureDto>, IFilteredRegistry<EmergencyMeasure>
{
    public string Name => "emergency-measures";

    public string Label => "Entity.EmergencyMeasure";

    public string KeyField => "code";

    public IQueryable<EmergencyMeasure> Query(OasisDb db) => db.EmergencyMeasures.OrderBy(m => m.CreditCode).ThenBy(m => m.Code);

    public IQueryable<EmergencyMeasure> WhereKey(IQueryable<EmergencyMeasure> query, string key) => query.Where(m => m.Code == key);

    public IQueryable<EmergencyMeasure> Visible(OasisDb db, IQueryable<EmergencyMeasure> query, DataScope scope)
    {
        if (scope.IsEnterprise)
        {
            return query.Where(m => m.CreditCode == scope.EnterpriseCode);
        }

        if (scope.CityWide)
        {
            return query;
        }

        var visible = db.Enterprises.InScope(scope).Select(e => e.CreditCode);
        return query.Where(m => visible.Contains(m.CreditCode));
    }

    public IQueryable<EmergencyMeasure> Filter(IQueryable<EmergencyMeasure> query, IQueryCollection parameters, string? search)
    {
        var level = parameters["level"].ToString();
        if (level.Length > 0)
        {
            query = query.Where(m => m.Level == level);
        }

        return string.IsNullOrWhiteSpace(search) ? query : query.Where(m => m.Code.Contains(search));
    }

    public string KeyOf(EmergencyMeasureDto dto) => dto.Code;

    public bool InScope(EmergencyMeasureDto dto, DataScope scope) => !scope.IsEnterprise || scope.EnterpriseCode == dto.CreditCode;

    public Task<IReadOnlyList<EmergencyMeasureDto>> ToDtosAsync(OasisDb db, IReadOnlyList<EmergencyMeasure> entities, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<EmergencyMeasureDto>>(entities.Select(ToDto).ToList());

    public static EmergencyMeasureDto ToDto(EmergencyMeasure m) =>
        new(m.Code, m.CreditCode, m.Grade, m.Level, m.CutPercent, m.Shutdown, m.OffPeak, m.StoppedSteps, m.Note, m.Pm, m.So2, m.Nox, m.Vocs);

    public EmergencyMeasure Create(EmergencyMeasureDto dto)
    {
        var measure = new EmergencyMeasure { Code = dto.Code, CreditCode = dto.CreditCode, Grade = dto.Grade, Level = dto.Level };
        Apply(dto, measure);
        return measure;
    }

    public void Apply(EmergencyMeasureDto dto, EmergencyMeasure entity)
    {
        entity.CreditCode = dto.CreditCode;
        entity.Grade = dto.Grade;
        entity.Level = dto.Level;
        entity.CutPercent = dto.CutPercent;
        entity.Shutdown = dto.Shutdown;
        entity.OffPeak = dto.OffPeak;
        entity.StoppedSteps = string.IsNullOrWhiteSpace(dto.StoppedSteps) ? null : dto.StoppedSteps;
        entity.Note = string.IsNullOrWhiteSpace(dto.Note) ? null : dto.Note;
        (entity.Pm, entity.So2, entity.Nox, entity.Vocs) = (dto.Pm, dto.So2, dto.Nox, dto.Vocs);
    }

    public async Task ValidateAsync(OasisDb db, EmergencyMeasureDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        var check = new Checks(errors, row).Required(dto.Code, "code", 30).Required(dto.CreditCode, "creditCode", 18)
            .Required(dto.Grade, "grade").OneOf(dto.Grade, "grade", EmergencyCodes.Grades)
            .Required(dto.Level, "level").OneOf(dto.Level, "level", EmergencyCodes.Levels)
            .Range(dto.CutPercent, "cutPercent", 0, 100).Optional(dto.StoppedSteps, "stoppedSteps", 500).Optional(dto.Note, "note", 1000)
            .Range(dto.Pm, "pm", 0, 1e9).Range(dto.So2, "so2", 0, 1e9).Range(dto.Nox, "nox", 0, 1e9).Range(dto.Vocs, "vocs", 0, 1e9);
        check.That(dto.Code == $"{dto.CreditCode}-{dto.Level}", "code", "Validation.EmergencyMeasureCode", $"{dto.CreditCode}-{dto.Level}");
        if (dto.CreditCode is null)
        {
            return;
        }

        if (!await db.Enterprises.AnyAsync(e => e.CreditCode == dto.CreditCode, ct).ConfigureAwait(false))
        {
            check.Fail("creditCode", "Validation.UnknownEnterprise", dto.CreditCode);
        }

        // The grade is the enterprise's: every row of one enterprise carries the same.
        var other = await db.EmergencyMeasures.AsNoTracking().Where(m => m.CreditCode == dto.CreditCode && m.Code != dto.Code)
            .Select(m => m.Grade).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        check.That(other is null || other == dto.Grade, "grade", "Validation.EmergencyGradeDiffers", other);
    }
}
