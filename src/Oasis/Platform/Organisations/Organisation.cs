using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Platform.Organisations;

/// <summary>A unit users belong to: the bureau, its departments, the monitoring station, a town office.</summary>
internal sealed class Organisation
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? ParentCode { get; set; }

    public string? Phone { get; set; }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("platform_organisations");
        builder.Property(o => o.Code).HasMaxLength(50);
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.ParentCode).HasMaxLength(50);
        builder.Property(o => o.Phone).HasMaxLength(50);
        builder.HasIndex(o => o.Code).IsUnique();
    }
}
