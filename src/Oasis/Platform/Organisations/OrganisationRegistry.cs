using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Platform.Organisations;

internal sealed record OrganisationDto(string Code, string Name, string? ParentCode, string? Phone);

/// <summary>Organisations (单位/部门) accounts belong to.</summary>
internal sealed class OrganisationRegistry : IRegistry<Organisation, OrganisationDto>, IFilteredRegistry<Organisation>
{
    public string Name => "organisations";

    public string Label => "Entity.Organisation";

    public string KeyField => "code";

    public IQueryable<Organisation> Query(OasisDb db) => db.Organisations.OrderBy(o => o.Code);

    public IQueryable<Organisation> WhereKey(IQueryable<Organisation> query, string key) => query.Where(o => o.Code == key);

    public IQueryable<Organisation> Visible(OasisDb db, IQueryable<Organisation> query, DataScope scope) => query;

    public IQueryable<Organisation> Filter(IQueryable<Organisation> query, IQueryCollection parameters, string? search) =>
        string.IsNullOrWhiteSpace(search) ? query : query.Where(o => o.Code.Contains(search) || o.Name.Contains(search));

    public string KeyOf(OrganisationDto dto) => dto.Code;

    public bool InScope(OrganisationDto dto, DataScope scope) => scope.CityWide;

    public Task<IReadOnlyList<OrganisationDto>> ToDtosAsync(OasisDb db, IReadOnlyList<Organisation> entities, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<OrganisationDto>>(entities.Select(o => new OrganisationDto(o.Code, o.Name, o.ParentCode, o.Phone)).ToList());

    public Organisation Create(OrganisationDto dto) => new() { Code = dto.Code, Name = dto.Name, ParentCode = dto.ParentCode, Phone = dto.Phone };

    public void Apply(OrganisationDto dto, Organisation entity)
    {
        entity.Name = dto.Name;
        entity.ParentCode = dto.ParentCode;
        entity.Phone = dto.Phone;
    }

    public async Task ValidateAsync(OasisDb db, OrganisationDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        var check = new Checks(errors, row).Code(dto.Code, "code").Required(dto.Name, "name").Optional(dto.Phone, "phone", 50);
        if (!string.IsNullOrWhiteSpace(dto.ParentCode))
        {
            check.That(dto.ParentCode != dto.Code, "parentCode", "Validation.ParentSelf");
            check.That(await db.Organisations.AnyAsync(o => o.Code == dto.ParentCode, ct).ConfigureAwait(false), "parentCode",
                "Validation.UnknownOrganisation", dto.ParentCode);
        }
    }
}
