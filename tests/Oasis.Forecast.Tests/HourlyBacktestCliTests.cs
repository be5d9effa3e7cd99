namespace Oasis.Forecast.Tests;

/// <summary><c>oasis forecast backtest-hourly</c> on one PRSA station: the blend weights on stderr (decision 0433).</summary>
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
}
