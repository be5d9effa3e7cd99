using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Emergency;

/// <summary>
/// An enterprise's electricity use (用电量) over one hour or one day, imported from a file (decision 0425): the second
/// source of an emergency task's compliance beside the flue-gas devices. Saved through OasisDb, so every row is audited.
/// </summary>
internal sealed class ElectricityUse
{
    public long Id { get; set; }

    public required string CreditCode { get; set; }

    /// <summary>The meter or production line as the enterprise names it; empty for the enterprise as a whole.</summary>
    public string Meter { get; set; } = "";

    /// <summary>True: the reading covers the Beijing day starting at <see cref="StartUtc"/>; false: the hour.</summary>
    public bool Daily { get; set; }

    /// <summary>The start of the hour or of the Beijing day, UTC.</summary>
    public DateTime StartUtc { get; set; }

    public double Kwh { get; set; }

    public DateTime ImportedAt { get; set; }

    public required string ImportedBy { get; set; }
}

internal sealed class ElectricityUseConfiguration : IEntityTypeConfiguration<ElectricityUse>
{
    public void Configure(EntityTypeBuilder<ElectricityUse> builder)
    {
        builder.ToTable("emergency_electricity");
        builder.Property(u => u.CreditCode).HasMaxLength(18);
        builder.Property(u => u.Meter).HasMaxLength(50);
        builder.Property(u => u.ImportedBy).HasMaxLength(256);
        // One reading per meter, period kind and start: a second import of the same period replaces the figure.
        builder.HasIndex(u => new { u.CreditCode, u.Meter, u.Daily, u.StartUtc }).IsUnique();
    }
}
