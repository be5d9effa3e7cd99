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
        var cp = _cp;
        while (_position < cp.Length)
        {
            // Items are short: a plain loop beats a vectorised search's set-up cost here.
            var start = _position;
            var i = start;
            while (i < cp.Length && cp[i] is not ((byte)'=' or (byte)';' or (byte)','))
            {
                i++;
            }

            var group = _group;
            if (i == cp.Length || cp[i] != (byte)'=')
            {
                // An item without '=': return it so the caller can report it, then move on.
                Advance(i);
                if (i == start)
                {
                    continue;
                }

                _current = new CpItem(Trim(cp[start..i]), default, false, group);
                return true;
            }

            var end = FindValueEnd(cp, i + 1);
            _current = new CpItem(Trim(cp[start..i]), cp[(i + 1)..end], true, group);
            Advance(end);
            return true;
        }

        return false;
    }

    private void Advance(int stop)
    {
        if (stop < _cp.Length && _cp[stop] == (byte)';')
        {
            _group++;
        }

        _position = Math.Min(stop + 1, _cp.Length);
    }

    // -Info logs are wrapped in //…// and may contain separators; skip over the wrapped text.
    private static int FindValueEnd(ReadOnlySpan<byte> cp, int valueStart)
    {
        var from = valueStart;
        if (cp[valueStart..].StartsWith("//"u8))
        {
            var close = cp[(valueStart + 2)..].IndexOf("//"u8);
            if (close >= 0)
            {
                from = valueStart + 2 + close + 2;
            }
        }

        while (from < cp.Length && cp[from] is not ((byte)';' or (byte)','))
        {
            from++;
        }

        return from;
    }

    // Appendix C itself writes "CP=&& PolId=w01018&&": tolerate spaces around names.
    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> name) => name.Trim((byte)' ');
}
