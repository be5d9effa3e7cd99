using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Emergency;

/// <summary>
/// One row of the emergency emission-reduction list (应急减排清单): an enterprise's measures at one warning level and the
/// daily reductions they are expected to bring, in kg/d (decision 0420). The performance grade (绩效分级) is the
/// enterprise's, repeated on each of its rows as in the bureau's list.
/// </summary>
internal sealed class EmergencyMeasure
{
    /// <summary><c>{creditCode}-{level}</c>: one row per enterprise and level.</summary>
    public required string Code { get; set; }

    public required string CreditCode { get; set; }

    /// <summary>One of <see cref="EmergencyCodes.Grades"/>.</summary>
    public required string Grade { get; set; }

    /// <summary><c>yellow</c>, <c>orange</c> or <c>red</c>.</summary>
    public required string Level { get; set; }

    /// <summary>限产: the share of production cut, %.</summary>
    public double? CutPercent { get; set; }

    /// <summary>停产: production stopped.</summary>
    public bool Shutdown { get; set; }

    /// <summary>错峰: production shifted away from the warning.</summary>
    public bool OffPeak { get; set; }

    /// <summary>Process steps (工序) stopped, as the list names them.</summary>
    public string? StoppedSteps { get; set; }

    public string? Note { get; set; }

    public double Pm { get; set; }

    public double So2 { get; set; }

    public double Nox { get; set; }

    public double Vocs { get; set; }

    /// <summary>A-grade and 引领性 enterprises reduce voluntarily (自主减排): listed, never tasked or counted (decision 0420).</summary>
    public bool Voluntary => EmergencyCodes.IsVoluntary(Grade);
}

/// <summary>The city's baseline daily emission of one pollutant (the denominator of the list's shares), with its source.</summary>
internal sealed class EmergencyBaseline
{
    /// <summary><c>pm</c>, <c>so2</c>, <c>nox</c>, <c>vocs</c>.</summary>
    public required string Pollutant { get; set; }

    /// <summary>kg/d.</summary>
    public double KgPerDay { get; set; }

    public int Year { get; set; }

    public required string Source { get; set; }
}

/// <summary>
/// An enterprise's task while a warning is in force at one level (decision 0421): created when the warning is issued,
/// ended and replaced when it is upgraded or downgraded, ended when it is lifted. The measures are copied so that a later
/// edit of the list does not rewrite what was asked.
/// </summary>
internal sealed class EmergencyTask
{
    public int Id { get; set; }

    public int WarningId { get; set; }

    public required string CreditCode { get; set; }

    public required string Level { get; set; }

    public required string MeasureCode { get; set; }

    /// <summary>The reduction promised, %: 100 for 停产, else the 限产 share; null for measures without a share (错峰 only).</summary>
    public double? PromisedPercent { get; set; }

    public required string Measures { get; set; }

    public double Pm { get; set; }

    public double So2 { get; set; }

    public double Nox { get; set; }

    public double Vocs { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    /// <summary>An inspection's verdict: <c>compliant</c> or <c>non-compliant</c>; null until inspected.</summary>
    public string? Inspection { get; set; }

    public string? InspectionNote { get; set; }

    public string? InspectedBy { get; set; }

    public DateTime? InspectedAt { get; set; }
}

internal static class EmergencyCodes
{
    public const string Compliant = "compliant";
    public const string NonCompliant = "non-compliant";

    public static readonly string[] Levels = ["yellow", "orange", "red"];

    /// <summary>Performance grades: A–D of the key industries, 引领性/非引领性 of the others.</summary>
    public static readonly string[] Grades = ["A", "B", "C", "D", "leading", "non-leading"];

    public static readonly string[] Pollutants = ["pm", "so2", "nox", "vocs"];

    public static readonly string[] Verdicts = [Compliant, NonCompliant];

    public static bool IsVoluntary(string grade) => grade is "A" or "leading";
}

internal sealed class EmergencyMeasureConfiguration : IEntityTypeConfiguration<EmergencyMeasure>
{
    public void Configure(EntityTypeBuilder<EmergencyMeasure> builder)
    {
        builder.ToTable("emergency_measures");
        builder.HasKey(m => m.Code);
        builder.Property(m => m.Code).HasMaxLength(30);
        builder.Property(m => m.CreditCode).HasMaxLength(18);
        builder.Property(m => m.Grade).HasMaxLength(12);
        builder.Property(m => m.Level).HasMaxLength(10);
        builder.Property(m => m.StoppedSteps).HasMaxLength(500);
        builder.Property(m => m.Note).HasMaxLength(1000);
        builder.Ignore(m => m.Voluntary);
        builder.HasIndex(m => new { m.CreditCode, m.Level }).IsUnique();
    }
}

internal sealed class EmergencyBaselineConfiguration : IEntityTypeConfiguration<EmergencyBaseline>
{
    public void Configure(EntityTypeBuilder<EmergencyBaseline> builder)
    {
        builder.ToTable("emergency_baselines");
        builder.HasKey(b => b.Pollutant);
        builder.Property(b => b.Pollutant).HasMaxLength(10);
        builder.Property(b => b.Source).HasMaxLength(300);
    }
}

internal sealed class EmergencyTaskConfiguration : IEntityTypeConfiguration<EmergencyTask>
{
    public void Configure(EntityTypeBuilder<EmergencyTask> builder)
    {
        builder.ToTable("emergency_tasks");
        builder.Property(t => t.CreditCode).HasMaxLength(18);
        builder.Property(t => t.Level).HasMaxLength(10);
        builder.Property(t => t.MeasureCode).HasMaxLength(30);
        builder.Property(t => t.Measures).HasMaxLength(1000);
        builder.Property(t => t.Inspection).HasMaxLength(20);
        builder.Property(t => t.InspectionNote).HasMaxLength(2000);
        builder.Property(t => t.InspectedBy).HasMaxLength(256);
        builder.HasIndex(t => new { t.WarningId, t.CreditCode });
        builder.HasIndex(t => new { t.CreditCode, t.EndedAt });
    }
}
