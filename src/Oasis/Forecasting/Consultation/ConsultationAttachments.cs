using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Configuration;
using Oasis.Platform.Errors;

namespace Oasis.Forecasting.Consultation;

/// <summary>
/// A consultation's files under <c>data/forecast/consultations/</c>, keyed like the work-order photos by a hash of the
/// consultation and the content: a repeated upload gives back the same attachment. The file is flushed before its row
/// is committed, so a recorded attachment exists on disk.
/// </summary>
internal sealed class ConsultationAttachments(OasisPaths paths, TimeProvider clock)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly FileExtensionContentTypeProvider Types = new();

    public async Task<ConsultationAttachment> StoreAsync(OasisDb db, int id, string fileName, Stream content, long length, string by, CancellationToken ct)
    {
        if (!await db.Set<ForecastConsultation>().AnyAsync(c => c.Id == id, ct).ConfigureAwait(false))
        {
            throw OasisProblemException.NotFound("Entity.ForecastConsultation", id.ToString(CultureInfo.InvariantCulture));
        }

        if (length == 0)
        {
            throw OasisProblemException.Validation("file", "Validation.Required");
        }

        if (length > MaxBytes)
        {
            throw OasisProblemException.Validation("file", "Forecast.Consultation.FileTooLarge", MaxBytes / 1024 / 1024);
        }

        var bytes = new byte[length];
        await content.ReadExactlyAsync(bytes, ct).ConfigureAwait(false);
        var prefix = System.Text.Encoding.ASCII.GetBytes(id.ToString(CultureInfo.InvariantCulture) + ":");
        var key = Convert.ToHexStringLower(SHA256.HashData([.. prefix, .. bytes]))[..32];
        if (await db.Set<ConsultationAttachment>().AsNoTracking().SingleOrDefaultAsync(a => a.Key == key, ct).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        await using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            await stream.WriteAsync(bytes, ct).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
        var name = Path.GetFileName(fileName);
        var attachment = new ConsultationAttachment
        {
            ConsultationId = id, Key = key, FileName = name.Length == 0 ? key : name[..Math.Min(name.Length, 255)],
            ContentType = Types.TryGetContentType(name, out var type) ? type : "application/octet-stream", Size = length,
            UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedBy = by,
        };
        db.Add(attachment);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return attachment;
    }

    public string PathOf(string key) => Path.Combine(paths.DataDirectory, "forecast", "consultations", key[..2], key + ".bin");
}
