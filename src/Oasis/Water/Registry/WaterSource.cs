using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Geo;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Water.Registry;

/// <summary>A drinking-water source (饮用水水源地) with its protection zones (保护区) as GeoJSON polygons.</summary>
internal sealed class WaterSource : WaterSite
{
    /// <summary><c>surface</c> or <c>groundwater</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>A rural source supplying ≥ 1,000 t/day or ≥ 10,000 people (千吨万人).</summary>
    public bool ThousandTonne { get; set; }

    /// <summary>The river or reservoir a surface source draws from.</summary>
    public string? WaterBodyCode { get; set; }

    /// <summary>一级保护区: GeoJSON Polygon or MultiPolygon, WGS84.</summary>
    public string? FirstZone { get; set; }

    /// <summary>二级保护区: GeoJSON Polygon or MultiPolygon, WGS84.</summary>
    public string? SecondZone { get; set; }
}

internal sealed class WaterSourceConfiguration : IEntityTypeConfiguration<WaterSource>
{
    public void Configure(EntityTypeBuilder<WaterSource> builder)
    {
        builder.ToTable("water_sources");
        builder.Property(s => s.Code).HasMaxLength(50);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.GridCode).HasMaxLength(50);
        builder.Property(s => s.Kind).HasMaxLength(20);
        builder.Property(s => s.WaterBodyCode).HasMaxLength(50);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasIndex(s => s.GridCode);
    }
}

/// <summary>A source as the API and files show it; the zones travel as GeoJSON in the JSON only (not in CSV/XLSX).</summary>
internal sealed record WaterSourceDto(
    string Code, string Name, string Kind, bool ThousandTonne, string? WaterBody, double Latitude, double Longitude, string? GridCode)
{
    [NotTabular]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? FirstZone { get; init; }

    [NotTabular]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? SecondZone { get; init; }
}

/// <summary>Drinking-water sources; grid-scoped by the point of the intake.</summary>
internal sealed class WaterSourceRegistry : IRegistry<WaterSource, WaterSourceDto>, IFilteredRegistry<WaterSource>,
    ICoordinateRegistry<WaterSourceDto>, IGuardedRegistry<WaterSource>, IDetailRegistry<WaterSource, WaterSourceDto>
{
    public static readonly string[] Kinds = ["surface", "groundwater"];

    public string Name => "water-sources";

    public string Label => "Entity.WaterSource";

    public string KeyField => "code";

    public IQueryable<WaterSource> Query(OasisDb db) => db.WaterSources.OrderBy(s => s.Code);

    public IQueryable<WaterSource> WhereKey(IQueryable<WaterSource> query, string key) => query.Where(s => s.Code == key);

    public IQueryable<WaterSource> Visible(OasisDb db, IQueryable<WaterSource> query, DataScope scope) => query.InScope(scope);

    public IQueryable<WaterSource> Filter(IQueryable<WaterSource> query, IQueryCollection parameters, string? search) =>
        string.IsNullOrWhiteSpace(search) ? query : query.Where(s => s.Code.Contains(search) || s.Name.Contains(search));

    public string KeyOf(WaterSourceDto dto) => dto.Code;

    public bool InScope(WaterSourceDto dto, DataScope scope) => scope.SeesGrid(dto.GridCode);

    public Task<IReadOnlyList<WaterSourceDto>> ToDtosAsync(OasisDb db, IReadOnlyList<WaterSource> entities, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<WaterSourceDto>>(entities.Select(s => new WaterSourceDto(s.Code, s.Name, s.Kind, s.ThousandTonne,
            s.WaterBodyCode, s.Latitude, s.Longitude, s.GridCode)).ToList());

    public WaterSourceDto WithDetail(WaterSourceDto dto, WaterSource entity) => dto with
    {
        FirstZone = entity.FirstZone is null ? null : GeoJson.ToElement(entity.FirstZone),
        SecondZone = entity.SecondZone is null ? null : GeoJson.ToElement(entity.SecondZone),
    };

    public WaterSource Create(WaterSourceDto dto)
    {
        var source = new WaterSource { Code = dto.Code, Name = dto.Name, Kind = dto.Kind };
        Apply(dto, source);
        return source;
    }

    public void Apply(WaterSourceDto dto, WaterSource entity)
    {
        entity.Name = dto.Name;
        entity.Kind = dto.Kind;
        entity.ThousandTonne = dto.ThousandTonne;
        entity.WaterBodyCode = string.IsNullOrWhiteSpace(dto.WaterBody) ? null : dto.WaterBody;
        WaterSiteRules.Place(entity, dto.Latitude, dto.Longitude, dto.GridCode);

        // A file import carries no zones: keep those on record rather than erase them.
        if (dto.FirstZone is { } first)
        {
            entity.FirstZone = first.GetRawText();
        }

        if (dto.SecondZone is { } second)
        {
            entity.SecondZone = second.GetRawText();
        }
    }

    public async Task ValidateAsync(OasisDb db, WaterSourceDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        var check = await WaterSiteRules.CheckSiteAsync(db, new Checks(errors, row), dto.Code, dto.Name, dto.Latitude, dto.Longitude, dto.GridCode, ct)
            .ConfigureAwait(false);
        check.Required(dto.Kind, "kind").OneOf(dto.Kind, "kind", Kinds);
        await WaterSiteRules.CheckWaterBodyAsync(db, check, dto.WaterBody, required: false, ct).ConfigureAwait(false);
        CheckZone(check, dto.FirstZone, "firstZone");
        CheckZone(check, dto.SecondZone, "secondZone");
    }

    private static void CheckZone(Checks check, JsonElement? zone, string field)
    {
        if (zone is not { } element)
        {
            return;
        }

        try
        {
            var reason = GeoJson.CheckPolygon(GeoJson.ReadGeometry(element.GetRawText()), out var detail);
            check.That(reason is null, field, "Water.Validation.Zone", detail ?? reason);
        }
        catch (JsonException ex)
        {
            check.Fail(field, "Validation.Geometry.Unreadable", ex.Message);
        }
    }

    public WaterSourceDto ToWgs84(WaterSourceDto dto, CoordinateSystem system)
    {
        var (lat, lon) = WaterSiteRules.ToWgs84(system, dto.Latitude, dto.Longitude);
        return dto with { Latitude = lat, Longitude = lon };
    }

    public Task EnsureDeletableAsync(OasisDb db, WaterSource entity, CancellationToken ct) => WaterSiteRules.EnsureNoSamplesAsync(db, entity.Code, ct);
}
