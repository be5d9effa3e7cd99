using System.Globalization;
using System.Text;

namespace Oasis.Browser.Tests;

/// <summary>HJ 212-2017 packets as a device writes them, for the browser tests that feed the host over its real socket.</summary>
internal static class Hj212Packet
{
    /// <summary>A 2011 real-time segment: PM2.5 and PM10 (a34004, a34002) at <paramref name="beijing"/>.</summary>
    public static string RealTime(string mn, string password, DateTime beijing, double pm) =>
        string.Create(CultureInfo.InvariantCulture,
            $"QN={beijing:yyyyMMddHHmmss}001;ST=22;CN=2011;PW={password};MN={mn};Flag=5;CP=&&DataTime={beijing:yyyyMMddHHmmss};a34004-Rtd={pm},a34004-Flag=N;a34002-Rtd={pm},a34002-Flag=N&&");

    /// <summary>A 2061 hourly segment: the PM2.5 average of the hour starting at <paramref name="hourBeijing"/>.</summary>
    public static string Hourly(string mn, string password, DateTime hourBeijing, double pm25) =>
        string.Create(CultureInfo.InvariantCulture,
            $"QN={hourBeijing:yyyyMMddHHmmss}061;ST=22;CN=2061;PW={password};MN={mn};Flag=5;CP=&&DataTime={hourBeijing:yyyyMMddHHmmss};a34004-Avg={pm25},a34004-Flag=N&&");

    /// <summary>The frame: ## + byte length + segment + CRC16 + CR LF.</summary>
    public static byte[] Frame(string segment)
    {
        var bytes = Encoding.UTF8.GetBytes(segment);
        return Encoding.ASCII.GetBytes($"##{bytes.Length:0000}{segment}{Crc(bytes):X4}\r\n");
    }

    /// <summary>The CRC16 of HJ 212-2017 Appendix A, bit by bit as the standard's C sample.</summary>
    private static ushort Crc(byte[] segment)
    {
        uint crc = 0xFFFF;
        foreach (var b in segment)
        {
            crc = (crc >> 8) ^ b;
            for (var i = 0; i < 8; i++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1;
            }
        }

        return (ushort)crc;
    }
}
