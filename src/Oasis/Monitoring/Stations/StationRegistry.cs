using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Geo;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Monitoring.Stations;

internal sealed record StationDto(
    string Code, string Name, string Kind, double Latitude, double Longitude, string? GridCode, bool Evaluation, List<string>? Pollutants);

/// <summary>Monitoring stations of every kind (<c>?kind=</c> filters).</summary>
internal sealed class StationRegistry : IRegistry<Station, StationDto>, IFilteredRegistry<Station>, ICoordinateRegistry<StationDto>,
    IGuardedRegistry<Station>
{
    public string Name => "stations";

    public string Label => "Entity.Station";

    public string KeyField => "code";

    public IQueryable<Station> Query(OasisDb db) => db.Stations.OrderBy(s => s.Code);

    public IQueryable<Station> WhereKey(IQueryable<Station> query, string key) => query.Where(s => s.Code == key);

    public IQueryable<Station> Visible(OasisDb db, IQueryable<Station> query, DataScope scope) => query.InScope(scope);

    public IQueryable<Station> Filter(IQueryable<Station> query, IQueryCollection parameters, string? search)
    {
        var kind = parameters["kind"].ToString();
        if (kind.Length > 0)
        {
            query = query.Where(s => s.Kind == kind);
        }

        var grid = parameters["grid"].ToString();
        if (grid.Length > 0)
        {
            query = query.Where(s => s.GridCode == grid);
        }

        return string.IsNullOrWhiteSpace(search) ? query : query.Where(s => s.Code.Contains(search) || s.Name.Contains(search));
    }

    public string KeyOf(StationDto dto) => dto.Code;

    public bool InScope(StationDto dto, DataScope scope) => scope.SeesGrid(dto.GridCode);

    public Task<IReadOnlyList<StationDto>> ToDtosAsync(OasisDb db, IReadOnlyList<Station> entities, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<StationDto>>(entities
            .Select(s => new StationDto(s.Code, s.Name, s.Kind, s.Latitude, s.Longitude, s.GridCode, s.Evaluation, [.. s.Pollutants]))
            .ToList());

    public Station Create(StationDto dto)
    {
        var station = new Station { Code = dto.Code, Name = dto.Name, Kind = dto.Kind };
        Apply(dto, station);
        return station;
    }

    public void Apply(StationDto dto, Station entity)
    {
        entity.Name = dto.Name;
        entity.Kind = dto.Kind;
        entity.Latitude = dto.Latitude;
        entity.Longitude = dto.Longitude;
        entity.GridCode = string.IsNullOrWhiteSpace(dto.GridCode) ? null : dto.GridCode;
        entity.Evaluation = dto.Evaluation;
        entity.Pollutants = dto.Pollutants?.Distinct(StringComparer.Ordinal).ToList() ?? [];
    }

    public async Task ValidateAsync(OasisDb db, StationDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        var check = new Checks(errors, row).Code(dto.Code, "code").Required(dto.Name, "name").Required(dto.Kind, "kind")
            .OneOf(dto.Kind, "kind", StationKinds.All)
            .Range(dto.Latitude, "latitude", -90, 90).Range(dto.Longitude, "longitude", -180, 180);
        if (!string.IsNullOrWhiteSpace(dto.GridCode) && !await db.Grids.AnyAsync(g => g.Code == dto.GridCode, ct).ConfigureAwait(false))
        {
            check.Fail("gridCode", "Validation.UnknownGrid", dto.GridCode);
        }
    }

    public StationDto ToWgs84(StationDto dto, CoordinateSystem system)
    {
        var (lon, lat) = CoordinateSystems.ToWgs84(system, dto.Longitude, dto.Latitude);
        return dto with { Longitude = Math.Round(lon, 7), Latitude = Math.Round(lat, 7) };
    }

    public async Task EnsureDeletableAsync(OasisDb db, Station entity, CancellationToken ct)
    {
        if (await db.Devices.AnyAsync(d => d.StationCode == entity.Code, ct).ConfigureAwait(false))
        {
            throw OasisProblemException.Rule("in-use", "Problem.InUse.Detail", entity.Code);
        }
    }
}
