using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Geo;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Water.Registry;

/// <summary>A groundwater monitoring well (地下水监测井).</summary>
internal sealed class GroundwaterWell : WaterSite
{
    /// <summary>Well depth in metres, when known.</summary>
    public double? DepthMetres { get; set; }

    /// <summary><c>shallow</c> (潜水) or <c>confined</c> (承压水), when known.</summary>
    public string? Aquifer { get; set; }
}

internal sealed class GroundwaterWellConfiguration : IEntityTypeConfiguration<GroundwaterWell>
{
    public void Configure(EntityTypeBuilder<GroundwaterWell> builder)
    {
        builder.ToTable("water_groundwater_wells");
        builder.Property(s => s.Code).HasMaxLength(50);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.GridCode).HasMaxLength(50);
        builder.Property(s => s.Aquifer).HasMaxLength(20);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasIndex(s => s.GridCode);
    }
}

internal sealed record GroundwaterWellDto(string Code, string Name, double Latitude, double Longitude, string? GridCode, double? DepthMetres, string? Aquifer);

internal sealed class GroundwaterWellRegistry : IRegistry<GroundwaterWell, GroundwaterWellDto>, IFilteredRegistry<GroundwaterWell>,
    ICoordinateRegistry<GroundwaterWellDto>, IGuardedRegistry<GroundwaterWell>
{
    public static readonly string[] Aquifers = ["shallow", "confined"];

    public string Name => "groundwater-wells";

    public string Label => "Entity.GroundwaterWell";

    public string KeyField => "code";

    public IQueryable<GroundwaterWell> Query(OasisDb db) => db.GroundwaterWells.OrderBy(s => s.Code);

    public IQueryable<GroundwaterWell> WhereKey(IQueryable<GroundwaterWell> query, string key) => query.Where(s => s.Code == key);

    public IQueryable<GroundwaterWell> Visible(OasisDb db, IQueryable<GroundwaterWell> query, DataScope scope) => query.InScope(scope);

    public IQueryable<GroundwaterWell> Filter(IQueryable<GroundwaterWell> query, IQueryCollection parameters, string? search) =>
        string.IsNullOrWhiteSpace(search) ? query : query.Where(s => s.Code.Contains(search) || s.Name.Contains(search));

    public string KeyOf(GroundwaterWellDto dto) => dto.Code;

    public bool InScope(GroundwaterWellDto dto, DataScope scope) => scope.SeesGrid(dto.GridCode);

    public Task<IReadOnlyList<GroundwaterWellDto>> ToDtosAsync(OasisDb db, IReadOnlyList<GroundwaterWell> entities, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<GroundwaterWellDto>>(entities.Select(s => new GroundwaterWellDto(s.Code, s.Name, s.Latitude, s.Longitude,
            s.GridCode, s.DepthMetres, s.Aquifer)).ToList());

    public GroundwaterWell Create(GroundwaterWellDto dto)
    {
        var well = new GroundwaterWell { Code = dto.Code, Name = dto.Name };
        Apply(dto, well);
        return well;
    }

    public void Apply(GroundwaterWellDto dto, GroundwaterWell entity)
    {
        entity.Name = dto.Name;
        entity.DepthMetres = dto.DepthMetres;
        entity.Aquifer = string.IsNullOrWhiteSpace(dto.Aquifer) ? null : dto.Aquifer;
        WaterSiteRules.Place(entity, dto.Latitude, dto.Longitude, dto.GridCode);
    }

    public async Task ValidateAsync(OasisDb db, GroundwaterWellDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        var check = await WaterSiteRules.CheckSiteAsync(db, new Checks(errors, row), dto.Code, dto.Name, dto.Latitude, dto.Longitude, dto.GridCode, ct)
            .ConfigureAwait(false);
        check.Range(dto.DepthMetres, "depthMetres", 0, 5000).OneOf(string.IsNullOrWhiteSpace(dto.Aquifer) ? null : dto.Aquifer, "aquifer", Aquifers);
    }

    public GroundwaterWellDto ToWgs84(GroundwaterWellDto dto, CoordinateSystem system)
    {
        var (lat, lon) = WaterSiteRules.ToWgs84(system, dto.Latitude, dto.Longitude);
        return dto with { Latitude = lat, Longitude = lon };
    }

    public Task EnsureDeletableAsync(OasisDb db, GroundwaterWell entity, CancellationToken ct) => WaterSiteRules.EnsureNoSamplesAsync(db, entity.Code, ct);
}
