using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Standards.Water;

namespace Oasis.Water.Samples;

/// <summary>
/// One manual sampling result (手工监测) of a section, a drinking-water source or a well on one date: the values as the
/// laboratory reported them, a value below the detection limit keeping its limit (<c>0.004L</c>, decision 0303). A day
/// may hold replicate samples (平行样, or several points of the section), numbered 1, 2, … (decision 0316).
/// </summary>
internal sealed class ManualSample
{
    public int Id { get; set; }

    /// <summary>One of <see cref="SiteKinds"/>.</summary>
    public required string SiteKind { get; set; }

    public required string SiteCode { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The replicate's number on its day, from 1.</summary>
    public int Replicate { get; set; } = 1;

    /// <summary>
    /// A quality-control replicate (质控样, e.g. a parallel sample taken to check the laboratory): kept on record and shown,
    /// but out of the day's mean and of every evaluation (decision 0319).
    /// </summary>
    public bool QualityControl { get; set; }

    /// <summary><c>river</c> or <c>lake</c> (lakes and reservoirs), as the CLI's <c>waterbody</c> column.</summary>
    public required string Body { get; set; }

    public List<ManualSampleValue> Values { get; set; } = [];

    public const string Section = "section";
    public const string Source = "source";
    public const string Well = "well";

    public static readonly string[] SiteKinds = [Section, Source, Well];

    /// <summary>The GB 3838 Table 1 part of the sample, as the engine takes it.</summary>
    public WaterSample ToTable1()
    {
        var values = new WaterValue?[WaterIndicators.Count];
        foreach (var v in Values)
        {
            if (WaterIndicators.FromCode(v.Item) is { } indicator)
            {
                values[(int)indicator] = v.ToWaterValue();
            }
        }

        return new WaterSample(Body == "lake" ? WaterBodyKind.Lake : WaterBodyKind.River, values);
    }

    /// <summary>Values not detected with a detection limit above the limit they would prove (decision 0303's warning).</summary>
    public List<DetectionLimitWarning> DetectionLimitWarnings()
    {
        var body = Body == "lake" ? WaterBodyKind.Lake : WaterBodyKind.River;
        return [.. Values.Select(v => WaterIndicators.FromCode(v.Item) is { } indicator
                ? DetectionLimitWarning.Check(indicator, v.ToWaterValue(), body)
                : DetectionLimitWarning.Check(v.Item, v.ToWaterValue()))
            .OfType<DetectionLimitWarning>()];
    }

    /// <summary>The Table 2 and 3 items measured, by their Chinese names (drinking-water sources).</summary>
    public Dictionary<string, WaterValue> Supplementary() => Values
        .Where(v => WaterIndicators.FromCode(v.Item) is null)
        .ToDictionary(v => v.Item, v => v.ToWaterValue(), StringComparer.Ordinal);
}

internal static class ManualSampleFilters
{
    /// <summary>The samples an evaluation takes: every one but the quality-control replicates (decision 0319).</summary>
    public static List<ManualSample> Evaluated(this IEnumerable<ManualSample> samples) => [.. samples.Where(s => !s.QualityControl)];
}

/// <summary>One item of a sample: a Table 1 column code (<c>NH3N</c>) or a Table 2/3 item name (<c>硫酸盐</c>).</summary>
internal sealed class ManualSampleValue
{
    public required string Item { get; set; }

    public decimal Value { get; set; }

    /// <summary>Not detected: <see cref="Value"/> is the detection limit.</summary>
    public bool BelowLimit { get; set; }

    public WaterValue ToWaterValue() => BelowLimit ? WaterValue.NotDetected(Value) : WaterValue.Measured(Value);

    public string Text => ToWaterValue().ToString();
}

internal sealed class ManualSampleConfiguration : IEntityTypeConfiguration<ManualSample>
{
    public void Configure(EntityTypeBuilder<ManualSample> builder)
    {
        builder.ToTable("water_samples");
        builder.Property(s => s.SiteKind).HasMaxLength(10);
        builder.Property(s => s.SiteCode).HasMaxLength(50);
        builder.Property(s => s.Body).HasMaxLength(10);
        // One result per site, date and replicate: a second file for the same day replaces the day (decisions 0311, 0316).
        builder.HasIndex(s => new { s.SiteCode, s.Date, s.Replicate }).IsUnique();
        builder.Property(s => s.Replicate).HasDefaultValue(1); // the samples stored before replicates were kept are the first of their day
        builder.OwnsMany(s => s.Values, v => v.ToJson());
    }
}

/// <summary>A site a sample can belong to: its registry, code, grid and the <c>waterbody</c> its samples must carry (null: any).</summary>
internal sealed record SiteRef(string Kind, string Code, string Name, string? GridCode, string? Body);
