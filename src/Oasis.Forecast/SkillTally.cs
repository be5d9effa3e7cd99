using Oasis.Standards.Air;

namespace Oasis.Forecast;

/// <summary>
/// Forecast skill per lead and method: AQI-level exact and within-one-level hits, PM2.5 RMSE and MAE. One tally
/// for the back-test (<c>oasis forecast backtest</c>), the scores kept with a model version and the verification of
/// stored forecasts, so that all three report the same measures.
/// </summary>
public sealed class SkillTally
{
    /// <summary>The methods the back-test compares: the model, persistence and climatology (decision 0404).</summary>
    public static readonly string[] Methods = ["model", "persistence", "climatology"];

    private readonly Tally[,] _tallies = new Tally[ForecastOptions.MaxLead + 1, Methods.Length];

    public void Add(int lead, int method, int observedAqi, int forecastLevel, double observedPm25, double forecastPm25)
    {
        ref var t = ref _tallies[lead, method];
        var diff = Math.Abs(AirQualityCategory.For(observedAqi).Level - forecastLevel);
        t.Days++;
        t.Exact += diff == 0 ? 1 : 0;
        t.WithinOne += diff <= 1 ? 1 : 0;
        if (observedPm25 >= 0 && forecastPm25 >= 0)
        {
            var e = forecastPm25 - observedPm25;
            t.Pm25Days++;
            t.SquaredError += e * e;
            t.AbsoluteError += Math.Abs(e);
        }
    }

    /// <summary>The score of a lead and method; NaN where nothing was scored.</summary>
    public LeadScore Score(int lead, int method)
    {
        var t = _tallies[lead, method];
        return new LeadScore(
            lead,
            t.Days,
            t.Days == 0 ? double.NaN : 100.0 * t.Exact / t.Days,
            t.Days == 0 ? double.NaN : 100.0 * t.WithinOne / t.Days,
            t.Pm25Days == 0 ? double.NaN : Math.Sqrt(t.SquaredError / t.Pm25Days),
            t.Pm25Days == 0 ? double.NaN : t.AbsoluteError / t.Pm25Days);
    }

    /// <summary>The scores of one method for every lead, in lead order.</summary>
    public IReadOnlyList<LeadScore> Scores(int method) =>
        [.. Enumerable.Range(1, ForecastOptions.MaxLead).Select(lead => Score(lead, method))];

    private struct Tally
    {
        public int Days;
        public int Exact;
        public int WithinOne;
        public int Pm25Days;
        public double SquaredError;
        public double AbsoluteError;
    }
}
