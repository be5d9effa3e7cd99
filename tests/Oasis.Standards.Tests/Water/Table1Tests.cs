using System.Globalization;
using Oasis.Standards.Water;

namespace Oasis.Standards.Tests.Water;

public sealed class Table1Tests
{
    public static TheoryData<string, string, string, string> Boundaries => Table1Text.Boundaries();

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Every_limit_of_table_1_is_inclusive_and_the_value_just_beyond_it_falls_to_the_next_class(string code, string body, string value, string expected)
    {
        var indicator = WaterIndicators.FromCode(code)!.Value;
        var kind = Enum.Parse<WaterBodyKind>(body);
        var actual = Gb3838Table1.Classify(indicator, decimal.Parse(value, CultureInfo.InvariantCulture), kind);
        Assert.Equal(expected, actual.Ascii());
    }

    [Fact]
    public void The_library_table_equals_the_table_written_in_the_tests()
    {
        var rows = 0;
        foreach (var (indicator, body, limits) in Table1Text.Rows())
        {
            for (var c = WaterClass.I; c <= WaterClass.V; c++)
            {
                Assert.Equal(limits[(int)c - 1], Gb3838Table1.Limit(indicator, c, body));
            }

            rows++;
        }

        Assert.Equal(23, rows); // the 20 class indicators with limits (pH has a range), lake TP, TN, faecal coliforms
    }

    [Theory]
    [InlineData("NH3N", "0.15", "I")]
    [InlineData("NH3N", "0.16", "II")]
    [InlineData("NH3N", "1.0", "III")]
    [InlineData("NH3N", "1.01", "IV")]
    [InlineData("NH3N", "2.0", "V")]
    [InlineData("NH3N", "2.01", "劣V")]
    [InlineData("COD", "15", "I")]
    [InlineData("COD", "15.1", "III")]
    [InlineData("Cu", "0.011", "II")]
    [InlineData("Cu", "1.01", "劣V")]
    [InlineData("CN", "0.21", "劣V")]
    [InlineData("Hg", "0.00005", "I")]
    [InlineData("Hg", "0.00006", "III")]
    [InlineData("Cd", "0.006", "V")]
    [InlineData("FecalColiform", "40001", "劣V")]
    public void Hand_picked_values_take_the_best_class_whose_limit_they_meet(string code, string value, string expected) =>
        Assert.Equal(expected, Gb3838Table1.Classify(WaterIndicators.FromCode(code)!.Value, decimal.Parse(value, CultureInfo.InvariantCulture)).Ascii());

    [Theory]
    [InlineData("7.5", "I")]
    [InlineData("7.49", "II")]
    [InlineData("6", "II")]
    [InlineData("5.99", "III")]
    [InlineData("5", "III")]
    [InlineData("4.99", "IV")]
    [InlineData("3", "IV")]
    [InlineData("2", "V")]
    [InlineData("1.99", "劣V")]
    [InlineData("0", "劣V")]
    public void Dissolved_oxygen_is_a_minimum_with_class_I_at_7_5(string value, string expected) =>
        Assert.Equal(expected, Gb3838Table1.Classify(WaterIndicator.DissolvedOxygen, decimal.Parse(value, CultureInfo.InvariantCulture)).Ascii());

    [Theory]
    [InlineData("6", "I")]
    [InlineData("9", "I")]
    [InlineData("7.2", "I")]
    [InlineData("5.99", "劣V")]
    [InlineData("9.01", "劣V")]
    [InlineData("0", "劣V")]
    public void Ph_within_6_to_9_meets_every_class_and_outside_it_is_worse_than_V(string value, string expected) =>
        Assert.Equal(expected, Gb3838Table1.Classify(WaterIndicator.Ph, decimal.Parse(value, CultureInfo.InvariantCulture)).Ascii());

    [Theory]
    [InlineData("0.01", "I", "I")]
    [InlineData("0.02", "II", "I")]
    [InlineData("0.025", "II", "II")]
    [InlineData("0.05", "III", "II")]
    [InlineData("0.1", "IV", "II")]
    [InlineData("0.2", "V", "III")]
    [InlineData("0.21", "劣V", "IV")]
    public void Lakes_and_reservoirs_take_their_own_tp_limits(string value, string lake, string river)
    {
        var tp = decimal.Parse(value, CultureInfo.InvariantCulture);
        Assert.Equal(lake, Gb3838Table1.Classify(WaterIndicator.TotalPhosphorus, tp, WaterBodyKind.Lake).Ascii());
        Assert.Equal(river, Gb3838Table1.Classify(WaterIndicator.TotalPhosphorus, tp, WaterBodyKind.River).Ascii());
    }

    [Fact]
    public void Ph_has_no_per_class_limit_and_negative_values_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => Gb3838Table1.Limit(WaterIndicator.Ph, WaterClass.III));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gb3838Table1.Limit(WaterIndicator.ChemicalOxygenDemand, WaterClass.WorseThanV));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gb3838Table1.Classify(WaterIndicator.ChemicalOxygenDemand, -1m));
    }
}
