using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Air.Dust;

/// <summary>
/// A sand-dust period (沙尘过程) and its life (decision 0504): proposed by monitoring staff with evidence → approved by a
/// leader (or rejected) → confirmed when the national centre's decision is imported. Only the life moves; the period a
/// figure deducted is the one its source level admitted. Every change is audited by the interceptor.
/// </summary>
internal sealed class DustEpisode
{
    public int Id { get; set; }

    /// <summary>UTC start of the first affected hour.</summary>
    public DateTime StartUtc { get; set; }

    /// <summary>UTC end (exclusive): the hours starting before it are affected.</summary>
    public DateTime EndUtc { get; set; }

    /// <summary>The station affected; null = every station.</summary>
    public string? StationCode { get; set; }

    /// <summary>One of <see cref="DustStatus"/>.</summary>
    public required string Status { get; set; }

    /// <summary>What shows the dust (PM10/PM2.5 ratio, weather bulletin, satellite image reference).</summary>
    public required string Evidence { get; set; }

    public string? ProposedBy { get; set; }

    public DateTime ProposedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAt { get; set; }

    /// <summary>The national centre's decision (document number or file), once confirmed.</summary>
    public string? Confirmation { get; set; }

    public DateTime? ConfirmedAt { get; set; }
}

/// <summary>
/// The life of a dust period, ordered: a figure that asks for a source level deducts every period at that level or
/// above (<c>approved</c> takes approved and confirmed ones).
/// </summary>
internal static class DustStatus
{
    public const string Proposed = "proposed";
    public const string Approved = "approved";
    public const string Confirmed = "confirmed";
    public const string Rejected = "rejected";

    /// <summary>The source levels a figure may ask for, lowest first.</summary>
    public static readonly string[] Levels = [Proposed, Approved, Confirmed];

    /// <summary>The statuses a figure at <paramref name="level"/> deducts.</summary>
    public static string[] AtOrAbove(string level) => Levels[Array.IndexOf(Levels, level)..];
}

internal sealed class DustEpisodeConfiguration : IEntityTypeConfiguration<DustEpisode>
{
    public void Configure(EntityTypeBuilder<DustEpisode> builder)
    {
        builder.ToTable("air_dust_periods");
        builder.Property(p => p.StationCode).HasMaxLength(50);
        builder.Property(p => p.Status).HasMaxLength(16);
        builder.Property(p => p.Evidence).HasMaxLength(2000);
        builder.Property(p => p.ProposedBy).HasMaxLength(256);
        builder.Property(p => p.DecidedBy).HasMaxLength(256);
        builder.Property(p => p.Confirmation).HasMaxLength(200);
        builder.HasIndex(p => new { p.StartUtc, p.EndUtc });
    }
}
