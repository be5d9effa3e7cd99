namespace Oasis.Forecast.Tests;

/// <summary>
/// <c>oasis forecast backtest-hourly</c> on PRSA stations: the blend weights on stderr (decision 0433), and leave-stations-out
/// scoring with <c>--train-station</c>.
/// </summary>
public sealed class HourlyBacktestCliTests
{
    [Fact]
    public async Task The_hourly_backtest_prints_the_blend_weights_of_every_lead_and_scores_the_blended_model()
    {
        // Two years and a month of training: the last year chooses the weights, the model before it is trained on the rest.
        var input = ForecastCli.PrsaSlice("Dongsi", new DateOnly(2013, 3, 1), new DateOnly(2015, 4, 10));
        var (exit, stdout, stderr) = await ForecastCli.RunAsync("backtest-hourly", "--format", "prsa", "--input", input, "--train-until", "2015-03-31",
            "--test-from", "2015-04-01", "--test-until", "2015-04-05", "--weather", "none");

        Assert.True(exit == 0, stderr);
        const string Prefix = "oasis forecast: blend weights per lead 1-72: ";
        var weights = stderr.Split('\n').Single(l => l.StartsWith(Prefix, StringComparison.Ordinal))[Prefix.Length..].Split(',');
        Assert.Equal(72, weights.Length);
        Assert.All(weights, w => Assert.Equal(1, w.Split(':').Sum(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture)), 9));
        Assert.Contains("blend weights model/persistence/climatology per lead band: 1-6 h ", stderr, StringComparison.Ordinal);
        Assert.Contains("\n1-6,model,", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_train_stations_the_hourly_backtest_trains_on_them_and_scores_only_the_others()
    {
        var from = new DateOnly(2013, 3, 1);
        var until = new DateOnly(2013, 7, 10);
        var dongsi = ForecastCli.PrsaSlice("Dongsi", from, until);
        var wanliu = ForecastCli.PrsaSlice("Wanliu", from, until);
        string[] common = ["backtest-hourly", "--format", "prsa", "--input", dongsi, wanliu, "--train-until", "2013-06-30",
            "--test-from", "2013-07-01", "--test-until", "2013-07-05", "--weather", "none"];

        var both = await ForecastCli.RunAsync(common);
        var onlyWanliuScored = await ForecastCli.RunAsync([.. common, "--train-station", "Dongsi"]);
        var onlyDongsiScored = await ForecastCli.RunAsync([.. common, "--train-station", "Wanliu"]);

        Assert.True(both.Exit == 0, both.Err);
        Assert.True(onlyWanliuScored.Exit == 0, onlyWanliuScored.Err);
        Assert.True(onlyDongsiScored.Exit == 0, onlyDongsiScored.Err);
        Assert.Contains("trained on 2 station(s)", both.Err, StringComparison.Ordinal);
        Assert.Contains("trained on 1 station(s)", onlyWanliuScored.Err, StringComparison.Ordinal);
        // Which hours are scored depends on the observations, not on the model: the two held-out runs partition the stations.
        for (var band = 0; band < 5; band++)
        {
            var whole = Hours(both.Out, band);
            Assert.True(whole > 0);
            Assert.True(Hours(onlyWanliuScored.Out, band) > 0);
            Assert.Equal(whole, Hours(onlyWanliuScored.Out, band) + Hours(onlyDongsiScored.Out, band));
        }
    }

    [Theory]
    [InlineData("Nowhere", "--train-station not in the input: Nowhere")]
    [InlineData("Dongsi", "no station is left to score")]
    public async Task Train_stations_that_leave_nothing_to_score_or_are_not_in_the_input_are_refused(string station, string message)
    {
        var input = ForecastCli.PrsaSlice("Dongsi", new DateOnly(2013, 3, 1), new DateOnly(2013, 4, 10));
        var (exit, _, stderr) = await ForecastCli.RunAsync("backtest-hourly", "--format", "prsa", "--input", input, "--train-until", "2013-03-31",
            "--test-from", "2013-04-01", "--test-until", "2013-04-02", "--train-station", station);

        Assert.Equal(1, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    // The model's scored hours of one band from the stdout table (band,method,hours,rmse,mae).
    private static int Hours(string table, int band) =>
        table.Split('\n').Select(l => l.Split(',')).Where(c => c.Length == 5 && c[1] == "model").Select(c => int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture)).ElementAt(band);
}
