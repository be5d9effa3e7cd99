using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Monitoring.Stations;

/// <summary>A monitoring station (监测点位) of any kind: air, water section, drinking-water source, well.</summary>
internal sealed class Station : Oasis.Platform.Scopes.IGridScoped
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>One of <see cref="StationKinds.All"/>.</summary>
    public required string Kind { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public string? GridCode { get; set; }

    /// <summary>Whether the station counts for the city's evaluation (参与城市评价).</summary>
    public bool Evaluation { get; set; }

    /// <summary>The monitoring plan: the pollutants or items this station measures.</summary>
    public List<string> Pollutants { get; set; } = [];
}

internal static class StationKinds
{
    public static readonly string[] All =
        ["national", "provincial", "city", "micro", "water-section", "drinking-water", "groundwater"];

    /// <summary>Air stations that can count for the city's air evaluation (water sections carry the evaluation flag too).</summary>
    public static readonly string[] AirEvaluation = ["national", "provincial", "city"];

    /// <summary>Every kind that measures ambient air.</summary>
    public static readonly string[] Air = [.. AirEvaluation, "micro"];

    /// <summary>Every kind the water module builds its registry from (sections, sources, wells).</summary>
    public static readonly string[] Water = ["water-section", "drinking-water", "groundwater"];

    public static bool IsKnown(string kind) => Array.IndexOf(All, kind) >= 0;
}

internal sealed class StationConfiguration : IEntityTypeConfiguration<Station>
{
    public void Configure(EntityTypeBuilder<Station> builder)
    {
        builder.ToTable("monitoring_stations");
        builder.Property(s => s.Code).HasMaxLength(50);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Kind).HasMaxLength(20);
        builder.Property(s => s.GridCode).HasMaxLength(50);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.HasIndex(s => s.GridCode);
    }
}
