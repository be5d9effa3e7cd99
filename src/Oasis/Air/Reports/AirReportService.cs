using Microsoft.Extensions.Options;
using Oasis.Air.Aggregates;
using Oasis.Air.Dust;
using Oasis.Data;
using Oasis.Platform.Configuration;
using Oasis.Platform.Reports;
using Oasis.Platform.Scopes;
using Oasis.Standards.Air;

namespace Oasis.Air.Reports;

/// <summary>Where report templates come from (docs/air-reports.md).</summary>
internal sealed class AirReportOptions
{
    public const string Section = "Oasis:Air:Reports";

    /// <summary>The bureau's template folder (relative to the content root); a template missing there comes from the built-in folder.</summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>Generate yesterday's daily, last month's and last year's reports on schedule.</summary>
    public bool Scheduled { get; set; } = true;
}

/// <summary>What to generate: a kind, any date inside its period, a format, the basis of the figures, and the station (null: the city).</summary>
internal sealed record AirReportRequest(string Kind, DateOnly Date, string Format, EditionChoice Choice, string Dust, string DustSource, string? Station = null);

/// <summary>
/// Generates a report from its template, writes the file under <c>reports/air/</c> of the data directory and records it
/// in the history (<see cref="AirReport"/>). Used by <c>POST /api/air/reports</c> and by the schedule.
/// </summary>
internal sealed class AirReportService(OasisPaths paths, IHostEnvironment environment, IOptions<AirReportOptions> options, IOptions<CityInfo> city, AirDailyStore daily, TimeProvider clock)
{
    public ReportFiles Files { get; } = new(Path.Combine(paths.DataDirectory, "reports", "air"), Path.Combine("Air", "Reports", "Templates"),
        options.Value.TemplateDirectory, environment.ContentRootPath);

    public async Task<AirReport> GenerateAsync(OasisDb db, AirReportRequest request, string createdBy, CancellationToken ct)
    {
        var (from, to) = AirReportKinds.PeriodOf(request.Kind, request.Date);
        var dust = await DustBasis.LoadAsync(db, request.Dust, request.DustSource, from, to, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var content = await AirReportContent.BuildAsync(daily, db, city.Value.Name, request.Station, request.Kind, from, to, request.Choice, dust, now, ct).ConfigureAwait(false);
        var bytes = TemplateReportWriter.Write(request.Format, Files.TemplatePath(request.Kind, request.Format), content.ToReport());
        var fileName = await Files.WriteAsync(request.Kind, from, request.Format, bytes, now, ct).ConfigureAwait(false);
        var report = new AirReport
        {
            Kind = request.Kind, Format = request.Format, From = from, To = to, Edition = content.Period.Edition, DataStatus = content.DataStatus,
            Dust = dust.Basis, DustSource = dust.Source, FileName = fileName, Size = bytes.Length, CreatedAt = now.UtcDateTime, CreatedBy = createdBy,
            Station = request.Station,
        };
        db.AirReports.Add(report);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return report;
    }
}
