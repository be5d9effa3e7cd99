using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Air.Review;

/// <summary>
/// 审核: monitoring staff declare a station's hours of one pollutant (or all six) invalid, with a reason of the national
/// practice and evidence (decision 0506). The raw hours stay as received; the hourly layer leaves the marked values out,
/// so every figure rests on the reviewed layer. A mistaken mark is withdrawn, never deleted; both are audited.
/// </summary>
internal sealed class AirReviewMark
{
    public int Id { get; set; }

    public required string StationCode { get; set; }

    /// <summary>The pollutant code (<c>PM2.5</c>, <c>PM10</c>, <c>SO2</c>, <c>NO2</c>, <c>CO</c>, <c>O3</c>); null = all six.</summary>
    public string? Pollutant { get; set; }

    /// <summary>UTC start of the first invalid hour.</summary>
    public DateTime StartUtc { get; set; }

    /// <summary>UTC end, exclusive: the hours starting before it are invalid.</summary>
    public DateTime EndUtc { get; set; }

    /// <summary>One of <see cref="AirReviewReasons.All"/>.</summary>
    public required string Reason { get; set; }

    public required string Evidence { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    public string? WithdrawnBy { get; set; }
}

/// <summary>
/// The reasons the national practice marks monitoring data invalid for: 校准 (calibration), 维护 (maintenance, including
/// power and communication faults), 超量程 (out of range), 审核无效 (found invalid on review).
/// </summary>
internal static class AirReviewReasons
{
    public static readonly string[] All = ["calibration", "maintenance", "out-of-range", "invalid-on-review"];
}

internal sealed class AirReviewMarkConfiguration : IEntityTypeConfiguration<AirReviewMark>
{
    public void Configure(EntityTypeBuilder<AirReviewMark> builder)
    {
        builder.ToTable("air_review_marks");
        builder.Property(m => m.StationCode).HasMaxLength(50);
        builder.Property(m => m.Pollutant).HasMaxLength(8);
        builder.Property(m => m.Reason).HasMaxLength(20);
        builder.Property(m => m.Evidence).HasMaxLength(2000);
        builder.Property(m => m.CreatedBy).HasMaxLength(256);
        builder.Property(m => m.WithdrawnBy).HasMaxLength(256);
        builder.HasIndex(m => new { m.StationCode, m.StartUtc });
    }
}
