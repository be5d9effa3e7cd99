using System.Text;

namespace Oasis.Monitoring.Ingest;

/// <summary>
/// Text as both databases can hold it. PostgreSQL text cannot contain NUL, and real devices send
/// NUL bytes: they are kept visibly as U+2400 (␀), which no HJ 212 packet otherwise contains.
/// </summary>
internal static class RawText
{
    public const char NulSymbol = '\u2400';

    public static string From(byte[] packet) => Clean(Encoding.UTF8.GetString(packet))!;

    public static string? Clean(string? text) =>
        text is null || !text.Contains('\0', StringComparison.Ordinal) ? text : text.Replace('\0', NulSymbol);
}
