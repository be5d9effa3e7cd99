using Microsoft.Extensions.Options;
using Oasis.Data;
using Oasis.Platform.Configuration;
using Oasis.Platform.Reports;
using Oasis.Platform.Scopes;

namespace Oasis.Water.Reports;

/// <summary>Where water report templates come from, and the schedule (<c>Oasis:Water:Reports:*</c>, docs/water-reports.md, decision 0320).</summary>
internal sealed class WaterReportOptions
{
    public const string Section = "Oasis:Water:Reports";

    /// <summary>The bureau's template folder (relative to the content root); a template missing there comes from the built-in folder.</summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>Generate last month's and last year's reports on schedule.</summary>
    public bool Scheduled { get; set; } = true;

    /// <summary>The day of the following month (1–28, Beijing) from which last month's report is generated: the laboratory's results are in by then.</summary>
    public int MonthlyDay { get; set; } = 10;

    /// <summary>The day of January (1–31) from which last year's report is generated.</summary>
    public int AnnualDay { get; set; } = 10;

    /// <summary>How many months before the latest due one a missed run is still made (0–24).</summary>
    public int CatchUpMonths { get; set; } = 3;

    public bool IsValid() => MonthlyDay is >= 1 and <= 28 && AnnualDay is >= 1 and <= 31 && CatchUpMonths is >= 0 and <= 24;
}

/// <summary>
/// Generates a water report from its template (the air reports' writer, decision 0505), writes the file under
/// <c>reports/water/</c> of the data directory and records it in the history (<see cref="WaterReport"/>).
/// </summary>
internal sealed class WaterReportService(OasisPaths paths, IHostEnvironment environment, IOptions<WaterReportOptions> options, IOptions<CityInfo> city,
    TimeProvider clock)
{
    public ReportFiles Files { get; } = new(Path.Combine(paths.DataDirectory, "reports", "water"), Path.Combine("Water", "Reports", "Templates"),
        options.Value.TemplateDirectory, environment.ContentRootPath);

    public async Task<WaterReport> GenerateAsync(OasisDb db, string kind, DateOnly date, string format, string createdBy, CancellationToken ct)
    {
        var period = WaterReportKinds.PeriodOf(kind, date);
        var now = clock.GetUtcNow();
        var content = await WaterReportContent.BuildAsync(db, city.Value.Name, kind, period, now, ct).ConfigureAwait(false);
        var bytes = TemplateReportWriter.Write(format, Files.TemplatePath(kind, format), content.Report);
        var report = new WaterReport
        {
            Kind = kind, Format = format, From = period.From, To = period.To, Sections = content.Sections, Samples = content.Samples,
            FileName = await Files.WriteAsync(kind, period.From, format, bytes, now, ct).ConfigureAwait(false),
            Size = bytes.Length, CreatedAt = now.UtcDateTime, CreatedBy = createdBy,
        };
        db.WaterReports().Add(report);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return report;
    }
}
