using System.Globalization;
using System.Text;

namespace Oasis.Hj212;

/// <summary>The values of one factor in one upload: e.g. a34004 with Avg, Min, Max and a data flag.</summary>
/// <param name="Code">Factor code (2017 or 2005 dialect).</param>
/// <param name="Values">Values by kind, written in this order.</param>
/// <param name="Flag">Data flag (Table 8), or null to omit <c>-Flag</c>.</param>
public sealed record FactorSample(string Code, IReadOnlyList<KeyValuePair<FieldKind, double>> Values, char? Flag = DataFlags.Normal)
{
    /// <summary>One value of one kind (e.g. a 2011 <c>-Rtd</c>).</summary>
    public static FactorSample Single(string code, FieldKind kind, double value, char? flag = DataFlags.Normal) =>
        new(code, [new(kind, value)], flag);

    internal void AppendTo(StringBuilder sb)
    {
        var first = true;
        foreach (var (kind, value) in Values)
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            sb.Append(Code).Append('-').Append(kind.Suffix()).Append('=').Append(FormatNumber(value));
        }

        if (Flag is { } flag)
        {
            sb.Append(first ? "" : ",").Append(Code).Append("-Flag=").Append(flag);
        }
    }

    /// <summary>Invariant, no exponent, at most 6 decimals, no needless zeros.</summary>
    public static string FormatNumber(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
