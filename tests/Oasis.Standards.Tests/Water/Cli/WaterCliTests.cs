namespace Oasis.Standards.Tests.Water.Cli;

public sealed class WaterCliTests
{
    private const string Header = WaterCli.Header;

    [Fact]
    public async Task Evaluate_writes_class_and_exceeding_indicators_one_row_per_input_row_in_order()
    {
        var file = WaterCli.File(
            Header,
            //       section,date,body,pH,DO,CODMn,COD,BOD5,NH3N,TP,Cu,Zn,F,Se,As,Hg,Cd,Cr6,Pb,CN,Phenol,Oil,LAS,Sulfide,TN,FC
            "S2,2024-05-10,river,7.6,8.1,2.5,12,2.1,0.12,0.02,,,,,,,,,,,,,,,0.9,150",
            "S1,2024-05-10,river,9.3,2.5,7,45,5,1.5,0.25,0.001L,,,,,0.00025,,,,0.004L,,,,,3.1,50000",
            "L1,2024-05-11,lake,7.1,6.2,3.5,16,3,0.4,0.06,,,,,,,,,,,,,,,1.2,",
            "S3,2024-05-12,river,,,,,,,,,,,,,,,,,,,,,,2.5,300",
            "S1,2024-05-12,river,7,5,6,20,4,1.0,0.2,1.0,1.0,1.0,0.01,0.05,0.0001,0.005,0.05,0.05,0.2,0.005,0.05,0.2,0.2,,");
        var (exit, output, error) = await WaterCli.RunAsync("water", "evaluate", "--input", file);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal(
            "section,date,class,exceeding\n" +
            "S2,2024-05-10,II,\n" +
            "S1,2024-05-10,劣V,pH;DO;CODMn(0.17);COD(1.25);BOD5(0.25);NH3N(0.50);TP(0.25);Hg(1.50)\n" +
            "L1,2024-05-11,IV,TP(0.20)\n" +
            "S3,2024-05-12,,\n" +
            "S1,2024-05-12,III,\n",
            output);
    }

    [Fact]
    public async Task Several_files_are_read_in_order()
    {
        var a = WaterCli.File(Header, WaterCli.Row("A", "2024-01-01", "river", "NH3N=2.5"));
        var b = WaterCli.File(Header, WaterCli.Row("B", "2024-01-01", "river", "NH3N=0.5"));
        var (exit, output, _) = await WaterCli.RunAsync("water", "evaluate", "--input", a, b);
        Assert.Equal(0, exit);
        Assert.Equal("section,date,class,exceeding\nA,2024-01-01,劣V,NH3N(1.50)\nB,2024-01-01,II,\n", output);
    }

    [Fact]
    public async Task Malformed_rows_are_reported_with_file_and_line_and_exit_2_without_output()
    {
        var file = WaterCli.File(
            Header,
            WaterCli.Row("A", "2024-01-01", "river", "pH=7", "DO=8"),
            "A,2024-01-02,river,7,8",
            WaterCli.Row("A", "2024/01/03", "river"),
            WaterCli.Row("A", "2024-01-04", "sea"),
            WaterCli.Row("A", "2024-01-05", "river", "COD=x"),
            WaterCli.Row("A", "2024-01-06", "river", "NH3N=-0.1"),
            WaterCli.Row("A", "2024-01-07", "river", "DO=0.2L"),
            WaterCli.Row(string.Empty, "2024-01-08", "river"),
            WaterCli.Row("A", "2024-01-09", "river", "NH3N=0L"));
        var (exit, output, error) = await WaterCli.RunAsync("water", "evaluate", "--input", file);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            $"{file}:3: expected 26 fields, found 5\n" +
            $"{file}:4: unparsable date '2024/01/03' (expected yyyy-MM-dd)\n" +
            $"{file}:5: waterbody 'sea' is not river or lake\n" +
            $"{file}:6: unparsable value 'x' in COD\n" +
            $"{file}:7: negative value '-0.1' in NH3N\n" +
            $"{file}:8: DO cannot be below a detection limit ('0.2L')\n" +
            $"{file}:9: empty section\n" +
            $"{file}:10: unparsable value '0L' in NH3N\n" +
            "oasis water: 8 malformed row(s); nothing written (use --skip-bad to skip them)\n",
            error);
    }

    [Fact]
    public async Task Skip_bad_still_reports_rows_but_writes_the_good_ones_and_exits_0()
    {
        var file = WaterCli.File(
            Header,
            WaterCli.Row("A", "2024-01-01", "river", "NH3N=0.5"),
            WaterCli.Row("A", "2024-01-02", "river", "NH3N=zz"),
            WaterCli.Row("B", "2024-01-03", "lake", "TP=0.03"));
        var (exit, output, error) = await WaterCli.RunAsync("water", "evaluate", "--input", file, "--skip-bad");
        Assert.Equal(0, exit);
        Assert.Equal("section,date,class,exceeding\nA,2024-01-01,II,\nB,2024-01-03,III,\n", output);
        Assert.Equal(
            $"{file}:3: unparsable value 'zz' in NH3N\n" +
            "oasis water: 1 malformed row(s) skipped (--skip-bad); 3 row(s) read\n",
            error);
    }

    [Fact]
    public async Task A_wrong_header_or_a_missing_file_is_an_io_error_with_exit_1_and_no_stack_trace()
    {
        var wrong = WaterCli.File("section,date,pH", "A,2024-01-01,7");
        var (exit, output, error) = await WaterCli.RunAsync("water", "evaluate", "--input", wrong);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"oasis water: {wrong}:1: header is not 'section,date,waterbody,pH,", error, StringComparison.Ordinal);

        var missing = Path.Combine(Path.GetTempPath(), $"oasis-water-missing-{Guid.NewGuid():N}.csv");
        (exit, output, error) = await WaterCli.RunAsync("water", "evaluate", "--input", missing);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_input_option_is_a_usage_error()
    {
        var (exit, _, error) = await WaterCli.RunAsync("water", "evaluate");
        Assert.Equal(1, exit);
        Assert.Contains("--input", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_only_file_gives_the_header_only_and_a_bom_and_crlf_are_accepted()
    {
        var empty = WaterCli.File(Header);
        var (exit, output, _) = await WaterCli.RunAsync("water", "evaluate", "--input", empty);
        Assert.Equal(0, exit);
        Assert.Equal("section,date,class,exceeding\n", output);

        var path = Path.Combine(Path.GetTempPath(), $"oasis-water-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "\uFEFF" + Header + "\r\n\"S,1\",2024-01-01,river,,,,,,1.6,,,,,,,,,,,,,,,,,\r\n", new System.Text.UTF8Encoding(true), TestContext.Current.CancellationToken);
        (exit, output, _) = await WaterCli.RunAsync("water", "evaluate", "--input", path);
        Assert.Equal(0, exit);
        Assert.Equal("section,date,class,exceeding\n\"S,1\",2024-01-01,V,NH3N(0.60)\n", output);
    }
}
