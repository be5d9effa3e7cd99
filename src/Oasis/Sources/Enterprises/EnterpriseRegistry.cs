using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Geo;
using Oasis.Platform.Scopes;
using Oasis.Registry;
using Oasis.Standards.Identifiers;

namespace Oasis.Sources.Enterprises;

/// <summary>Emission units (排污单位) with their outlets: the basic record later modules extend (一企一档).</summary>
internal sealed class EnterpriseRegistry : IRegistry<Enterprise, EnterpriseDto>, IFilteredRegistry<Enterprise>,
    ICoordinateRegistry<EnterpriseDto>, IGuardedRegistry<Enterprise>
{
    public string Name => "enterprises";

    public string Label => "Entity.Enterprise";

    public string KeyField => "creditCode";

    public IQueryable<Enterprise> Query(OasisDb db) => db.Enterprises.Include(e => e.Outlets).OrderBy(e => e.CreditCode);

    public IQueryable<Enterprise> WhereKey(IQueryable<Enterprise> query, string key) => query.Where(e => e.CreditCode == key);

    public IQueryable<Enterprise> Visible(OasisDb db, IQueryable<Enterprise> query, DataScope scope)
    {
        if (scope.IsEnterprise)
        {
            return query.Where(e => e.CreditCode == scope.EnterpriseCode);
        }

        return query.InScope(scope);
    }

    public IQueryable<Enterprise> Filter(IQueryable<Enterprise> query, IQueryCollection parameters, string? search)
    {
        var category = parameters["category"].ToString();
        if (category.Length > 0)
        {
            query = query.Where(e => e.Category == category);
        }

        return string.IsNullOrWhiteSpace(search) ? query : query.Where(e => e.CreditCode.Contains(search) || e.Name.Contains(search));
    }

    public string KeyOf(EnterpriseDto dto) => dto.CreditCode;

    public bool InScope(EnterpriseDto dto, DataScope scope) => scope.SeesEnterprise(dto.CreditCode, dto.GridCode);

    public Task<IReadOnlyList<EnterpriseDto>> ToDtosAsync(OasisDb db, IReadOnlyList<Enterprise> entities, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<EnterpriseDto>>(entities.Select(e => new EnterpriseDto(
            e.CreditCode, e.Name, e.Industry, e.Category, e.Address, e.Latitude, e.Longitude, e.GridCode,
            e.Outlets.OrderBy(o => o.Code, StringComparer.Ordinal).Select(o => new OutletDto(o.Code, o.Name, o.Kind)).ToList())).ToList());

    public Enterprise Create(EnterpriseDto dto)
    {
        var enterprise = new Enterprise { CreditCode = dto.CreditCode, Name = dto.Name, Category = dto.Category };
        Apply(dto, enterprise);
        return enterprise;
    }

    public void Apply(EnterpriseDto dto, Enterprise entity)
    {
        entity.Name = dto.Name;
        entity.Industry = dto.Industry;
        entity.Category = dto.Category;
        entity.Address = dto.Address;
        entity.Latitude = dto.Latitude;
        entity.Longitude = dto.Longitude;
        entity.GridCode = string.IsNullOrWhiteSpace(dto.GridCode) ? null : dto.GridCode;
        var wanted = dto.Outlets ?? [];
        entity.Outlets.RemoveAll(o => !wanted.Any(w => w.Code == o.Code));
        foreach (var outlet in wanted)
        {
            var existing = entity.Outlets.Find(o => o.Code == outlet.Code);
            if (existing is null)
            {
                entity.Outlets.Add(new Outlet { Code = outlet.Code, Name = outlet.Name, Kind = outlet.Kind });
            }
            else
            {
                existing.Name = outlet.Name;
                existing.Kind = outlet.Kind;
            }
        }
    }

    public async Task ValidateAsync(OasisDb db, EnterpriseDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        var check = new Checks(errors, row).Required(dto.CreditCode, "creditCode", 18).Required(dto.Name, "name")
            .Optional(dto.Industry, "industry", 100).Optional(dto.Address, "address", 300)
            .Required(dto.Category, "category", 40).OneOf(dto.Category, "category", EnterpriseCategories.All)
            .Range(dto.Latitude, "latitude", -90, 90).Range(dto.Longitude, "longitude", -180, 180);
        if (dto.CreditCode is not null)
        {
            var error = CreditCode.Check(dto.CreditCode);
            check.That(error == CreditCodeError.None, "creditCode", "Validation.CreditCode." + error, dto.CreditCode);
        }

        if (!string.IsNullOrWhiteSpace(dto.GridCode) && !await db.Grids.AnyAsync(g => g.Code == dto.GridCode, ct).ConfigureAwait(false))
        {
            check.Fail("gridCode", "Validation.UnknownGrid", dto.GridCode);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outlet in dto.Outlets ?? [])
        {
            check.Code(outlet.Code, "outlets").Required(outlet.Name, "outlets").OneOf(outlet.Kind, "outlets", EnterpriseCategories.OutletKinds);
            check.That(seen.Add(outlet.Code), "outlets", "Validation.DuplicateOutlet", outlet.Code);
        }
    }

    public EnterpriseDto ToWgs84(EnterpriseDto dto, CoordinateSystem system)
    {
        if (dto.Latitude is not { } lat || dto.Longitude is not { } lon)
        {
            return dto;
        }

        var (x, y) = CoordinateSystems.ToWgs84(system, lon, lat);
        return dto with { Longitude = Math.Round(x, 7), Latitude = Math.Round(y, 7) };
    }

    public async Task EnsureDeletableAsync(OasisDb db, Enterprise entity, CancellationToken ct)
    {
        if (await db.Devices.AnyAsync(d => d.EnterpriseCode == entity.CreditCode, ct).ConfigureAwait(false))
        {
            throw OasisProblemException.Rule("in-use", "Problem.InUse.Detail", entity.CreditCode);
        }
    }
}
