using System.Buffers;

namespace Oasis.Hj212;

/// <summary>Reads the fields before CP (Table 3), in any order, first occurrence wins.</summary>
internal static class HeaderReader
{
    /// <summary>Returns the offset just after <c>CP=&amp;&amp;</c>, or -1 when there is no readable CP.</summary>
    public static int Read(ReadOnlySpan<byte> segment, ref Hj212PacketView view, ref Hj212Warnings warnings)
    {
        var position = 0;
        var seen = 0;
        while (position < segment.Length)
        {
            var rest = segment[position..];
            if (rest.StartsWith("CP="u8))
            {
                return rest[3..].StartsWith("&&"u8) ? position + 5 : -1;
            }

            var end = rest.IndexOf((byte)';');
            var token = end < 0 ? rest : rest[..end];
            position += end < 0 ? rest.Length : end + 1;
            var eq = token.IndexOf((byte)'=');
            if (eq <= 0)
            {
                warnings |= Hj212Warnings.UnexpectedHeaderField;
                continue;
            }

            var name = token[..eq];
            var value = token[(eq + 1)..];
            var bit = name switch
            {
                _ when name.SequenceEqual("QN"u8) => 1,
                _ when name.SequenceEqual("ST"u8) => 2,
                _ when name.SequenceEqual("CN"u8) => 4,
                _ when name.SequenceEqual("PW"u8) => 8,
                _ when name.SequenceEqual("MN"u8) => 16,
                _ when name.SequenceEqual("Flag"u8) => 32,
                _ when name.SequenceEqual("PNUM"u8) => 64,
                _ when name.SequenceEqual("PNO"u8) => 128,
                _ => 0,
            };
            if (bit == 0 || (seen & bit) != 0)
            {
                warnings |= Hj212Warnings.UnexpectedHeaderField;
                continue;
            }

            seen |= bit;
            switch (bit)
            {
                case 1: view.Qn = value; break;
                case 2: view.St = value; view.StCode = ReadInt(value); break;
                case 4: view.Cn = value; view.CnCode = ReadInt(value); break;
                case 8: view.Pw = value; break;
                case 16: view.Mn = value; break;
                case 32:
                    view.Flag = ReadInt(value);
                    if (view.Flag is < 0 or > 255)
                    {
                        view.Flag = -1;
                        warnings |= Hj212Warnings.MalformedFlag;
                    }

                    break;
                case 64: view.Pnum = ReadInt(value); break;
                default: view.Pno = ReadInt(value); break;
            }
        }

        return -1;
    }

    /// <summary>Dialect, answer and split rules, and the content checks on header values.</summary>
    public static void Finish(ref Hj212PacketView view, ref Hj212Warnings warnings)
    {
        if (view.Flag < 0)
        {
            if ((warnings & Hj212Warnings.MalformedFlag) == 0)
            {
                warnings |= Hj212Warnings.NoFlag;
            }

            view.Dialect = Hj212Dialect.Hj2005;
        }
        else
        {
            // Flag bits V5..V0 D A: the version is the top six bits.
            var version = view.Flag >> 2;
            view.Dialect = version == 0 ? Hj212Dialect.Hj2005 : Hj212Dialect.Hj2017;
            warnings |= version switch
            {
                0 or 1 => Hj212Warnings.None,
                2 => Hj212Warnings.Version2025,
                _ => Hj212Warnings.UnknownVersion,
            };
        }

        var splitFields = view.Pnum >= 0 || view.Pno >= 0;
        if (view.IsSplit != splitFields || (splitFields && (view.Pnum < 1 || view.Pno < 1 || view.Pno > view.Pnum)))
        {
            warnings |= Hj212Warnings.SplitFieldsInconsistent;
        }

        if (view.Qn.IsEmpty && view.Dialect == Hj212Dialect.Hj2017)
        {
            warnings |= Hj212Warnings.MissingQn;
        }

        if (!SystemCodes.IsStandard(view.StCode))
        {
            warnings |= Hj212Warnings.UnknownSt;
        }

        if (!CommandCodes.IsStandard(view.CnCode))
        {
            warnings |= Hj212Warnings.UnknownCn;
        }

        if (view.Pw.IsEmpty)
        {
            warnings |= Hj212Warnings.MissingPw;
        }

        if (!IsStandardMn(view.Mn))
        {
            warnings |= Hj212Warnings.NonStandardMn;
        }
    }

    /// <summary>Non-negative decimal integer of up to 9 digits, else -1.</summary>
    public static int ReadInt(ReadOnlySpan<byte> digits)
    {
        if (digits.IsEmpty || digits.Length > 9)
        {
            return -1;
        }

        var v = 0;
        foreach (var c in digits)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            v = (v * 10) + (c - '0');
        }

        return v;
    }

    // 2005: 14 characters; 2017: 24 hex digits (EPC-96). Others are accepted with a warning.
    private static bool IsStandardMn(ReadOnlySpan<byte> mn) =>
        mn.Length == 14 || (mn.Length == 24 && !mn.ContainsAnyExcept(HexDigits));

    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef"u8);
}
