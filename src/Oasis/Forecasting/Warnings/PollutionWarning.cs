using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Forecasting.Warnings;

/// <summary>
/// A heavy-pollution warning (重污染天气预警) through its life: proposed by the rule table from a forecast, approved by a
/// leader (for the joint Changji–Wujiaqu warning, 兵地联合, by both parties), issued, upgraded or downgraded (each again
/// proposed and approved), lifted. A change waiting for approval is <see cref="PendingAction"/>; every step is a
/// <see cref="WarningStep"/>, and the audit log records every change of both.
/// </summary>
internal sealed class PollutionWarning
{
    public int Id { get; set; }

    /// <summary><see cref="WarningRegions.Changji"/> or <see cref="WarningRegions.Joint"/>.</summary>
    public required string Region { get; set; }

    /// <summary>One of <see cref="WarningStates"/>.</summary>
    public required string State { get; set; }

    /// <summary>The level in force (issued) or first proposed: <c>yellow</c>, <c>orange</c>, <c>red</c>.</summary>
    public required string Level { get; set; }

    /// <summary>The change waiting for approval and issue: <c>issue</c>, <c>upgrade</c>, <c>downgrade</c>, <c>lift</c>; null when none.</summary>
    public string? PendingAction { get; set; }

    public string? PendingLevel { get; set; }

    /// <summary>The forecast the pending change (or the last one) was proposed from.</summary>
    public int ForecastIssueId { get; set; }

    /// <summary>The published forecast (会商) the change was proposed from, when one covered the days (decision 0408); null: the model's.</summary>
    public int? ConsultationId { get; set; }

    /// <summary>The pollution process the forecast shows (first and last polluted day).</summary>
    public DateOnly? EpisodeStart { get; set; }

    public DateOnly? EpisodeEnd { get; set; }

    /// <summary>The Changji leader who approved the pending change.</summary>
    public string? ChangjiApprovedBy { get; set; }

    /// <summary>Wujiaqu's signatory for the pending change of a joint warning, as recorded by a Changji leader.</summary>
    public string? WujiaquApprovedBy { get; set; }

    public DateTime ProposedAt { get; set; }

    public DateTime? IssuedAt { get; set; }

    public DateTime? LiftedAt { get; set; }

    public List<WarningStep> Steps { get; set; } = [];

    public bool Approved => ChangjiApprovedBy is not null && (Region != WarningRegions.Joint || WujiaquApprovedBy is not null);
}

/// <summary>One step of a warning's life: who did what, at which level, for which party.</summary>
internal sealed class WarningStep
{
    public int Id { get; set; }

    public int WarningId { get; set; }

    public DateTime At { get; set; }

    /// <summary><c>propose-issue</c>, <c>propose-upgrade</c>, …, <c>approve</c>, <c>issue</c>, <c>upgrade</c>, <c>downgrade</c>, <c>lift</c>.</summary>
    public required string Action { get; set; }

    public string? Level { get; set; }

    public required string By { get; set; }

    /// <summary>For approvals: <c>changji</c> or <c>wujiaqu</c>.</summary>
    public string? Party { get; set; }

    public string? Note { get; set; }
}

internal static class WarningRegions
{
    public const string Changji = "changji";

    /// <summary>The joint Changji–Wujiaqu warning (兵地联合).</summary>
    public const string Joint = "joint";

    public static readonly string[] All = [Changji, Joint];
}

internal static class WarningStates
{
    public const string Proposed = "proposed";
    public const string Issued = "issued";
    public const string Lifted = "lifted";
}

internal sealed class PollutionWarningConfiguration : IEntityTypeConfiguration<PollutionWarning>
{
    public void Configure(EntityTypeBuilder<PollutionWarning> builder)
    {
        builder.ToTable("forecast_warnings");
        builder.Property(w => w.Region).HasMaxLength(10);
        builder.Property(w => w.State).HasMaxLength(10);
        builder.Property(w => w.Level).HasMaxLength(10);
        builder.Property(w => w.PendingAction).HasMaxLength(10);
        builder.Property(w => w.PendingLevel).HasMaxLength(10);
        builder.Property(w => w.ChangjiApprovedBy).HasMaxLength(256);
        builder.Property(w => w.WujiaquApprovedBy).HasMaxLength(256);
        builder.HasIndex(w => new { w.Region, w.State });
        builder.HasMany(w => w.Steps).WithOne().HasForeignKey(s => s.WarningId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WarningStepConfiguration : IEntityTypeConfiguration<WarningStep>
{
    public void Configure(EntityTypeBuilder<WarningStep> builder)
    {
        builder.ToTable("forecast_warning_steps");
        builder.Property(s => s.Action).HasMaxLength(20);
        builder.Property(s => s.Level).HasMaxLength(10);
        builder.Property(s => s.By).HasMaxLength(256);
        builder.Property(s => s.Party).HasMaxLength(10);
        builder.Property(s => s.Note).HasMaxLength(2000);
    }
}
