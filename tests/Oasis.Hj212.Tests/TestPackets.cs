using System.Text;

namespace Oasis.Hj212.Tests;

internal static class TestPackets
{
    /// <summary>Frames a segment correctly (byte-count length, upper-case CRC, CR LF).</summary>
    public static byte[] Frame(string segment) => Hj212Encoder.Frame(segment);

    /// <summary>Frames with a chosen length field and CRC text, for negative tests.</summary>
    public static byte[] Raw(string lengthField, string segment, string? crc = null)
    {
        crc ??= Hj212Crc.Compute(Encoding.UTF8.GetBytes(segment)).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        return Encoding.UTF8.GetBytes("##" + lengthField + segment + crc + "\r\n");
    }

    public const string Minute2017 =
        "QN=20220513162608370;ST=22;CN=2051;PW=123456;MN=JLYP01_AIR01_0001;Flag=5;CP=&&DataTime=20220513162600;a21004-Avg=4,a21004-Flag=N;a05024-Avg=63,a05024-Flag=N&&";
}
