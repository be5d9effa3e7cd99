using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Registry;
using Oasis.Standards.Water;

namespace Oasis.Water.Registry;

/// <summary>A river, lake or reservoir (水体). Rivers take the river TP limits, lakes and reservoirs their own.</summary>
internal sealed class WaterBody
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>One of <see cref="WaterBodyKinds.All"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The basin or the river it joins (流域), free text.</summary>
    public string? Basin { get; set; }
}

internal static class WaterBodyKinds
{
    public static readonly string[] All = ["river", "lake", "reservoir"];

    /// <summary>The engine's kind: lakes and reservoirs (湖、库) share the lake limits.</summary>
    public static WaterBodyKind ToEngine(string kind) => kind == "river" ? WaterBodyKind.River : WaterBodyKind.Lake;

    /// <summary>The sample's <c>waterbody</c> (the CLI's column) for a water body of this kind.</summary>
    public static string SampleBody(string kind) => kind == "river" ? "river" : "lake";
}

internal sealed class WaterBodyConfiguration : IEntityTypeConfiguration<WaterBody>
{
    public void Configure(EntityTypeBuilder<WaterBody> builder)
    {
        builder.ToTable("water_bodies");
        builder.Property(b => b.Code).HasMaxLength(50);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.Kind).HasMaxLength(20);
        builder.Property(b => b.Basin).HasMaxLength(200);
        builder.HasIndex(b => b.Code).IsUnique();
    }
}

internal sealed record WaterBodyDto(string Code, string Name, string Kind, string? Basin);

/// <summary>Rivers, lakes and reservoirs: city-wide records (a river crosses many grids), so every reader sees all.</summary>
internal sealed class WaterBodyRegistry : IRegistry<WaterBody, WaterBodyDto>, IFilteredRegistry<WaterBody>, IGuardedRegistry<WaterBody>
{
    public string Name => "water-bodies";

    public string Label => "Entity.WaterBody";

    public string KeyField => "code";

    public IQueryable<WaterBody> Query(OasisDb db) => db.WaterBodies.OrderBy(b => b.Code);

    public IQueryable<WaterBody> WhereKey(IQueryable<WaterBody> query, string key) => query.Where(b => b.Code == key);

    public IQueryable<WaterBody> Visible(OasisDb db, IQueryable<WaterBody> query, DataScope scope) => query;

    public IQueryable<WaterBody> Filter(IQueryable<WaterBody> query, IQueryCollection parameters, string? search) =>
        string.IsNullOrWhiteSpace(search) ? query : query.Where(b => b.Code.Contains(search) || b.Name.Contains(search));

    public string KeyOf(WaterBodyDto dto) => dto.Code;

    // Only city-wide callers create or change a water body: it is not placed in a grid.
    public bool InScope(WaterBodyDto dto, DataScope scope) => scope.CityWide;

    public Task<IReadOnlyList<WaterBodyDto>> ToDtosAsync(OasisDb db, IReadOnlyList<WaterBody> entities, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<WaterBodyDto>>(entities.Select(b => new WaterBodyDto(b.Code, b.Name, b.Kind, b.Basin)).ToList());

    public WaterBody Create(WaterBodyDto dto)
    {
        var body = new WaterBody { Code = dto.Code, Name = dto.Name, Kind = dto.Kind };
        Apply(dto, body);
        return body;
    }

    public void Apply(WaterBodyDto dto, WaterBody entity)
    {
        entity.Name = dto.Name;
        entity.Kind = dto.Kind;
        entity.Basin = string.IsNullOrWhiteSpace(dto.Basin) ? null : dto.Basin;
    }

    public Task ValidateAsync(OasisDb db, WaterBodyDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        new Checks(errors, row).Code(dto.Code, "code").Required(dto.Name, "name").Required(dto.Kind, "kind")
            .OneOf(dto.Kind, "kind", WaterBodyKinds.All).Optional(dto.Basin, "basin");
        return Task.CompletedTask;
    }

    public async Task EnsureDeletableAsync(OasisDb db, WaterBody entity, CancellationToken ct)
    {
        if (await db.WaterSections.AnyAsync(s => s.WaterBodyCode == entity.Code, ct).ConfigureAwait(false)
            || await db.WaterSources.AnyAsync(s => s.WaterBodyCode == entity.Code, ct).ConfigureAwait(false))
        {
            throw OasisProblemException.Rule("in-use", "Problem.InUse.Detail", entity.Code);
        }
    }
}
