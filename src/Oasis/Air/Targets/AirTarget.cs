using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Air.Targets;

/// <summary>
/// One figure of a plan or an annual target (规划指标/年度目标) for the city's air: the 2020 baseline and the 2025 target
/// of table 2-1, annual targets the bureau adds, the next plan's. Data, not code (decision 0503).
/// </summary>
internal sealed class AirTarget
{
    /// <summary>The key (a string key keeps seeded rows clear of identity sequences on PostgreSQL).</summary>
    public required string Code { get; set; }

    /// <summary>One of <see cref="AirTargetCodes.Indicators"/>.</summary>
    public required string Indicator { get; set; }

    /// <summary>The calendar year the value is for (a plan's target: its last year).</summary>
    public int Year { get; set; }

    /// <summary>The plan it belongs to (e.g. 十四五), empty for an annual target.</summary>
    public string? Plan { get; set; }

    /// <summary><c>baseline</c> (基准值) or <c>target</c> (目标值).</summary>
    public required string Role { get; set; }

    /// <summary>% for ratios, µg/m³ for PM2.5.</summary>
    public double Value { get; set; }

    /// <summary><c>binding</c> (约束性) or <c>expected</c> (预期性).</summary>
    public required string Kind { get; set; }

    /// <summary>The edition the value was set under: <c>2012</c> or <c>2026</c>.</summary>
    public required string Edition { get; set; }

    /// <summary><c>deduct</c> (扣除沙尘) or <c>include</c>.</summary>
    public required string Dust { get; set; }

    /// <summary>Where the value comes from (document, table).</summary>
    public string? Source { get; set; }
}

/// <summary>The codes a target's fields take (CONTRACTS.md: enumerations are English codes).</summary>
internal static class AirTargetCodes
{
    public const string GoodRatio = "good-ratio";
    public const string Pm25 = "pm25";
    public const string HeavyRatio = "heavy-ratio";
    public const string Baseline = "baseline";
    public const string Target = "target";
    public const string Deduct = "deduct";
    public const string Include = "include";

    public static readonly string[] Indicators = [GoodRatio, Pm25, HeavyRatio];
    public static readonly string[] Roles = [Baseline, Target];
    public static readonly string[] Kinds = ["binding", "expected"];
    public static readonly string[] Editions = ["2012", "2026"];
    public static readonly string[] DustBases = [Deduct, Include];
}

internal sealed class AirTargetConfiguration : IEntityTypeConfiguration<AirTarget>
{
    private const string Plan = "十四五";
    private const string Source = "《昌吉市生态环境保护“十四五”规划》表2-1";

    public void Configure(EntityTypeBuilder<AirTarget> builder)
    {
        builder.ToTable("air_targets");
        builder.Property(t => t.Code).HasMaxLength(50);
        builder.Property(t => t.Indicator).HasMaxLength(20);
        builder.Property(t => t.Plan).HasMaxLength(50);
        builder.Property(t => t.Role).HasMaxLength(10);
        builder.Property(t => t.Kind).HasMaxLength(10);
        builder.Property(t => t.Edition).HasMaxLength(4);
        builder.Property(t => t.Dust).HasMaxLength(10);
        builder.Property(t => t.Source).HasMaxLength(200);
        builder.HasKey(t => t.Code);
        // Changji's plan figures ship with every installation (the default city); another city edits or deletes them.
        // The 2020 values are dust-deducted under the 2012 editions (seed text §1, table 2-1); the 2025 targets are
        // read on the same basis.
        builder.HasData(
            Seed("CJ-14-GOOD-2020", AirTargetCodes.GoodRatio, 2020, AirTargetCodes.Baseline, 77.9, "binding"),
            Seed("CJ-14-GOOD-2025", AirTargetCodes.GoodRatio, 2025, AirTargetCodes.Target, 78.4, "binding"),
            Seed("CJ-14-PM25-2020", AirTargetCodes.Pm25, 2020, AirTargetCodes.Baseline, 49, "binding"),
            Seed("CJ-14-PM25-2025", AirTargetCodes.Pm25, 2025, AirTargetCodes.Target, 46.8, "binding"),
            Seed("CJ-14-HEAVY-2020", AirTargetCodes.HeavyRatio, 2020, AirTargetCodes.Baseline, 11.7, "expected"),
            Seed("CJ-14-HEAVY-2025", AirTargetCodes.HeavyRatio, 2025, AirTargetCodes.Target, 7.7, "expected"));
    }

    private static AirTarget Seed(string code, string indicator, int year, string role, double value, string kind) => new()
    {
        Code = code, Indicator = indicator, Year = year, Plan = Plan, Role = role, Value = value, Kind = kind,
        Edition = "2012", Dust = AirTargetCodes.Deduct, Source = Source,
    };
}
