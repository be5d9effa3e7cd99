using Oasis.Standards.Tests.Air.Cli;

namespace Oasis.Standards.Tests.Air;

/// <summary>A real station's days, checked one by one against the plain second implementation.</summary>
public sealed class PrsaCrossCheckTests
{
    [Theory]
    [InlineData("Aotizhongxin", 2014)]
    [InlineData("Dongsi", 2015)]
    public async Task Daily_cli_output_for_a_prsa_year_matches_the_plain_implementation_day_by_day(string station, int year)
    {
        var file = AirCli.PrsaFile(station);
        var (exit, output, _) = await AirCli.RunAsync("air", "daily", "--format", "prsa", "--input", file);
        Assert.Equal(0, exit);
        var engine = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f[1].StartsWith($"{year}-", StringComparison.Ordinal))
            .ToDictionary(f => f[1]);
        var plain = PlainDailyAqi.FromPrsa(file).Where(d => d.Date.Year == year).ToList();
        Assert.Equal(DateTime.IsLeapYear(year) ? 366 : 365, plain.Count);
        Assert.Equal(plain.Count, engine.Count);
        var columns = new[] { "PM2.5", "PM10", "SO2", "NO2", "CO", "O3_8h" };
        foreach (var day in plain)
        {
            var row = engine[day.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)];
            for (var i = 0; i < columns.Length; i++)
            {
                var expected = day.Values[columns[i]] is decimal v ? v.ToString(columns[i] == "CO" ? "0.0" : "0", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
                Assert.Equal($"{day.Date} {columns[i]}={expected}", $"{day.Date} {columns[i]}={row[2 + i]}");
            }

            Assert.Equal($"{day.Date} AQI={day.Aqi}", $"{day.Date} AQI={row[8]}");
            Assert.Equal($"{day.Date} primary={day.Primary}", $"{day.Date} primary={row[10]}");
        }
    }
}
