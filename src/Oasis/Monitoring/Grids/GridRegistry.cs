using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Geo;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Monitoring.Grids;

/// <summary>Environmental grids (环境网格) with their polygons and responsible grid managers.</summary>
internal sealed class GridRegistry : IRegistry<Grid, GridDto>, IFilteredRegistry<Grid>, IGeoJsonRegistry<Grid>,
    IDetailRegistry<Grid, GridDto>, IGeoJsonImport<GridDto>, ICoordinateRegistry<GridDto>, IGuardedRegistry<Grid>,
    IUpdateGuard<Grid, GridDto>
{
    public string Name => "grids";

    public string Label => "Entity.Grid";

    public string KeyField => "code";

    public IQueryable<Grid> Query(OasisDb db) => db.Grids.OrderBy(g => g.Code);

    public IQueryable<Grid> WhereKey(IQueryable<Grid> query, string key) => query.Where(g => g.Code == key);

    public IQueryable<Grid> Visible(OasisDb db, IQueryable<Grid> query, DataScope scope)
    {
        if (scope.CityWide)
        {
            return query;
        }

        var grids = scope.Grids.ToList();
        return query.Where(g => grids.Contains(g.Code));
    }

    public IQueryable<Grid> Filter(IQueryable<Grid> query, IQueryCollection parameters, string? search)
    {
        var town = parameters["town"].ToString();
        if (town.Length > 0)
        {
            query = query.Where(g => g.TownCode == town);
        }

        return string.IsNullOrWhiteSpace(search) ? query : query.Where(g => g.Code.Contains(search) || g.Name.Contains(search));
    }

    public string KeyOf(GridDto dto) => dto.Code;

    public bool InScope(GridDto dto, DataScope scope) => scope.SeesGrid(dto.Code) || scope.SeesTown(dto.Town);

    public async Task<IReadOnlyList<GridDto>> ToDtosAsync(OasisDb db, IReadOnlyList<Grid> entities, CancellationToken ct)
    {
        var codes = entities.Select(g => g.Code).ToList();
        var stations = await db.Stations.Where(s => s.GridCode != null && codes.Contains(s.GridCode))
            .Select(s => new { s.GridCode, s.Code }).ToListAsync(ct).ConfigureAwait(false);
        var byGrid = stations.ToLookup(s => s.GridCode!, s => s.Code);
        return entities.Select(g => new GridDto(g.Code, g.Name, g.TownCode, [.. g.Managers], byGrid[g.Code].Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    public GridDto WithDetail(GridDto dto, Grid entity) =>
        entity.Geometry is null ? dto : dto with { Geometry = GeoJson.ToElement(entity.Geometry) };

    public Grid Create(GridDto dto)
    {
        var grid = new Grid { Code = dto.Code, Name = dto.Name, TownCode = dto.Town };
        Apply(dto, grid);
        return grid;
    }

    public void Apply(GridDto dto, Grid entity)
    {
        entity.Name = dto.Name;
        entity.TownCode = dto.Town;
        entity.Managers = dto.Managers?.Distinct(StringComparer.Ordinal).ToList() ?? [];
        if (dto.Geometry is { } geometry)
        {
            entity.Geometry = geometry.GetRawText();
        }
    }

    public async Task ValidateAsync(OasisDb db, GridDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        var check = new Checks(errors, row).Code(dto.Code, "code").Required(dto.Name, "name", 100).Required(dto.Town, "town", 50);
        if (dto.Town is not null && !await db.Towns.AnyAsync(t => t.Code == dto.Town, ct).ConfigureAwait(false))
        {
            check.Fail("town", "Validation.UnknownTown", dto.Town);
        }

        foreach (var manager in dto.Managers ?? [])
        {
            var known = await (from u in db.Users
                               join ur in db.UserRoles on u.Id equals ur.UserId
                               join r in db.Roles on ur.RoleId equals r.Id
                               where u.UserName == manager && r.Name == Roles.GridManager
                               select u.Id).AnyAsync(ct).ConfigureAwait(false);
            check.That(known, "managers", "Validation.UnknownGridManager", manager);
        }

        if (dto.Geometry is { } element)
        {
            try
            {
                var geometry = GeoJson.ReadGeometry(element.GetRawText());
                var reason = GeoJson.CheckPolygon(geometry, out var detail);
                check.That(reason is null, "geometry", reason ?? "", detail);
            }
            catch (JsonException ex)
            {
                check.Fail("geometry", "Validation.Geometry.Unreadable", ex.Message);
            }
        }
    }

    public GridDto ToWgs84(GridDto dto, CoordinateSystem system)
    {
        if (system == CoordinateSystem.Wgs84 || dto.Geometry is not { } element)
        {
            return dto;
        }

        var geometry = GeoJson.ReadGeometry(element.GetRawText());
        return geometry is null ? dto : dto with { Geometry = GeoJson.ToElement(GeoJson.Write(GeoJson.Transform(geometry, system))) };
    }

    public async Task<object> ToFeatureCollectionAsync(OasisDb db, IReadOnlyList<Grid> entities, CancellationToken ct)
    {
        var dtos = await ToDtosAsync(db, entities, ct).ConfigureAwait(false);
        var features = entities.Zip(dtos, (g, d) => new
        {
            type = "Feature",
            id = g.Code,
            properties = new { code = d.Code, name = d.Name, town = d.Town, managers = d.Managers, stationCodes = d.StationCodes },
            geometry = g.Geometry is null ? (JsonElement?)null : GeoJson.ToElement(g.Geometry),
        });
        return new { type = "FeatureCollection", features };
    }

    public Task<IReadOnlyList<(int Row, GridDto? Dto, List<FieldError> Errors)>> ReadGeoJsonAsync(Stream stream, CancellationToken ct) =>
        Task.FromResult(GridGeoJsonReader.Read(stream));

    /// <summary>A grid manager may correct his grid, not move it to a town he does not hold.</summary>
    public void CheckUpdate(Grid entity, GridDto dto, DataScope scope)
    {
        if (dto.Town != entity.TownCode && !scope.SeesTown(dto.Town))
        {
            throw OasisProblemException.OutOfScope();
        }
    }

    public async Task EnsureDeletableAsync(OasisDb db, Grid entity, CancellationToken ct)
    {
        if (await db.Stations.AnyAsync(s => s.GridCode == entity.Code, ct).ConfigureAwait(false)
            || await db.Enterprises.AnyAsync(e => e.GridCode == entity.Code, ct).ConfigureAwait(false))
        {
            throw OasisProblemException.Rule("in-use", "Problem.InUse.Detail", entity.Code);
        }
    }
}
