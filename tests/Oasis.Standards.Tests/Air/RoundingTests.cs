using CsCheck;
using Oasis.Standards.Air;

namespace Oasis.Standards.Tests.Air;

public sealed class RoundingTests
{
    [Theory]
    [InlineData(Pollutant.Pm25, 12.5, "12")]
    [InlineData(Pollutant.Pm25, 13.5, "14")]
    [InlineData(Pollutant.Pm25, 12.5000001, "13")]
    [InlineData(Pollutant.Pm25, 14.49, "14")]
    [InlineData(Pollutant.Co, 2.25, "2.2")]
    [InlineData(Pollutant.Co, 2.35, "2.4")]
    [InlineData(Pollutant.Co, 2.251, "2.3")]
    public void Concentrations_round_half_to_even(Pollutant pollutant, double value, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), GbT8170.RoundConcentration(pollutant, value));

    [Fact]
    public void Rounding_works_on_the_decimal_value_not_the_binary_one()
    {
        // 2.45 is 2.4500000000000001776… and 0.35 is 0.34999999999999997… in binary; GB/T 8170 on the decimal
        // values gives 2.4 and 0.4 (ties to even).
        Assert.Equal(2.4m, GbT8170.RoundConcentration(Pollutant.Co, 2.45));
        Assert.Equal(0.4m, GbT8170.RoundConcentration(Pollutant.Co, (0.3 + 0.4) / 2));
    }

    [Fact]
    public void Fast_rounding_path_equals_the_decimal_path() =>
        Gen.Int[0, 200_000].Select(Gen.Int[-3, 3], Gen.Int[0, 1]).Sample((k, noise, decimals) =>
        {
            // Values at and around ties (k/2 and k/20) with binary noise of a few ulps, and arbitrary values.
            var tie = decimals == 0 ? k / 2.0 : k / 20.0;
            var value = Math.Max(0, tie + (noise * Math.BitIncrement(tie) - (noise * tie)));
            var expected = GbT8170.Round(GbT8170.ToDecimal(value), decimals) * (decimals == 0 ? 1 : 10);
            return GbT8170.RoundScaled(value, decimals) == expected &&
                GbT8170.RoundScaled(k / 7.0, decimals) == GbT8170.Round(GbT8170.ToDecimal(k / 7.0), decimals) * (decimals == 0 ? 1 : 10);
        });

    [Fact]
    public void Co_tie_of_2_25_rounds_to_2_2_and_rates_55()
    {
        var day = TestDays.Uniform(10, 20, 10, 20, 2.25, 50);
        var result = AirQualityIndex.Daily(AirStandardEdition.Hj633_2012, day);
        Assert.Equal(55, result.SubIndices.Co);
        Assert.Equal(55, result.Aqi);
        Assert.Equal(PollutantSet.Co, result.PrimaryPollutants);
    }

    [Fact]
    public void Pm25_tie_of_75_5_rounds_to_76_under_2012()
    {
        // 75.5 → 76 (even): 100 + 50/40 × 1 = 101.25 → 102. 74.5 → 74 (even): 50 + 50/40 × 39 = 98.75 → 99.
        Assert.Equal(102, AirQualityIndex.Daily(AirStandardEdition.Hj633_2012, TestDays.Uniform(75.5, 20, 10, 20, 0.5, 50)).Aqi);
        Assert.Equal(99, AirQualityIndex.Daily(AirStandardEdition.Hj633_2012, TestDays.Uniform(74.5, 20, 10, 20, 0.5, 50)).Aqi);
    }
}
