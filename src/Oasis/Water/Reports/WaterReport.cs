using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Platform.Reports;

namespace Oasis.Water.Reports;

/// <summary>
/// One generated water report (地表水环境质量月报/年报) in the history, with the size of its data basis; the file is under
/// <c>reports/water/</c> of the data directory (decision 0314).
/// </summary>
internal sealed class WaterReport : GeneratedReport
{
    /// <summary>Sections with a class in the period.</summary>
    public int Sections { get; set; }

    /// <summary>Manual samples of sections and sources in the period.</summary>
    public int Samples { get; set; }
}

/// <summary>The water report kinds and the period each covers around a date.</summary>
internal static class WaterReportKinds
{
    public const string Monthly = "monthly";
    public const string Annual = "annual";

    public static readonly string[] All = [Monthly, Annual];

    public static Evaluation.WaterEvaluation.Period PeriodOf(string kind, DateOnly date) => kind == Monthly
        ? Evaluation.WaterEvaluation.Period.Month(date.Year, date.Month)
        : Evaluation.WaterEvaluation.Period.Year(date.Year);
}

internal sealed class WaterReportConfiguration : IEntityTypeConfiguration<WaterReport>
{
    public void Configure(EntityTypeBuilder<WaterReport> builder)
    {
        builder.ToTable("water_reports");
        GeneratedReport.Configure(builder);
    }
}
