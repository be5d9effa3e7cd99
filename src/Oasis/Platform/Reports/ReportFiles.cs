using Microsoft.AspNetCore.Http.HttpResults;
using Oasis.Platform.Errors;

namespace Oasis.Platform.Reports;

/// <summary>
/// Where a module's reports live: its templates (the bureau's folder first, then the built-in ones copied with the app)
/// and the generated files under <c>reports/{module}/</c> of the data directory, each with a fresh name so that a file in
/// the history stays as it was sent.
/// </summary>
internal sealed class ReportFiles(string directory, string builtInTemplates, string? bureauTemplates, string contentRoot)
{
    public string Directory => directory;

    /// <summary>The bureau's template if its folder has one, else the built-in one shipped with the app.</summary>
    public string TemplatePath(string kind, string format)
    {
        var name = $"{kind}.{format}";
        if (bureauTemplates is { Length: > 0 } folder)
        {
            var custom = Path.Combine(Path.GetFullPath(folder, contentRoot), name);
            if (File.Exists(custom))
            {
                return custom;
            }
        }

        return Path.Combine(AppContext.BaseDirectory, builtInTemplates, name);
    }

    /// <summary>Writes a generated file and returns its name under <see cref="Directory"/>.</summary>
    public async Task<string> WriteAsync(string kind, DateOnly from, string format, byte[] bytes, DateTimeOffset now, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(directory);
        var fileName = $"{kind}-{from:yyyyMMdd}-{now.UtcDateTime:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}.{format}";
        await File.WriteAllBytesAsync(Path.Combine(directory, fileName), bytes, ct).ConfigureAwait(false);
        return fileName;
    }

    /// <summary>The file of a history row, named <c>{prefix}-{kind}-{from}.{format}</c> for the download; 404 when it is gone.</summary>
    public FileStreamHttpResult Download(GeneratedReport report, string prefix, string entity)
    {
        var path = Path.Combine(directory, report.FileName);
        if (!File.Exists(path))
        {
            throw OasisProblemException.NotFound(entity, report.FileName);
        }

        return TypedResults.File(File.OpenRead(path), ReportFormats.ContentType(report.Format), $"{prefix}-{report.Kind}-{report.From:yyyyMMdd}.{report.Format}");
    }
}
