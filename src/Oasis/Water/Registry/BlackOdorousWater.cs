using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Geo;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Water.Registry;

/// <summary>
/// A black-odorous water body (黑臭水体) and where its remediation stands. Its grading by the national guideline's
/// four indicators is not built (decision 0307): the registry records the body and its status only.
/// </summary>
internal sealed class BlackOdorousWater : WaterSite
{
    /// <summary>One of <see cref="BlackOdorousWaterRegistry.Statuses"/>.</summary>
    public required string Status { get; set; }

    public double? LengthKm { get; set; }

    public int? IdentifiedYear { get; set; }

    public int? RemediatedYear { get; set; }
}

internal sealed class BlackOdorousWaterConfiguration : IEntityTypeConfiguration<BlackOdorousWater>
{
    public void Configure(EntityTypeBuilder<BlackOdorousWater> builder)
    {
        builder.ToTable("water_black_odorous");
        builder.Property(s => s.Code).HasMaxLength(50);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.GridCode).HasMaxLength(50);
        builder.Property(s => s.Status).HasMaxLength(20);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasIndex(s => s.GridCode);
    }
}

internal sealed record BlackOdorousWaterDto(
    string Code, string Name, string Status, double Latitude, double Longitude, string? GridCode, double? LengthKm, int? IdentifiedYear, int? RemediatedYear);

internal sealed class BlackOdorousWaterRegistry : IRegistry<BlackOdorousWater, BlackOdorousWaterDto>, IFilteredRegistry<BlackOdorousWater>,
    ICoordinateRegistry<BlackOdorousWaterDto>
{
    /// <summary>识别, 整治中, 已完成整治, 长制久清 (no return for a year after remediation).</summary>
    public static readonly string[] Statuses = ["identified", "remediating", "remediated", "effective"];

    public string Name => "black-odorous-waters";

    public string Label => "Entity.BlackOdorousWater";

    public string KeyField => "code";

    public IQueryable<BlackOdorousWater> Query(OasisDb db) => db.BlackOdorousWaters.OrderBy(s => s.Code);

    public IQueryable<BlackOdorousWater> WhereKey(IQueryable<BlackOdorousWater> query, string key) => query.Where(s => s.Code == key);

    public IQueryable<BlackOdorousWater> Visible(OasisDb db, IQueryable<BlackOdorousWater> query, DataScope scope) => query.InScope(scope);

    public IQueryable<BlackOdorousWater> Filter(IQueryable<BlackOdorousWater> query, IQueryCollection parameters, string? search) =>
        string.IsNullOrWhiteSpace(search) ? query : query.Where(s => s.Code.Contains(search) || s.Name.Contains(search));

    public string KeyOf(BlackOdorousWaterDto dto) => dto.Code;

    public bool InScope(BlackOdorousWaterDto dto, DataScope scope) => scope.SeesGrid(dto.GridCode);

    public Task<IReadOnlyList<BlackOdorousWaterDto>> ToDtosAsync(OasisDb db, IReadOnlyList<BlackOdorousWater> entities, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<BlackOdorousWaterDto>>(entities.Select(s => new BlackOdorousWaterDto(s.Code, s.Name, s.Status, s.Latitude,
            s.Longitude, s.GridCode, s.LengthKm, s.IdentifiedYear, s.RemediatedYear)).ToList());

    public BlackOdorousWater Create(BlackOdorousWaterDto dto)
    {
        var water = new BlackOdorousWater { Code = dto.Code, Name = dto.Name, Status = dto.Status };
        Apply(dto, water);
        return water;
    }

    public void Apply(BlackOdorousWaterDto dto, BlackOdorousWater entity)
    {
        entity.Name = dto.Name;
        entity.Status = dto.Status;
        entity.LengthKm = dto.LengthKm;
        entity.IdentifiedYear = dto.IdentifiedYear;
        entity.RemediatedYear = dto.RemediatedYear;
        WaterSiteRules.Place(entity, dto.Latitude, dto.Longitude, dto.GridCode);
    }

    public async Task ValidateAsync(OasisDb db, BlackOdorousWaterDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        var check = await WaterSiteRules.CheckSiteAsync(db, new Checks(errors, row), dto.Code, dto.Name, dto.Latitude, dto.Longitude, dto.GridCode, ct)
            .ConfigureAwait(false);
        check.Required(dto.Status, "status").OneOf(dto.Status, "status", Statuses).Range(dto.LengthKm, "lengthKm", 0, 1000)
            .Range(dto.IdentifiedYear, "identifiedYear", 2000, 2100).Range(dto.RemediatedYear, "remediatedYear", 2000, 2100)
            .That(dto.RemediatedYear is null || dto.IdentifiedYear is null || dto.RemediatedYear >= dto.IdentifiedYear,
                "remediatedYear", "Water.Validation.RemediatedBeforeIdentified");
    }

    public BlackOdorousWaterDto ToWgs84(BlackOdorousWaterDto dto, CoordinateSystem system)
    {
        var (lat, lon) = WaterSiteRules.ToWgs84(system, dto.Latitude, dto.Longitude);
        return dto with { Latitude = lat, Longitude = lon };
    }
}
