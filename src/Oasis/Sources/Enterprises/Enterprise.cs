using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Sources.Enterprises;

/// <summary>An emission unit (排污单位), identified by its unified social credit code (统一社会信用代码).</summary>
internal sealed class Enterprise : Oasis.Platform.Scopes.IGridScoped
{
    public int Id { get; set; }

    public required string CreditCode { get; set; }

    public required string Name { get; set; }

    public string? Industry { get; set; }

    /// <summary>Census category: one of <see cref="EnterpriseCategories.All"/>.</summary>
    public required string Category { get; set; }

    public string? Address { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? GridCode { get; set; }

    public List<Outlet> Outlets { get; set; } = [];
}

/// <summary>An outlet (排口) of an enterprise: DA… for waste gas, DW… for wastewater.</summary>
internal sealed class Outlet
{
    public int Id { get; set; }

    public int EnterpriseId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary><c>gas</c>, <c>water</c> or <c>noise</c>.</summary>
    public required string Kind { get; set; }
}

internal static class EnterpriseCategories
{
    public static readonly string[] All =
    [
        "industrial", "agricultural", "centralised-treatment", "village-domestic", "boiler",
        "river-outlet", "petrol-station", "oil-depot",
    ];

    public static readonly string[] OutletKinds = ["gas", "water", "noise"];
}

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.ToTable("sources_enterprises");
        builder.Property(e => e.CreditCode).HasMaxLength(18);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Industry).HasMaxLength(100);
        builder.Property(e => e.Category).HasMaxLength(40);
        builder.Property(e => e.Address).HasMaxLength(300);
        builder.Property(e => e.GridCode).HasMaxLength(50);
        builder.HasIndex(e => e.CreditCode).IsUnique();
        builder.HasIndex(e => e.GridCode);
        builder.HasMany(e => e.Outlets).WithOne().HasForeignKey(o => o.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutletConfiguration : IEntityTypeConfiguration<Outlet>
{
    public void Configure(EntityTypeBuilder<Outlet> builder)
    {
        builder.ToTable("sources_outlets");
        builder.Property(o => o.Code).HasMaxLength(50);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Kind).HasMaxLength(10);
        builder.HasIndex(o => new { o.EnterpriseId, o.Code }).IsUnique();
    }
}
