namespace Oasis.Hj212.Tests;

public sealed class CatalogueTests
{
    [Theory]
    [InlineData("01", "a34013", "烟尘", "mg/m³")]
    [InlineData("02", "a21026", "二氧化硫", "mg/m³")]
    [InlineData("03", "a21002", "氮氧化物", "mg/m³")]
    [InlineData("B01", "w00000", "污水", "L/s")]
    [InlineData("B02", "a00000", "废气", "m³/s")]
    [InlineData("011", "w01018", "化学需氧量", "mg/L")]
    [InlineData("060", "w21003", "氨氮", "mg/L")]
    [InlineData("S01", "a19001", "氧气含量", "%")]
    [InlineData("S08", "a01013", "烟气压力", "kPa")]
    [InlineData("S07", "a01016", "烟道截面积", "m²")]
    [InlineData("101", "w21011", "总磷", "mg/L")]
    public void Dialect_2005_codes_find_their_2017_factor_with_the_standards_name_and_unit(string code2005, string code2017, string nameZh, string unit)
    {
        var p = PollutantCatalogue.Find(code2005)!;

        Assert.Same(p, PollutantCatalogue.Find(code2017));
        Assert.Equal(code2017, p.Code);
        Assert.Equal(nameZh, p.NameZh);
        Assert.Equal(unit, p.Unit);
    }

    [Theory]
    [InlineData("a34004", "µg/m³")]
    [InlineData("a34002", "µg/m³")]
    [InlineData("a21026", "µg/m³")]
    [InlineData("a21004", "µg/m³")]
    [InlineData("a05024", "µg/m³")]
    [InlineData("a21005", "mg/m³")]
    [InlineData("a01001", "°C")]
    public void Air_quality_stations_default_to_micrograms_and_co_to_milligrams(string code, string unit) =>
        Assert.Equal(unit, PollutantCatalogue.DefaultUnit(PollutantCatalogue.Find(code)!, SystemCodes.AirQuality));

    [Fact]
    public void Particulates_keep_the_standards_printed_default_outside_air_stations() =>
        Assert.Equal("ng/m³", PollutantCatalogue.DefaultUnit(PollutantCatalogue.Find("a34004")!, SystemCodes.FlueGasSource));

    [Fact]
    public void Catalogue_holds_tables_b1_b2_b3_and_o3_with_unique_codes()
    {
        Assert.Equal(197, PollutantCatalogue.All.Count);
        Assert.Equal(PollutantCatalogue.All.Count, PollutantCatalogue.All.Select(p => p.Code).Distinct().Count());
        Assert.Equal("dB", PollutantCatalogue.Find("Leq")!.Unit);
        Assert.Equal("PM2.5", PollutantCatalogue.Find("a34004"u8)!.NameEn);
        Assert.Null(PollutantCatalogue.Find("x99999"u8));
    }
}
