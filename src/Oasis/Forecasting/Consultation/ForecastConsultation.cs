using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Forecasting.Issues;

namespace Oasis.Forecasting.Consultation;

/// <summary>
/// A consultation (会商) of the environment and meteorological bureaus on a model forecast, and the city forecast it
/// publishes (decision 0408): recorded as a draft with the adjusted days, participants, reasoning and attachments, then
/// published once. A later consultation on the same issue day supersedes it; both stay.
/// </summary>
internal sealed class ForecastConsultation
{
    public int Id { get; set; }

    /// <summary>The model forecast the forecasters started from.</summary>
    public int IssueId { get; set; }

    /// <summary>That forecast's issue day (leads of the published days count from it, like the model's).</summary>
    public DateOnly IssueDate { get; set; }

    /// <summary>One of <see cref="ConsultationStates"/>.</summary>
    public required string State { get; set; }

    /// <summary>When the consultation was held (UTC).</summary>
    public DateTime HeldAt { get; set; }

    public required string Reasoning { get; set; }

    public DateTime RecordedAt { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    /// <summary>Published at or after 20:00 Beijing time (HJ 633-2026 §5.2 asks for before 20:00): allowed, flagged.</summary>
    public bool Late { get; set; }

    public List<ConsultationParticipant> Participants { get; set; } = [];

    public List<PublishedDay> Days { get; set; } = [];

    public List<ConsultationAttachment> Attachments { get; set; } = [];
}

internal static class ConsultationStates
{
    public const string Draft = "draft";
    public const string Published = "published";
}

/// <summary>A participant: name, organisation and which side (<see cref="ParticipantSides"/>).</summary>
internal sealed class ConsultationParticipant
{
    public int Id { get; set; }

    public int ConsultationId { get; set; }

    public required string Name { get; set; }

    public required string Organisation { get; set; }

    public required string Side { get; set; }
}

internal static class ParticipantSides
{
    public const string Environment = "environment";
    public const string Meteorology = "meteorology";
    public const string Other = "other";

    public static readonly string[] All = [Environment, Meteorology, Other];
}

/// <summary>One published city day: an AQI range, its categories (from the range) and the primary pollutants.</summary>
internal sealed class PublishedDay
{
    public int ConsultationId { get; set; }

    public DateOnly TargetDate { get; set; }

    /// <summary>Days after the model forecast's issue day (as the model's lead).</summary>
    public int Lead { get; set; }

    public int AqiLow { get; set; }

    public int AqiHigh { get; set; }

    /// <summary>Category codes of the range's ends (equal when the range stays in one category).</summary>
    public required string CategoryLow { get; set; }

    public required string CategoryHigh { get; set; }

    /// <summary>Primary pollutant codes, comma-separated; empty when the whole range is ≤ 50.</summary>
    public required string Primary { get; set; }

    /// <summary>The model's city AQI for the day, the starting value, kept beside the adjustment.</summary>
    public int? ModelAqi { get; set; }
}

/// <summary>A file of the consultation (minutes, charts, the met bureau's bulletin) stored under the data directory.</summary>
internal sealed class ConsultationAttachment
{
    public int Id { get; set; }

    public int ConsultationId { get; set; }

    /// <summary>SHA-256 of consultation and content (first 32 hex): the file's name on disk and its address.</summary>
    public required string Key { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public DateTime UploadedAt { get; set; }

    public required string UploadedBy { get; set; }
}

internal sealed class ForecastConsultationConfiguration : IEntityTypeConfiguration<ForecastConsultation>
{
    public void Configure(EntityTypeBuilder<ForecastConsultation> builder)
    {
        builder.ToTable("forecast_consultations");
        builder.Property(c => c.State).HasMaxLength(10);
        builder.Property(c => c.Reasoning).HasMaxLength(8000);
        builder.Property(c => c.RecordedBy).HasMaxLength(256);
        builder.Property(c => c.PublishedBy).HasMaxLength(256);
        builder.HasIndex(c => c.IssueDate);
        builder.HasOne<ForecastIssue>().WithMany().HasForeignKey(c => c.IssueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Days).WithOne().HasForeignKey(d => d.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Attachments).WithOne().HasForeignKey(a => a.ConsultationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsultationParticipantConfiguration : IEntityTypeConfiguration<ConsultationParticipant>
{
    public void Configure(EntityTypeBuilder<ConsultationParticipant> builder)
    {
        builder.ToTable("forecast_consultation_participants");
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Organisation).HasMaxLength(200);
        builder.Property(p => p.Side).HasMaxLength(20);
    }
}

internal sealed class PublishedDayConfiguration : IEntityTypeConfiguration<PublishedDay>
{
    public void Configure(EntityTypeBuilder<PublishedDay> builder)
    {
        builder.ToTable("forecast_published_days");
        builder.HasKey(d => new { d.ConsultationId, d.TargetDate });
        builder.Property(d => d.CategoryLow).HasMaxLength(20);
        builder.Property(d => d.CategoryHigh).HasMaxLength(20);
        builder.Property(d => d.Primary).HasMaxLength(40);
    }
}

internal sealed class ConsultationAttachmentConfiguration : IEntityTypeConfiguration<ConsultationAttachment>
{
    public void Configure(EntityTypeBuilder<ConsultationAttachment> builder)
    {
        builder.ToTable("forecast_consultation_attachments");
        builder.Property(a => a.Key).HasMaxLength(32);
        builder.HasIndex(a => a.Key).IsUnique();
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.UploadedBy).HasMaxLength(256);
    }
}
