using System.Collections.Frozen;

namespace Oasis.Hj212;

/// <summary>A monitoring factor (监测因子) with its codes in both dialects.</summary>
/// <param name="Code">The HJ 212-2017 code (<c>a34004</c>, <c>w01018</c>, <c>LA</c>).</param>
/// <param name="Code2005">The HJ/T 212-2005 code (<c>011</c>, <c>B02</c>, <c>S01</c>), or null.</param>
/// <param name="NameZh">中文名称 as the standard prints it.</param>
/// <param name="NameEn">English name, or null when not yet written (show <see cref="NameZh"/>).</param>
/// <param name="Unit">The standard's default unit ("" = dimensionless).</param>
/// <param name="CumulativeUnit">The default unit of <c>-Cou</c> values, or null.</param>
public sealed record Pollutant(string Code, string? Code2005, string NameZh, string? NameEn, string? Unit, string? CumulativeUnit);

/// <summary>
/// One catalogue over both dialects: a 2005 code and its 2017 code find the same entry. Units
/// are per device factor in the device registry; these are the defaults.
/// </summary>
public static class PollutantCatalogue
{
    private static readonly FrozenDictionary<string, Pollutant> ByCode = Build();
    // Codes are at most 6 bytes: packed into a ulong they hash far faster than strings (hot path).
    private static readonly FrozenDictionary<ulong, Pollutant> ByPacked =
        ByCode.ToFrozenDictionary(kv => Pack(System.Text.Encoding.ASCII.GetBytes(kv.Key)), kv => kv.Value);

    /// <summary>Every factor, 2017 codes.</summary>
    public static IReadOnlyList<Pollutant> All => PollutantTable.Rows;

    /// <summary>Finds a factor by its 2017 or 2005 code (case-sensitive, as field names are).</summary>
    public static Pollutant? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>Finds a factor by code bytes from a packet, without allocating.</summary>
    public static Pollutant? Find(ReadOnlySpan<byte> code) =>
        code.IsEmpty || code.Length > 8 ? null : ByPacked.GetValueOrDefault(Pack(code));

    private static ulong Pack(ReadOnlySpan<byte> code)
    {
        ulong key = 0;
        foreach (var b in code)
        {
            key = (key << 8) | b;
        }

        return key;
    }

    /// <summary>
    /// The unit a value is assumed to be in when the device registry says nothing: for ST 22 air
    /// quality stations µg/m³ for gases and particulates and mg/m³ for CO (as stations report and
    /// GB 3095 limits are written); otherwise the standard's default.
    /// </summary>
    public static string? DefaultUnit(Pollutant pollutant, int st)
    {
        ArgumentNullException.ThrowIfNull(pollutant);
        if (st == SystemCodes.AirQuality && pollutant.Unit is "mg/m³" or "ng/m³")
        {
            return pollutant.Code == "a21005" ? "mg/m³" : "µg/m³";
        }

        return pollutant.Unit;
    }

    private static FrozenDictionary<string, Pollutant> Build()
    {
        var map = new Dictionary<string, Pollutant>(StringComparer.Ordinal);
        foreach (var p in PollutantTable.Rows)
        {
            map.TryAdd(p.Code, p);
        }

        // 2005 codes second: a 2017 code always wins over a 2005 code that happens to be equal.
        foreach (var p in PollutantTable.Rows)
        {
            if (p.Code2005 is { } old)
            {
                map.TryAdd(old, p);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
