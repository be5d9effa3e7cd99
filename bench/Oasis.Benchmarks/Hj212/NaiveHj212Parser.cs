using System.Globalization;
using System.Text;

namespace Oasis.Benchmarks.Hj212;

/// <summary>
/// The straightforward parser the issue compares against: decode to a string, check the length
/// and the CRC, then <c>string.Split</c> and <c>double.Parse</c>. Correct for well-formed packets.
/// </summary>
internal static class NaiveHj212Parser
{
    public static double SumValues(byte[] packet)
    {
        var text = Encoding.UTF8.GetString(packet).TrimEnd('\r', '\n');
        if (!text.StartsWith("##", StringComparison.Ordinal) || text.Length < 10)
        {
            return double.NaN;
        }

        var length = int.Parse(text.Substring(2, 4), CultureInfo.InvariantCulture);
        var segment = text.Substring(6, text.Length - 10);
        var crc = Convert.ToUInt16(text[^4..], 16);
        var segmentBytes = Encoding.UTF8.GetBytes(segment);
        if (length != segmentBytes.Length || crc != Crc(segmentBytes))
        {
            return double.NaN;
        }

        var parts = segment.Split("CP=&&");
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in parts[0].Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = field.Split('=');
            header[kv[0]] = kv[1];
        }

        var sum = header.Count;
        var cp = parts[1].TrimEnd('&');
        double total = sum;
        foreach (var group in cp.Split(';'))
        {
            foreach (var item in group.Split(','))
            {
                var kv = item.Split('=');
                if (kv.Length == 2 && kv[0].Contains('-', StringComparison.Ordinal) && !kv[0].EndsWith("Flag", StringComparison.Ordinal))
                {
                    total += double.Parse(kv[1], CultureInfo.InvariantCulture);
                }
            }
        }

        return total;
    }

    private static ushort Crc(byte[] data)
    {
        uint crc = 0xFFFF;
        foreach (var b in data)
        {
            crc = (crc >> 8) ^ b;
            for (var i = 0; i < 8; i++)
            {
                var lsb = crc & 1;
                crc >>= 1;
                if (lsb != 0)
                {
                    crc ^= 0xA001;
                }
            }
        }

        return (ushort)crc;
    }
}
