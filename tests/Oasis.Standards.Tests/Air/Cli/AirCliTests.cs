namespace Oasis.Standards.Tests.Air.Cli;

public sealed class AirCliTests
{
    private const string Header = "station,time,PM2.5,PM10,SO2,NO2,CO,O3";

    [Fact]
    public async Task Daily_writes_one_row_per_station_and_day_sorted_with_rounded_values()
    {
        var lines = new List<string> { Header };
        for (var h = 0; h < 24; h++)
        {
            lines.Add($"B,2020-01-01 {h:00}:00,74.5,40,10,20,2.25,60");
            lines.Add($"A,2020-01-02 {h:00}:00,20,40,10,20,0.5,60");
        }

        lines.Add("A,2020-01-01 05:00,,,,,,");
        var (exit, output, error) = await AirCli.RunAsync("air", "daily", "--input", AirCli.File([.. lines]), "--standard", "2012");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            "station,date,PM2.5,PM10,SO2,NO2,CO,O3_8h,AQI,category,primary\n" +
            "A,2020-01-01,,,,,,,,,\n" +
            "A,2020-01-02,20,40,10,20,0.5,60,40,优,\n" +
            "B,2020-01-01,74,40,10,20,2.2,60,99,良,PM2.5\n",
            output);
    }

    [Fact]
    public async Task Daily_with_city_adds_the_city_series_from_unrounded_station_means()
    {
        var lines = new List<string> { Header };
        foreach (var (station, pm25) in new[] { ("S1", "10.4"), ("S2", "10.4"), ("S3", "11.4") })
        {
            for (var h = 0; h < 24; h++)
            {
                lines.Add($"{station},2020-05-01 {h:00}:00,{pm25},40,10,20,0.5,60");
            }
        }

        var (exit, output, _) = await AirCli.RunAsync("air", "daily", "--input", AirCli.File([.. lines]), "--city");
        Assert.Equal(0, exit);
        Assert.EndsWith("city,2020-05-01,11,40,10,20,0.5,60,40,优,\n", output, StringComparison.Ordinal);
        Assert.Contains("S1,2020-05-01,10,40,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_rows_are_reported_with_file_and_line_and_exit_2_without_output()
    {
        var file = AirCli.File(
            Header,
            "A,2020-01-01 00:00,1,2,3,4,0.5,6",
            "A,2020-01-01 01:00,1,2,3,4,0.5",
            "A,2020-01-01 02:30,1,2,3,4,0.5,6",
            "A,2020-13-01 02:00,1,2,3,4,0.5,6",
            "A,2020-01-01 03:00,1,x,3,4,0.5,6",
            "A,2020-01-01 00:00,1,2,3,4,0.5,6");
        var (exit, output, error) = await AirCli.RunAsync("air", "daily", "--input", file);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"{file}:3: expected 8 fields, found 7", error, StringComparison.Ordinal);
        Assert.Contains($"{file}:4: time '2020-01-01 02:30' is not on the hour", error, StringComparison.Ordinal);
        Assert.Contains($"{file}:5: unparsable time", error, StringComparison.Ordinal);
        Assert.Contains($"{file}:6: unparsable number 'x' in PM10", error, StringComparison.Ordinal);
        Assert.Contains($"{file}:7: duplicate hour 2020-01-01 00:00 for station A", error, StringComparison.Ordinal);
        Assert.Contains("5 malformed row(s)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skip_bad_still_reports_rows_but_writes_output_and_exits_0()
    {
        var file = AirCli.File(Header, "A,2020-01-01 00:00,1,2,3,4,0.5,6", "A,bad,1,2,3,4,0.5,6");
        var (exit, output, error) = await AirCli.RunAsync("air", "daily", "--input", file, "--skip-bad");
        Assert.Equal(0, exit);
        Assert.Contains($"{file}:3: unparsable time", error, StringComparison.Ordinal);
        Assert.Contains("A,2020-01-01,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Negative_values_are_invalid_hours_summarised_not_malformed()
    {
        var file = AirCli.File(Header, "A,2020-01-01 00:00,-5,2,3,4,0.5,6");
        var (exit, _, error) = await AirCli.RunAsync("air", "daily", "--input", file);
        Assert.Equal(0, exit);
        Assert.Contains("1 negative or implausible value(s) treated as missing hours", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_file_is_an_io_error_with_exit_1_and_no_stack_trace()
    {
        var (exit, output, error) = await AirCli.RunAsync("air", "annual", "--input", "/nonexistent/air.csv");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("oasis air: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_header_and_bad_option_values_are_usage_errors()
    {
        var (exit, _, error) = await AirCli.RunAsync("air", "daily", "--input", AirCli.File("a,b", "1,2"));
        Assert.Equal(1, exit);
        Assert.Contains(":1: header is not", error, StringComparison.Ordinal);
        Assert.Equal(1, (await AirCli.RunAsync("air", "daily", "--input", "x.csv", "--standard", "2020")).Exit);
        Assert.Equal(1, (await AirCli.RunAsync("air", "daily")).Exit);
    }

    [Fact]
    public async Task Standard_auto_switches_to_2026_on_1_march_2026_and_can_be_forced()
    {
        var lines = new List<string> { Header };
        foreach (var day in new[] { "2026-02-28", "2026-03-01" })
        {
            for (var h = 0; h < 24; h++)
            {
                lines.Add($"A,{day} {h:00}:00,70,40,10,20,0.5,60");
            }
        }

        var file = AirCli.File([.. lines]);
        var auto = (await AirCli.RunAsync("air", "daily", "--input", file)).Out;
        Assert.Contains("A,2026-02-28,70,40,10,20,0.5,60,94,良,PM2.5\n", auto, StringComparison.Ordinal);
        Assert.Contains("A,2026-03-01,70,40,10,20,0.5,60,110,轻度污染,PM2.5\n", auto, StringComparison.Ordinal);
        var forced = (await AirCli.RunAsync("air", "daily", "--input", file, "--standard", "2012")).Out;
        Assert.Contains("A,2026-03-01,70,40,10,20,0.5,60,94,良,PM2.5\n", forced, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dust_days_file_re_rates_the_dust_day()
    {
        var lines = new List<string> { Header };
        for (var h = 0; h < 24; h++)
        {
            lines.Add($"A,2021-03-15 {h:00}:00,30,800,10,20,0.5,60");
        }

        var input = AirCli.File([.. lines]);
        var dust = AirCli.File("start,end,station", "2021-03-15 00:00,2021-03-16 00:00,");
        var plain = (await AirCli.RunAsync("air", "daily", "--input", input)).Out;
        Assert.Contains("A,2021-03-15,30,800,10,20,0.5,60,500,严重污染,PM10\n", plain, StringComparison.Ordinal);
        var deducted = await AirCli.RunAsync("air", "daily", "--input", input, "--dust-days", dust);
        Assert.Equal(0, deducted.Exit);
        Assert.Contains("A,2021-03-15,,,10,20,0.5,60,30,优,\n", deducted.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annual_on_a_prsa_file_writes_one_row_per_year_and_the_city()
    {
        var file = AirCli.PrsaFile("Aotizhongxin");
        var (exit, output, error) = await AirCli.RunAsync("air", "annual", "--format", "prsa", "--input", file);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("station,year,valid_days,valid,SO2,NO2,PM10,PM2.5,SO2_P98,NO2_P98,PM10_P95,PM2.5_P95,CO_P95,O3_8h_P90,good_days,good_ratio,heavy_days,heavy_ratio,composite_index", rows[0]);
        Assert.Equal(11, rows.Length); // 2013–2017 for the station and for the city
        Assert.StartsWith("Aotizhongxin,2013,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("city,2017,", rows[^1], StringComparison.Ordinal);
        Assert.Contains(",false,", rows[1], StringComparison.Ordinal); // 2013 starts on 1 March
        Assert.StartsWith("Aotizhongxin,2015,361,true,", rows[3], StringComparison.Ordinal);
        Assert.DoesNotContain("\r", output, StringComparison.Ordinal);
        var only2015 = (await AirCli.RunAsync("air", "annual", "--format", "prsa", "--input", file, "--year", "2015")).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, only2015.Length);
        Assert.Equal(rows[3], only2015[1]);
        var none = await AirCli.RunAsync("air", "annual", "--format", "prsa", "--input", file, "--year", "2020");
        Assert.Equal((0, rows[0] + "\n"), (none.Exit, none.Out));
    }
}
