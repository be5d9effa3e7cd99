using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Platform.Reports;

/// <summary>
/// What every generated report in a history shares (air 日报/月报/年报, water 月报/年报): its kind, format, period and its
/// file under the data directory. The file is written once and never changed; a new generation is a new row.
/// </summary>
internal abstract class GeneratedReport
{
    public int Id { get; set; }

    /// <summary>The module's report kind (<c>daily</c>, <c>monthly</c>, <c>annual</c>).</summary>
    public required string Kind { get; set; }

    /// <summary>One of <see cref="ReportFormats.All"/>.</summary>
    public required string Format { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    /// <summary>The file name under the module's report folder of the data directory.</summary>
    public required string FileName { get; set; }

    public long Size { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The user, or <c>system</c> for a schedule.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>The column sizes every report table shares.</summary>
    public static void Configure<T>(EntityTypeBuilder<T> builder)
        where T : GeneratedReport
    {
        builder.Property(r => r.Kind).HasMaxLength(10);
        builder.Property(r => r.Format).HasMaxLength(4);
        builder.Property(r => r.FileName).HasMaxLength(200);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.Kind, r.From, r.Format });
    }
}

/// <summary>The two formats a report template comes in.</summary>
internal static class ReportFormats
{
    public const string Word = "docx";
    public const string Excel = "xlsx";

    public static readonly string[] All = [Word, Excel];

    public static string ContentType(string format) => format == Word
        ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
