using System.Globalization;
using System.Text;

namespace Oasis.Hj212;

/// <summary>One CP item, kept.</summary>
/// <param name="Name">Full field name (<c>a34004-Avg</c>).</param>
/// <param name="Code">Factor or equipment code, or null for plain fields (DataTime, QnRtn).</param>
/// <param name="Kind">The suffix.</param>
/// <param name="Value">The value text.</param>
/// <param name="Number">The value as a number when the kind is numeric and it parses.</param>
/// <param name="Group">Index of the <c>;</c>-separated group.</param>
public sealed record CpField(string Name, string? Code, FieldKind Kind, string Value, double? Number, int Group);

/// <summary>
/// A parsed packet copied out of the buffer: for the simulator, reassembly, tests and anything
/// off the hot path. The server's hot path can stay on <see cref="Hj212PacketView"/>.
/// </summary>
public sealed class Hj212Packet
{
    public required string Segment { get; init; }
    public string? Qn { get; init; }
    public required string St { get; init; }
    public required string Cn { get; init; }
    public required string Pw { get; init; }
    public required string Mn { get; init; }
    public int? Flag { get; init; }
    public int? Pnum { get; init; }
    public int? Pno { get; init; }
    public DateTime? DataTime { get; init; }
    public string? DataTimeText { get; init; }
    public Hj212Dialect Dialect { get; init; }
    public Hj212Warnings Warnings { get; init; }
    public required IReadOnlyList<CpField> Fields { get; init; }

    public int CnCode => int.TryParse(Cn, NumberStyles.None, CultureInfo.InvariantCulture, out var cn) ? cn : -1;

    public bool AnswerWanted => Flag is { } f && (f & 1) != 0;

    public bool IsSplit => Flag is { } f && (f & 2) != 0;

    /// <summary>The value of the first plain field with this name (<c>QnRtn</c>, <c>SystemTime</c> …), or null.</summary>
    public string? Get(string name)
    {
        foreach (var f in Fields)
        {
            if (f.Name == name)
            {
                return f.Value;
            }
        }

        return null;
    }

    /// <summary>Readings: numeric fields of a factor (everything with a code and a numeric kind).</summary>
    public IEnumerable<CpField> Readings => Fields.Where(f => f.Code is not null && f.Kind.IsNumeric() && !f.Kind.IsEquipment());

    /// <summary>Copies a view out of its buffer.</summary>
    public static Hj212Packet From(in Hj212PacketView view)
    {
        var fields = new List<CpField>();
        foreach (var item in view.Items)
        {
            if (!item.HasEquals)
            {
                continue;
            }

            double? number = item.Kind.IsNumeric() && item.TryGetNumber(out var n) ? n : null;
            fields.Add(new CpField(Text(item.Name), item.Code.IsEmpty ? null : Text(item.Code), item.Kind, Text(item.Value), number, item.Group));
        }

        return new Hj212Packet
        {
            Segment = Text(view.Segment),
            Qn = view.Qn.IsEmpty ? null : Text(view.Qn),
            St = Text(view.St),
            Cn = Text(view.Cn),
            Pw = Text(view.Pw),
            Mn = Text(view.Mn),
            Flag = view.Flag < 0 ? null : view.Flag,
            Pnum = view.Pnum < 0 ? null : view.Pnum,
            Pno = view.Pno < 0 ? null : view.Pno,
            DataTime = view.DataTime,
            DataTimeText = view.DataTimeText.IsEmpty ? null : Text(view.DataTimeText),
            Dialect = view.Dialect,
            Warnings = view.Warnings,
            Fields = fields,
        };
    }

    /// <summary>Parses and copies in one step; null unless the packet is accepted by the codec.</summary>
    public static Hj212Packet? TryDecode(ReadOnlySpan<byte> packet, out RejectReason reason, int maxPacketBytes = Hj212Frame.DefaultMaxPacketBytes)
    {
        reason = Hj212Parser.Parse(packet, out var view, maxPacketBytes);
        return reason == RejectReason.None ? From(view) : null;
    }

    private static string Text(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);
}
