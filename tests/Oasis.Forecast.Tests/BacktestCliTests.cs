using System.Globalization;
using Oasis.Standards.Air;

namespace Oasis.Forecast.Tests;

/// <summary>The contract of <c>oasis forecast backtest</c> (issue #7) on a small slice: two stations, short windows.</summary>
public sealed class BacktestCliTests
{
    private static readonly DateOnly From = new(2014, 3, 15);
    private static readonly DateOnly Until = new(2014, 7, 25);

    private static readonly Lazy<string[]> Inputs = new(() =>
        [ForecastCli.PrsaSlice("Dongsi", From, Until), ForecastCli.PrsaSlice("Huairou", From, Until)]);

    [Fact]
    public async Task Backtest_writes_one_row_per_station_issue_day_and_lead_and_omits_targets_past_the_data()
    {
        var output = Path.GetTempFileName();
        var (exit, stdout, stderr) = await Run(output, "observed");

        Assert.True(exit == 0, stderr);
        var lines = File.ReadAllText(output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("station,issue_date,target_date,lead,aqi,category,pm25", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        // Issue days 07-01 … 07-20: 10 leads each except the last five, whose targets would pass 07-25.
        var perStation = Enumerable.Range(0, 20).Sum(i => Math.Min(10, 24 - i));
        Assert.Equal(2 * perStation, rows.Count);
        Assert.Equal(["Dongsi", "Huairou"], rows.Select(r => r[0]).Distinct().Order());
        foreach (var r in rows)
        {
            var issue = DateOnly.ParseExact(r[1], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var target = DateOnly.ParseExact(r[2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var lead = int.Parse(r[3], CultureInfo.InvariantCulture);
            Assert.Equal(lead, target.DayNumber - issue.DayNumber);
            Assert.InRange(lead, 1, 10);
            Assert.True(target <= Until);
            var aqi = int.Parse(r[4], CultureInfo.InvariantCulture);
            Assert.Equal(AirQualityCategory.For(aqi).NameZh, r[5]);
            Assert.True(int.TryParse(r[6], NumberStyles.None, CultureInfo.InvariantCulture, out _), r[6]);
        }

        Assert.StartsWith("lead,method,days,exact_pct,within_one_pct,pm25_rmse,pm25_mae\n", stdout, StringComparison.Ordinal);
        Assert.Equal(1 + 30, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_run_twice_gives_identical_forecasts_and_scores()
    {
        var a = Path.GetTempFileName();
        var b = Path.GetTempFileName();
        var first = await Run(a, "none");
        var second = await Run(b, "none");
        Assert.Equal(0, first.Exit);
        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public async Task The_hourly_model_changes_only_day_one_to_three_and_daily_only_switches_it_off()
    {
        var ensemble = Path.GetTempFileName();
        var alone = Path.GetTempFileName();
        var withHours = await Run(ensemble, "observed");
        var dailyOnly = await Run(alone, "observed", "--daily-only");

        Assert.True(withHours.Exit == 0, withHours.Err);
        Assert.True(dailyOnly.Exit == 0, dailyOnly.Err);
        Assert.Contains("day+1 … day+3 PM2.5 blends it (issued 23:00 of the issue day, weight 0.5)", withHours.Err, StringComparison.Ordinal);
        Assert.Contains("--daily-only: the daily model alone", dailyOnly.Err, StringComparison.Ordinal);
        var a = File.ReadAllLines(ensemble).Skip(1).Select(l => l.Split(',')).ToList();
        var b = File.ReadAllLines(alone).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(b.Select(r => (r[0], r[1], r[3])), a.Select(r => (r[0], r[1], r[3])));
        // After day+3 every row is the daily model's; up to day+3 the hourly model moves PM2.5 (the same trained daily model).
        Assert.Equal(b.Where(r => r[3] is not ("1" or "2" or "3")).Select(r => string.Join(',', r)), a.Where(r => r[3] is not ("1" or "2" or "3")).Select(r => string.Join(',', r)));
        Assert.Contains(a.Zip(b), p => p.First[3] == "1" && p.First[6] != p.Second[6]);
    }

    [Fact]
    public async Task A_malformed_row_is_reported_as_file_and_line_and_exits_2()
    {
        var lines = File.ReadAllLines(Inputs.Value[0]).ToList();
        lines[5] = lines[5].Replace(",2014,", ",20x4,", StringComparison.Ordinal);
        var bad = ForecastCli.TempFile(lines);
        var (exit, stdout, stderr) = await ForecastCli.RunAsync(
            "backtest", "--format", "prsa", "--input", bad, "--train-until", "2014-06-30", "--test-from", "2014-07-01", "--test-until", "2014-07-02", "--output", Path.GetTempFileName());
        Assert.Equal(2, exit);
        Assert.Contains($"{bad}:6: ", stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout);
    }

    [Fact]
    public async Task A_bad_date_is_a_usage_error_without_a_stack_trace()
    {
        var (exit, stdout, stderr) = await ForecastCli.RunAsync(
            "backtest", "--format", "prsa", "--input", "nowhere.csv", "--train-until", "2014-13-01", "--test-from", "2014-07-01", "--test-until", "2014-07-02", "--output", "x.csv");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_file_is_an_io_error()
    {
        var (exit, _, stderr) = await ForecastCli.RunAsync(
            "backtest", "--format", "prsa", "--input", "/nonexistent/prsa.csv", "--train-until", "2014-06-30", "--test-from", "2014-07-01", "--test-until", "2014-07-02", "--output", Path.GetTempFileName());
        Assert.Equal(1, exit);
        Assert.StartsWith("oasis forecast: ", stderr, StringComparison.Ordinal);
    }

    private static Task<(int Exit, string Out, string Err)> Run(string output, string weather, params string[] more) =>
        ForecastCli.RunAsync(
            ["backtest", "--format", "prsa", "--input", .. Inputs.Value, "--train-until", "2014-06-30", "--test-from", "2014-07-01", "--test-until", "2014-07-20", "--weather", weather, "--standard", "2012", "--output", output, .. more]);
}
