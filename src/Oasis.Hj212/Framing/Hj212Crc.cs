namespace Oasis.Hj212;

/// <summary>
/// The CRC16 of HJ 212-2017 Appendix A. Not CRC-16/MODBUS: step 3 XORs the byte into the
/// register's high byte and keeps only that (<c>crc = (crc &gt;&gt; 8) ^ b</c>), throwing the low
/// byte away. The standard's own example packet ends in 1C80 (its prose misprints 1C08).
/// </summary>
public static class Hj212Crc
{
    private static readonly ushort[] Table = BuildTable();

    // The register carries only its high byte from one byte to the next, and the table is linear
    // over GF(2); so eight bytes at a time can be folded with eight independent lookups
    // (Step[k][x] = the high byte after k steps from x), breaking the one-lookup-per-byte chain.
    private static readonly byte[][] Step = BuildSteps();

    /// <summary>CRC16 over the data segment's bytes (UTF-8, never UTF-16 characters).</summary>
    public static ushort Compute(ReadOnlySpan<byte> segment)
    {
        if (segment.IsEmpty)
        {
            return 0xFFFF;
        }

        var (s1, s2, s3, s4, s5, s6, s7, s8) = (Step[1], Step[2], Step[3], Step[4], Step[5], Step[6], Step[7], Step[8]);
        var state = 0xFF;
        var body = segment[..^1];
        var i = 0;
        for (; i + 8 <= body.Length; i += 8)
        {
            state = s8[state ^ body[i]] ^ s7[body[i + 1]] ^ s6[body[i + 2]] ^ s5[body[i + 3]]
                ^ s4[body[i + 4]] ^ s3[body[i + 5]] ^ s2[body[i + 6]] ^ s1[body[i + 7]];
        }

        for (; i < body.Length; i++)
        {
            state = s1[state ^ body[i]];
        }

        return Table[state ^ segment[^1]];
    }

    /// <summary>The bit-by-bit form exactly as the standard's C sample writes it (tests compare the two).</summary>
    internal static ushort ComputeBitwise(ReadOnlySpan<byte> segment)
    {
        uint crc = 0xFFFF;
        foreach (var b in segment)
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

    /// <summary>Reads 4 hex digits, either case.</summary>
    public static bool TryParseHex(ReadOnlySpan<byte> hex, out ushort value)
    {
        value = 0;
        if (hex.Length != 4)
        {
            return false;
        }

        var v = 0;
        foreach (var c in hex)
        {
            var d = c switch
            {
                >= (byte)'0' and <= (byte)'9' => c - '0',
                >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
                >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
                _ => -1,
            };
            if (d < 0)
            {
                return false;
            }

            v = (v << 4) | d;
        }

        value = (ushort)v;
        return true;
    }

    /// <summary>Writes the CRC as 4 upper-case hex digits, high byte first.</summary>
    public static void WriteHex(ushort crc, Span<byte> destination)
    {
        const string Digits = "0123456789ABCDEF";
        destination[0] = (byte)Digits[(crc >> 12) & 0xF];
        destination[1] = (byte)Digits[(crc >> 8) & 0xF];
        destination[2] = (byte)Digits[(crc >> 4) & 0xF];
        destination[3] = (byte)Digits[crc & 0xF];
    }

    private static byte[][] BuildSteps()
    {
        var table = BuildTable();
        var steps = new byte[9][];
        steps[0] = new byte[256];
        for (var x = 0; x < 256; x++)
        {
            steps[0][x] = (byte)x;
        }

        for (var k = 1; k <= 8; k++)
        {
            steps[k] = new byte[256];
            for (var x = 0; x < 256; x++)
            {
                steps[k][x] = (byte)(table[steps[k - 1][x]] >> 8);
            }
        }

        return steps;
    }

    // The register's new value depends only on the byte (crc >> 8) ^ b, because the low byte
    // is discarded before the shifts; so a 256-entry table replaces the eight shifts.
    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            uint crc = (uint)i;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xA001 : crc >> 1;
            }

            table[i] = (ushort)crc;
        }

        return table;
    }
}
