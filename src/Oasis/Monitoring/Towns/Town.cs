using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Monitoring.Towns;

/// <summary>A town (镇/乡) or street (街道): the middle level of the scope tree city → town → grid.</summary>
internal sealed class Town
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary><c>street</c> (街道) or <c>town</c> (镇/乡).</summary>
    public required string Kind { get; set; }
}

internal sealed class TownConfiguration : IEntityTypeConfiguration<Town>
{
    public void Configure(EntityTypeBuilder<Town> builder)
    {
        builder.ToTable("monitoring_towns");
        builder.Property(t => t.Code).HasMaxLength(50);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Kind).HasMaxLength(20);
        builder.HasIndex(t => t.Code).IsUnique();
    }
}
