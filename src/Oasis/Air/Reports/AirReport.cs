using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Platform.Reports;

namespace Oasis.Air.Reports;

/// <summary>
/// One generated report (日报/月报/年报) in the history: what it covers (a kind of <see cref="AirReportKinds"/>), on which
/// basis, and its file under the data directory (<c>reports/air/</c>).
/// </summary>
internal sealed class AirReport : GeneratedReport
{
    /// <summary>The editions the days were rated by: <c>2012</c>, <c>2026</c> or <c>2012+2026</c>.</summary>
    public required string Edition { get; set; }

    /// <summary><c>reviewed</c> (审核), <c>realtime</c> (实况), <c>mixed</c>, or <c>none</c> (no imported hour).</summary>
    public required string DataStatus { get; set; }

    public required string Dust { get; set; }

    public string? DustSource { get; set; }

    /// <summary>The station a station report covers (decision 0511); null for the city's report.</summary>
    public string? Station { get; set; }
}

/// <summary>The report kinds and the period each covers around a date.</summary>
internal static class AirReportKinds
{
    public const string Daily = "daily";
    public const string Monthly = "monthly";
    public const string Annual = "annual";

    public static readonly string[] All = [Daily, Monthly, Annual];
    public static readonly string[] Formats = ReportFormats.All;

    /// <summary>The day, the calendar month or the calendar year that holds <paramref name="date"/>.</summary>
    public static (DateOnly From, DateOnly To) PeriodOf(string kind, DateOnly date) => kind switch
    {
        Daily => (date, date),
        Monthly => (new DateOnly(date.Year, date.Month, 1), new DateOnly(date.Year, date.Month, 1).AddMonths(1).AddDays(-1)),
        _ => (new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31)),
    };
}

internal sealed class AirReportConfiguration : IEntityTypeConfiguration<AirReport>
{
    public void Configure(EntityTypeBuilder<AirReport> builder)
    {
        builder.ToTable("air_reports");
        GeneratedReport.Configure(builder);
        builder.Property(r => r.Edition).HasMaxLength(10);
        builder.Property(r => r.DataStatus).HasMaxLength(10);
        builder.Property(r => r.Dust).HasMaxLength(10);
        builder.Property(r => r.DustSource).HasMaxLength(16);
        builder.Property(r => r.Station).HasMaxLength(50);
    }
}
