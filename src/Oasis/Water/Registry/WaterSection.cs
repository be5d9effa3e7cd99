using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Geo;
using Oasis.Platform.Scopes;
using Oasis.Registry;
using Oasis.Standards.Water;

namespace Oasis.Water.Registry;

/// <summary>A surface-water monitoring section (监测断面) with its control level and target class.</summary>
internal sealed class WaterSection : WaterSite
{
    public required string WaterBodyCode { get; set; }

    /// <summary>国控, 省控 (区域) or 市控: one of <see cref="WaterSections.ControlLevels"/>.</summary>
    public required string ControlLevel { get; set; }

    /// <summary>Whether the section counts for the city's assessment (参与考核).</summary>
    public bool Assessment { get; set; }

    /// <summary>The target class (水质目标), ASCII as the CLI writes it: I … V.</summary>
    public required string TargetClass { get; set; }

    /// <summary>The automatic station at the section (its ST 21 device reports there), if any.</summary>
    public string? StationCode { get; set; }
}

internal static class WaterSections
{
    public static readonly string[] ControlLevels = ["national", "regional", "city"];

    /// <summary>Target classes: a target is I … V (劣V is never a target).</summary>
    public static readonly string[] Targets = ["I", "II", "III", "IV", "V"];

    public static WaterClass ParseClass(string ascii) => Array.IndexOf(Targets, ascii) is var i and >= 0
        ? (WaterClass)(i + 1)
        : ascii == "劣V" ? WaterClass.WorseThanV : throw new ArgumentOutOfRangeException(nameof(ascii), ascii, null);
}

internal sealed class WaterSectionConfiguration : IEntityTypeConfiguration<WaterSection>
{
    public void Configure(EntityTypeBuilder<WaterSection> builder)
    {
        builder.ToTable("water_sections");
        builder.Property(s => s.Code).HasMaxLength(50);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.GridCode).HasMaxLength(50);
        builder.Property(s => s.WaterBodyCode).HasMaxLength(50);
        builder.Property(s => s.ControlLevel).HasMaxLength(20);
        builder.Property(s => s.TargetClass).HasMaxLength(5);
        builder.Property(s => s.StationCode).HasMaxLength(50);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasIndex(s => s.GridCode);
        builder.HasIndex(s => s.WaterBodyCode);
    }
}

internal sealed record WaterSectionDto(
    string Code, string Name, string WaterBody, string ControlLevel, bool Assessment, string TargetClass,
    double Latitude, double Longitude, string? GridCode, string? StationCode);

/// <summary>Sections (断面); grid-scoped like stations.</summary>
internal sealed class WaterSectionRegistry : IRegistry<WaterSection, WaterSectionDto>, IFilteredRegistry<WaterSection>,
    ICoordinateRegistry<WaterSectionDto>, IGuardedRegistry<WaterSection>
{
    public string Name => "water-sections";

    public string Label => "Entity.WaterSection";

    public string KeyField => "code";

    public IQueryable<WaterSection> Query(OasisDb db) => db.WaterSections.OrderBy(s => s.Code);

    public IQueryable<WaterSection> WhereKey(IQueryable<WaterSection> query, string key) => query.Where(s => s.Code == key);

    public IQueryable<WaterSection> Visible(OasisDb db, IQueryable<WaterSection> query, DataScope scope) => query.InScope(scope);

    public IQueryable<WaterSection> Filter(IQueryable<WaterSection> query, IQueryCollection parameters, string? search)
    {
        var body = parameters["waterBody"].ToString();
        if (body.Length > 0)
        {
            query = query.Where(s => s.WaterBodyCode == body);
        }

        return string.IsNullOrWhiteSpace(search) ? query : query.Where(s => s.Code.Contains(search) || s.Name.Contains(search));
    }

    public string KeyOf(WaterSectionDto dto) => dto.Code;

    public bool InScope(WaterSectionDto dto, DataScope scope) => scope.SeesGrid(dto.GridCode);

    public Task<IReadOnlyList<WaterSectionDto>> ToDtosAsync(OasisDb db, IReadOnlyList<WaterSection> entities, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<WaterSectionDto>>(entities.Select(s => new WaterSectionDto(s.Code, s.Name, s.WaterBodyCode, s.ControlLevel,
            s.Assessment, s.TargetClass, s.Latitude, s.Longitude, s.GridCode, s.StationCode)).ToList());

    public WaterSection Create(WaterSectionDto dto)
    {
        var section = new WaterSection { Code = dto.Code, Name = dto.Name, WaterBodyCode = dto.WaterBody, ControlLevel = dto.ControlLevel, TargetClass = dto.TargetClass };
        Apply(dto, section);
        return section;
    }

    public void Apply(WaterSectionDto dto, WaterSection entity)
    {
        entity.Name = dto.Name;
        entity.WaterBodyCode = dto.WaterBody;
        entity.ControlLevel = dto.ControlLevel;
        entity.Assessment = dto.Assessment;
        entity.TargetClass = dto.TargetClass;
        entity.StationCode = string.IsNullOrWhiteSpace(dto.StationCode) ? null : dto.StationCode;
        WaterSiteRules.Place(entity, dto.Latitude, dto.Longitude, dto.GridCode);
    }

    public async Task ValidateAsync(OasisDb db, WaterSectionDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        var check = await WaterSiteRules.CheckSiteAsync(db, new Checks(errors, row), dto.Code, dto.Name, dto.Latitude, dto.Longitude, dto.GridCode, ct)
            .ConfigureAwait(false);
        check.Required(dto.ControlLevel, "controlLevel").OneOf(dto.ControlLevel, "controlLevel", WaterSections.ControlLevels)
            .Required(dto.TargetClass, "targetClass").OneOf(dto.TargetClass, "targetClass", WaterSections.Targets);
        await WaterSiteRules.CheckWaterBodyAsync(db, check, dto.WaterBody, required: true, ct).ConfigureAwait(false);
        if (!string.IsNullOrWhiteSpace(dto.StationCode) && !await db.Stations.AnyAsync(s => s.Code == dto.StationCode, ct).ConfigureAwait(false))
        {
            check.Fail("stationCode", "Validation.UnknownStation", dto.StationCode);
        }
    }

    public WaterSectionDto ToWgs84(WaterSectionDto dto, CoordinateSystem system)
    {
        var (lat, lon) = WaterSiteRules.ToWgs84(system, dto.Latitude, dto.Longitude);
        return dto with { Latitude = lat, Longitude = lon };
    }

    public Task EnsureDeletableAsync(OasisDb db, WaterSection entity, CancellationToken ct) => WaterSiteRules.EnsureNoSamplesAsync(db, entity.Code, ct);
}
