using Oasis.Hj212;

namespace Oasis.Monitoring.Ingest;

/// <summary>
/// Turns a decoded data packet into one row per factor. 2011 (real-time) takes Rtd; 2031, 2051
/// and 2061 take Avg with Min, Max and Cou. Other commands carry no readings.
/// </summary>
internal static class PacketReadings
{
    public static bool IsDataUpload(string cn) => cn is "2011" or "2031" or "2051" or "2061";

    public static IReadOnlyList<ReadingRow> Extract(Hj212Packet packet)
    {
        if (!IsDataUpload(packet.Cn) || packet.DataTime is null)
        {
            return [];
        }

        var realTime = packet.Cn == "2011";
        var rows = new Dictionary<string, Builder>(StringComparer.Ordinal);
        foreach (var field in packet.Fields)
        {
            if (field.Code is null)
            {
                continue;
            }

            if (!rows.TryGetValue(field.Code, out var row))
            {
                row = new Builder();
                rows[field.Code] = row;
            }

            switch (field.Kind)
            {
                case FieldKind.Rtd when realTime:
                case FieldKind.Avg when !realTime:
                    row.Value ??= field.Number;
                    row.HasValue = true;
                    break;
                case FieldKind.Min: row.Min ??= field.Number; break;
                case FieldKind.Max: row.Max ??= field.Number; break;
                case FieldKind.Cou: row.Cou ??= field.Number; break;
                case FieldKind.Flag: row.Flag ??= IsFlag(field.Value) ? field.Value : null; break;
                default: break;
            }
        }

        return rows.Where(r => r.Value.HasValue || r.Value.Min is not null || r.Value.Max is not null || r.Value.Cou is not null)
            .Select(r => new ReadingRow(r.Key, r.Value.Value, r.Value.Min, r.Value.Max, r.Value.Cou, r.Value.Flag))
            .ToList();
    }

    private static bool IsFlag(string value) => value.Length is > 0 and <= 4 && value.All(c => c is > ' ' and <= '~');

    /// <summary>HJ 212 DataTime is the device's Beijing wall clock.</summary>
    public static DateTime? ToUtc(DateTime? beijing) =>
        beijing is { } t ? DateTime.SpecifyKind(t.AddHours(-8), DateTimeKind.Utc) : null;

    private sealed class Builder
    {
        public bool HasValue { get; set; }

        public double? Value { get; set; }

        public double? Min { get; set; }

        public double? Max { get; set; }

        public double? Cou { get; set; }

        public string? Flag { get; set; }
    }
}
