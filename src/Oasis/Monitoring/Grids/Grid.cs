using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Monitoring.Grids;

/// <summary>An environmental grid (环境网格): the smallest node of the scope tree.</summary>
internal sealed class Grid
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string TownCode { get; set; }

    /// <summary>User names of the responsible grid managers (网格员).</summary>
    public List<string> Managers { get; set; } = [];

    /// <summary>GeoJSON geometry (Polygon or MultiPolygon), WGS84/CGCS2000 longitude, latitude.</summary>
    public string? Geometry { get; set; }
}

internal sealed class GridConfiguration : IEntityTypeConfiguration<Grid>
{
    public void Configure(EntityTypeBuilder<Grid> builder)
    {
        builder.ToTable("monitoring_grids");
        builder.Property(g => g.Code).HasMaxLength(50);
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.Property(g => g.TownCode).HasMaxLength(50);
        builder.HasIndex(g => g.Code).IsUnique();
        builder.HasIndex(g => g.TownCode);
    }
}
