using System.Globalization;

namespace Oasis.Hj212;

/// <summary>
/// One <c>name=value</c> item of CP, as spans into the packet (no allocation). Values of the
/// same item are separated by <c>,</c> and items by <c>;</c> (§6.3.3); <see cref="Group"/> counts
/// the <c>;</c>-separated groups.
/// </summary>
public readonly ref struct CpItem
{
    internal CpItem(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value, bool hasEquals, int group)
    {
        Name = name;
        Value = value;
        HasEquals = hasEquals;
        Group = group;
        var dash = name.LastIndexOf((byte)'-');
        if (dash > 0)
        {
            Code = name[..dash];
            Kind = FieldKinds.Parse(name[(dash + 1)..]);
        }
        else
        {
            Code = default;
            Kind = FieldKind.None;
        }
    }

    /// <summary>The whole field name, e.g. <c>a34004-Avg</c> or <c>DataTime</c>.</summary>
    public ReadOnlySpan<byte> Name { get; }

    /// <summary>The value text, after <c>=</c>.</summary>
    public ReadOnlySpan<byte> Value { get; }

    /// <summary>False for an item without <c>=</c> (malformed; reported as a warning).</summary>
    public bool HasEquals { get; }

    /// <summary>0-based index of the <c>;</c>-separated group.</summary>
    public int Group { get; }

    /// <summary>The factor or equipment code before the last <c>-</c>; empty for plain fields.</summary>
    public ReadOnlySpan<byte> Code { get; }

    public FieldKind Kind { get; }

    /// <summary>Reads the value as a number (invariant culture; sign and exponent allowed; NaN and ∞ refused).</summary>
    public bool TryGetNumber(out double value) => CpValues.TryParseNumber(Value, out value);

    public bool NameIs(ReadOnlySpan<byte> name) => Name.SequenceEqual(name);
}

/// <summary>Enumerates the items of a CP data area. <c>foreach (var item in view.Items)</c>.</summary>
public ref struct CpItemEnumerator
{
    private readonly ReadOnlySpan<byte> _cp;
    private int _position;
    private int _group;
    private CpItem _current;

    internal CpItemEnumerator(ReadOnlySpan<byte> cp)
    {
        _cp = cp;
        _position = 0;
        _group = 0;
        _current = default;
    }

    public readonly CpItem Current => _current;

    public readonly CpItemEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_position < _cp.Length)
        {
            var rest = _cp[_position..];
            var eq = rest.IndexOfAny((byte)'=', (byte)';', (byte)',');
            if (eq < 0 || rest[eq] != (byte)'=')
            {
                // An item without '=': return it so the caller can report it, then move on.
                var stop = eq < 0 ? rest.Length : eq;
                var group = _group;
                Advance(stop, rest);
                if (stop == 0)
                {
                    continue;
                }

                _current = new CpItem(Trim(rest[..stop]), default, false, group);
                return true;
            }

            var valueStart = eq + 1;
            var end = FindValueEnd(rest, valueStart);
            var itemGroup = _group;
            _current = new CpItem(Trim(rest[..eq]), rest[valueStart..end], true, itemGroup);
            Advance(end, rest);
            return true;
        }

        return false;
    }

    private void Advance(int stop, ReadOnlySpan<byte> rest)
    {
        if (stop < rest.Length && rest[stop] == (byte)';')
        {
            _group++;
        }

        _position += Math.Min(stop + 1, rest.Length);
    }

    // -Info logs are wrapped in //…// and may contain separators; skip over the wrapped text.
    private static int FindValueEnd(ReadOnlySpan<byte> rest, int valueStart)
    {
        var from = valueStart;
        var value = rest[valueStart..];
        if (value.StartsWith("//"u8))
        {
            var close = value[2..].IndexOf("//"u8);
            if (close >= 0)
            {
                from = valueStart + 2 + close + 2;
            }
        }

        var sep = rest[from..].IndexOfAny((byte)';', (byte)',');
        return sep < 0 ? rest.Length : from + sep;
    }

    // Appendix C itself writes "CP=&& PolId=w01018&&": tolerate spaces around names.
    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> name) => name.Trim((byte)' ');
}

internal static class CpValues
{
    public static bool TryParseNumber(ReadOnlySpan<byte> text, out double value)
    {
        text = text.Trim((byte)' ');
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        var first = text[0];
        if (first is not ((>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'+' or (byte)'.'))
        {
            return false;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}
