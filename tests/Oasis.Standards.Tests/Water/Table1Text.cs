using System.Globalization;
using Oasis.Standards.Water;

namespace Oasis.Standards.Tests.Water;

/// <summary>
/// GB 3838-2002 Table 1 written out again for the tests, straight from the standard's printed page 2
/// (texts/GB3838-2002.pdf), independently of the library's table: code, then the limits of classes Ⅰ–Ⅴ.
/// </summary>
internal static class Table1Text
{
    private const string Text = """
        DO 7.5 6 5 3 2
        CODMn 2 4 6 10 15
        COD 15 15 20 30 40
        BOD5 3 3 4 6 10
        NH3N 0.15 0.5 1.0 1.5 2.0
        TP 0.02 0.1 0.2 0.3 0.4
        TP-lake 0.01 0.025 0.05 0.1 0.2
        Cu 0.01 1.0 1.0 1.0 1.0
        Zn 0.05 1.0 1.0 2.0 2.0
        F 1.0 1.0 1.0 1.5 1.5
        Se 0.01 0.01 0.01 0.02 0.02
        As 0.05 0.05 0.05 0.1 0.1
        Hg 0.00005 0.00005 0.0001 0.001 0.001
        Cd 0.001 0.005 0.005 0.005 0.01
        Cr6 0.01 0.05 0.05 0.05 0.1
        Pb 0.01 0.01 0.05 0.05 0.1
        CN 0.005 0.05 0.2 0.2 0.2
        Phenol 0.002 0.002 0.005 0.01 0.1
        Oil 0.05 0.05 0.05 0.5 1.0
        LAS 0.2 0.2 0.2 0.3 0.3
        Sulfide 0.05 0.1 0.2 0.5 1.0
        TN 0.2 0.5 1.0 1.5 2.0
        FecalColiform 200 2000 10000 20000 40000
        """;

    /// <summary>(indicator, water body, limits Ⅰ–Ⅴ) for every row.</summary>
    public static IEnumerable<(WaterIndicator Indicator, WaterBodyKind Body, decimal[] Limits)> Rows()
    {
        foreach (var line in Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ');
            var lake = parts[0] == "TP-lake";
            var indicator = WaterIndicators.FromCode(lake ? "TP" : parts[0]) ?? throw new InvalidOperationException(parts[0]);
            var limits = parts.Skip(1).Select(p => decimal.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            yield return (indicator, lake ? WaterBodyKind.Lake : WaterBodyKind.River, limits);
        }
    }

    /// <summary>Every boundary, both sides: (indicator, body, value, expected class).</summary>
    public static TheoryData<string, string, string, string> Boundaries()
    {
        var data = new TheoryData<string, string, string, string>();
        var seen = new HashSet<(string, string, string)>(); // classes sharing a limit give the same case twice
        foreach (var (indicator, body, limits) in Rows())
        {
            var minimum = indicator == WaterIndicator.DissolvedOxygen;
            for (var c = 0; c < 5; c++)
            {
                var limit = limits[c];
                // Just beyond the limit: one part in ten thousand of it.
                var beyond = minimum ? limit - (limit / 10000) : limit + (limit / 10000);
                foreach (var value in (decimal[])[limit, beyond])
                {
                    if (seen.Add((indicator.Code(), body.ToString(), Show(value))))
                    {
                        data.Add(indicator.Code(), body.ToString(), Show(value), Expected(limits, value, minimum));
                    }
                }
            }
        }

        return data;
    }

    // The best class whose limit the value meets, written as the test reads the table.
    private static string Expected(decimal[] limits, decimal value, bool minimum)
    {
        string[] names = ["I", "II", "III", "IV", "V"];
        for (var c = 0; c < 5; c++)
        {
            if (minimum ? value >= limits[c] : value <= limits[c])
            {
                return names[c];
            }
        }

        return "劣V";
    }

    private static string Show(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
