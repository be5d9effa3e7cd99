namespace Oasis.Cli.Seed;

/// <summary>One reading row to write: device, HJ 212 command, UTC start of its period, factor, value.</summary>
internal readonly record struct SeedReading(string Mn, string Cn, DateTime Time, string Factor, double Value);

/// <summary>Plausible air values: a daily cycle (O3 opposite to the particles), a heating-season winter peak, noise.</summary>
internal static class SeedValues
{
    private static readonly (string Code, double Mean, double Daily, double Winter, double Noise)[] Factors =
    [
        ("a34004", 45, 15, 0.9, 12), ("a34002", 85, 25, 0.6, 18), ("a21026", 9, 3, 0.8, 2),
        ("a21004", 35, 12, 0.4, 6), ("a21005", 0.9, 0.3, 0.7, 0.15), ("a05024", 70, -40, -0.5, 10),
    ];

    public static IEnumerable<SeedReading> Hourly(IReadOnlyList<SeedDevice> devices, DateTime from, DateTime to)
    {
        foreach (var device in devices)
        {
            var random = new Random(device.Mn.GetHashCode(StringComparison.Ordinal) & 0x7fffffff);
            for (var t = from; t <= to; t = t.AddHours(1))
            {
                foreach (var f in Factors)
                {
                    yield return new SeedReading(device.Mn, "2061", t, f.Code, Value(f, t, random));
                }
            }
        }
    }

    public static IEnumerable<SeedReading> Minutes(IReadOnlyList<SeedDevice> devices, DateTime from, DateTime to)
    {
        foreach (var device in devices)
        {
            var random = new Random((device.Mn.GetHashCode(StringComparison.Ordinal) ^ 0x5eed) & 0x7fffffff);
            var step = Math.Max(1, device.MinuteInterval);
            for (var t = from; t < to; t = t.AddMinutes(step))
            {
                foreach (var f in Factors)
                {
                    yield return new SeedReading(device.Mn, "2051", t, f.Code, Value(f, t, random));
                }
            }
        }
    }

    private static double Value((string Code, double Mean, double Daily, double Winter, double Noise) f, DateTime utc, Random random)
    {
        var beijing = utc.AddHours(8);
        var daily = Math.Cos((beijing.Hour + (beijing.Minute / 60.0) - 14) / 24.0 * 2 * Math.PI);
        var winter = Math.Cos((beijing.DayOfYear - 15) / 365.0 * 2 * Math.PI);
        var v = (f.Mean * (1 + (f.Winter * winter))) + (f.Daily * daily) + (f.Noise * ((random.NextDouble() * 2) - 1));
        return Math.Round(Math.Max(0, v), f.Code == "a21005" ? 2 : 0);
    }
}
