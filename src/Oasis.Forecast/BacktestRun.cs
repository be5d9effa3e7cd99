using Oasis.Standards.Air;

namespace Oasis.Forecast;

/// <summary>
/// The back-test protocol of issue #7, shared by <c>oasis forecast backtest</c> and the host's back-test job (decision
/// 0430): train once on the training stations up to the train-until day, forecast every station and test day from what
/// was observed up to its end, score the stations asked with the model against persistence and climatology.
/// </summary>
public sealed class BacktestRun
{
    private BacktestRun(ForecastModel model, Forecaster forecaster, IReadOnlyDictionary<string, Climatology> climates)
    {
        Model = model;
        Forecaster = forecaster;
        Climates = climates;
    }

    public ForecastModel Model { get; }

    public Forecaster Forecaster { get; }

    /// <summary>Every station's climatology over the training days (persistence and climatology need it for stations not trained on too).</summary>
    public IReadOnlyDictionary<string, Climatology> Climates { get; }

    /// <summary>Trains the model on <paramref name="training"/> up to <paramref name="trainUntil"/>; climatologies for all <paramref name="histories"/>.</summary>
    public static BacktestRun Train(IReadOnlyList<StationHistory> histories, IReadOnlyList<StationHistory> training, DateOnly trainUntil,
        ForecastOptions options, EditionChoice edition)
    {
        ArgumentNullException.ThrowIfNull(histories);
        var model = ForecastModel.Train(training, trainUntil, options);
        var climates = histories.ToDictionary(h => h.Name, h => Climatology.Of(h, trainUntil), StringComparer.Ordinal);
        return new BacktestRun(model, new Forecaster(model, edition), climates);
    }

    /// <summary>
    /// Day+1 … day+10 for every station and issue day in [<paramref name="from"/>, <paramref name="until"/>], one station at
    /// a time so that <paramref name="progress"/> (stations done, stations) can be told; the same rows as one batch.
    /// </summary>
    public IReadOnlyList<DailyForecast> Forecast(IReadOnlyList<StationHistory> histories, DateOnly from, DateOnly until, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(histories);
        if (progress is null)
        {
            return Backtesting.Forecast(Forecaster, histories, Climates, from, until);
        }

        var result = new List<DailyForecast>();
        for (var i = 0; i < histories.Count; i++)
        {
            result.AddRange(Backtesting.Forecast(Forecaster, [histories[i]], Climates, from, until));
            progress(i + 1, histories.Count);
        }

        return result;
    }

    /// <summary>The skill per lead and method on the <paramref name="scored"/> stations (decision 0404).</summary>
    public SkillTally Score(IReadOnlyList<DailyForecast> forecasts, IEnumerable<StationHistory> scored) =>
        Backtesting.Score(forecasts, scored.ToDictionary(h => h.Name, StringComparer.Ordinal), Climates);
}
