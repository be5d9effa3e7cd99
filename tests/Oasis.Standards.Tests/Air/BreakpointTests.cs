using Oasis.Standards.Air;

namespace Oasis.Standards.Tests.Air;

/// <summary>
/// Every breakpoint of HJ 633-2012 Table 1 and HJ 633-2026 Table 3 (typed again here from FACTS.md, independently
/// of the library's copy), and both sides of each boundary: one reporting step below a breakpoint the IAQI is at
/// most the breakpoint's level, one step above it is more.
/// </summary>
public sealed class BreakpointTests
{
    private static readonly int[] Levels = [0, 50, 100, 150, 200, 300, 400, 500];

    private static readonly (AqiIndicator Indicator, decimal[] Bp2012, decimal[] Bp2026)[] Columns =
    [
        (AqiIndicator.So2Daily, [0, 50, 150, 475, 800, 1600, 2100, 2620], [0, 50, 150, 475, 800, 1600, 2100, 2620]),
        (AqiIndicator.So2Hourly, [0, 150, 500, 650, 800], [0, 150, 500, 650, 800]),
        (AqiIndicator.No2Daily, [0, 40, 80, 180, 280, 565, 750, 940], [0, 40, 80, 180, 280, 565, 750, 940]),
        (AqiIndicator.No2Hourly, [0, 100, 200, 700, 1200, 2340, 3090, 3840], [0, 100, 200, 700, 1200, 2340, 3090, 3840]),
        (AqiIndicator.Pm10Daily, [0, 50, 150, 250, 350, 420, 500, 600], [0, 50, 120, 250, 350, 420, 500, 600]),
        (AqiIndicator.CoDaily, [0, 2, 4, 14, 24, 36, 48, 60], [0, 2, 4, 14, 24, 36, 48, 60]),
        (AqiIndicator.CoHourly, [0, 5, 10, 35, 60, 90, 120, 150], [0, 5, 10, 35, 60, 90, 120, 150]),
        (AqiIndicator.O3Hourly, [0, 160, 200, 300, 400, 800, 1000, 1200], [0, 160, 200, 300, 400, 800, 1000, 1200]),
        (AqiIndicator.O3EightHour, [0, 100, 160, 215, 265, 800], [0, 100, 160, 215, 265, 800]),
        (AqiIndicator.Pm25Daily, [0, 35, 75, 115, 150, 250, 350, 500], [0, 35, 60, 115, 150, 250, 350, 500]),
    ];

    public static TheoryData<AirStandardEdition, AqiIndicator, decimal, int> EveryBreakpoint()
    {
        var data = new TheoryData<AirStandardEdition, AqiIndicator, decimal, int>();
        foreach (var (indicator, bp2012, bp2026) in Columns)
        {
            for (var i = 0; i < bp2012.Length; i++)
            {
                data.Add(AirStandardEdition.Hj633_2012, indicator, bp2012[i], Levels[i]);
                data.Add(AirStandardEdition.Hj633_2026, indicator, bp2026[i], Levels[i]);
            }
        }

        return data;
    }

    public static TheoryData<AirStandardEdition, AqiIndicator, decimal, int> EveryInnerBreakpoint()
    {
        var data = new TheoryData<AirStandardEdition, AqiIndicator, decimal, int>();
        foreach (var (indicator, bp2012, bp2026) in Columns)
        {
            for (var i = 1; i < bp2012.Length; i++)
            {
                data.Add(AirStandardEdition.Hj633_2012, indicator, bp2012[i], Levels[i]);
                data.Add(AirStandardEdition.Hj633_2026, indicator, bp2026[i], Levels[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryBreakpoint))]
    public void Iaqi_at_a_breakpoint_is_the_breakpoint_level(AirStandardEdition edition, AqiIndicator indicator, decimal concentration, int level) =>
        Assert.Equal(level, AirQualityIndex.SubIndex(edition, indicator, concentration));

    [Theory]
    [MemberData(nameof(EveryInnerBreakpoint))]
    public void Iaqi_one_step_below_a_breakpoint_is_above_the_previous_level_and_at_most_this_one(AirStandardEdition edition, AqiIndicator indicator, decimal concentration, int level)
    {
        var step = Step(indicator);
        var below = AirQualityIndex.SubIndex(edition, indicator, concentration - step);
        Assert.NotNull(below);
        Assert.True(below <= level, $"{below} > {level}");
        Assert.True(below > Levels[Array.IndexOf(Levels, level) - 1], $"{below} too low");
    }

    [Theory]
    [MemberData(nameof(EveryInnerBreakpoint))]
    public void Iaqi_one_step_above_a_breakpoint_exceeds_its_level_or_hits_the_column_rule(AirStandardEdition edition, AqiIndicator indicator, decimal concentration, int level)
    {
        var above = AirQualityIndex.SubIndex(edition, indicator, concentration + Step(indicator));
        if (level == 500)
        {
            Assert.Equal(500, above);
        }
        else if (indicator == AqiIndicator.So2Hourly && concentration == 800m)
        {
            Assert.Equal(edition == AirStandardEdition.Hj633_2012 ? null : 200, above);
        }
        else if (indicator == AqiIndicator.O3EightHour && concentration == 800m)
        {
            Assert.Equal(edition == AirStandardEdition.Hj633_2012 ? null : 300, above);
        }
        else
        {
            Assert.True(above > level, $"{above} <= {level}");
        }
    }

    [Theory]
    [InlineData(AqiIndicator.CoDaily, "2.2", 55)] // 50 + 50/2 × 0.2 = 55 exactly; a double formula gives 56
    [InlineData(AqiIndicator.CoDaily, "2.1", 53)] // 50 + 2.5 = 52.5 → 53
    [InlineData(AqiIndicator.CoDaily, "0.1", 3)] // 50/2 × 0.1 = 2.5 → 3
    [InlineData(AqiIndicator.So2Daily, "51", 51)] // 50 + 50/100 × 1 = 50.5 → 51
    [InlineData(AqiIndicator.No2Daily, "81", 101)] // 100 + 50/100 × 1 = 100.5 → 101
    [InlineData(AqiIndicator.O3EightHour, "161", 101)] // 100 + 50/55 × 1 = 100.909 → 101
    [InlineData(AqiIndicator.Pm25Daily, "76", 102)] // 100 + 50/40 × 1 = 101.25 → 102
    [InlineData(AqiIndicator.Pm10Daily, "700", 500)] // above the top breakpoint
    [InlineData(AqiIndicator.CoHourly, "7.3", 73)] // 50 + 50/5 × 2.3 = 73 exactly
    public void Iaqi_is_rounded_up_from_the_exact_decimal_value_under_2012(AqiIndicator indicator, string concentration, int expected) =>
        Assert.Equal(expected, AirQualityIndex.SubIndex(AirStandardEdition.Hj633_2012, indicator, decimal.Parse(concentration, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Pm_iaqi_100_breakpoints_move_to_120_and_60_under_2026()
    {
        const AqiIndicator indicator = AqiIndicator.Pm25Daily;
        const decimal concentration = 61m;
        // 2012: 50 + 50/40 × (61 − 35) = 82.5 → 83. 2026: 100 + 50/55 × (61 − 60) = 100.909 → 101.
        Assert.Equal(83, AirQualityIndex.SubIndex(AirStandardEdition.Hj633_2012, indicator, concentration));
        Assert.Equal(101, AirQualityIndex.SubIndex(AirStandardEdition.Hj633_2026, indicator, concentration));
        // PM10 121: 2012 50 + 50/100 × 71 = 85.5 → 86; 2026 100 + 50/130 × 1 = 100.38 → 101.
        Assert.Equal(86, AirQualityIndex.SubIndex(AirStandardEdition.Hj633_2012, AqiIndicator.Pm10Daily, 121m));
        Assert.Equal(101, AirQualityIndex.SubIndex(AirStandardEdition.Hj633_2026, AqiIndicator.Pm10Daily, 121m));
    }

    [Fact]
    public void Iaqi_of_every_reporting_step_equals_the_exact_decimal_formula()
    {
        foreach (var (indicator, bp2012, bp2026) in Columns)
        {
            foreach (var (edition, bp) in new[] { (AirStandardEdition.Hj633_2012, bp2012), (AirStandardEdition.Hj633_2026, bp2026) })
            {
                var step = Step(indicator);
                for (var c = 0m; c <= bp[^1] + (50 * step); c += step)
                {
                    Assert.Equal(Reference(edition, indicator, bp, c), AirQualityIndex.SubIndex(edition, indicator, c));
                }
            }
        }
    }

    [Fact]
    public void Iaqi_of_a_value_between_reporting_steps_uses_the_decimal_formula()
    {
        // 2.25 is not a reporting step for CO: 50 + 25 × 0.25 = 56.25 → 57.
        Assert.Equal(57, AirQualityIndex.SubIndex(AirStandardEdition.Hj633_2012, AqiIndicator.CoDaily, 2.25m));
        Assert.Equal(99, AirQualityIndex.SubIndex(AirStandardEdition.Hj633_2026, AqiIndicator.Pm25Daily, 59.5m)); // 50 + 2 × 24.5 = 99
    }

    // The formula of HJ 633 in decimal, from this file's own copy of the tables.
    private static int? Reference(AirStandardEdition edition, AqiIndicator indicator, decimal[] bp, decimal c)
    {
        if (c > 800m && indicator == AqiIndicator.So2Hourly)
        {
            return edition == AirStandardEdition.Hj633_2012 ? null : 200;
        }

        if (c > 800m && indicator == AqiIndicator.O3EightHour)
        {
            return edition == AirStandardEdition.Hj633_2012 ? null : 300;
        }

        if (bp.Length == 8 && c >= bp[^1])
        {
            return 500;
        }

        var hi = Array.FindIndex(bp, b => c <= b);
        hi = Math.Max(hi, 1);
        return (int)decimal.Ceiling(Levels[hi - 1] + ((Levels[hi] - Levels[hi - 1]) * (c - bp[hi - 1]) / (bp[hi] - bp[hi - 1])));
    }

    private static decimal Step(AqiIndicator indicator) =>
        indicator is AqiIndicator.CoDaily or AqiIndicator.CoHourly ? 0.1m : 1m;
}
