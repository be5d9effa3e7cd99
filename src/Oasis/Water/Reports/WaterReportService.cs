using Microsoft.Extensions.Options;
using Oasis.Data;
using Oasis.Platform.Configuration;
using Oasis.Platform.Reports;
using Oasis.Platform.Scopes;

namespace Oasis.Water.Reports;

/// <summary>Where water report templates come from (docs/water-reports.md).</summary>
internal sealed class WaterReportOptions
{
    public const string Section = "Oasis:Water:Reports";

    /// <summary>The bureau's template folder (relative to the content root); a template missing there comes from the built-in folder.</summary>
    public string? TemplateDirectory { get; set; }
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
