using Oasis.Forecast.Hourly;
using Oasis.Standards.Air;

namespace Oasis.Forecast;

/// <summary>
/// The back-test protocol of issue #7, shared by <c>oasis forecast backtest</c> and the host's back-test job (decision
/// 0430): train once on the training stations up to the train-until day, forecast every station and test day from what
/// was observed up to its end, score the stations asked with the model against persistence and climatology. Given the
/// stations' hours, it also trains the hourly model on the same stations (side by side) and blends day+1 … day+3 PM2.5
/// with it (<see cref="HourlyDayEnsemble"/>, decision 0434).
/// </summary>
public sealed class BacktestRun
{
    private readonly EditionChoice _edition;

    private BacktestRun(ForecastModel model, Forecaster forecaster, IReadOnlyDictionary<string, Climatology> climates, HourlyPart? hourly,
        EditionChoice edition)
    {
        Model = model;
        Forecaster = forecaster;
        Climates = climates;
        Hourly = hourly;
        _edition = edition;
    }

    public ForecastModel Model { get; }

    /// <summary>The hourly model and every station's hours and hourly climatology, when the run was given hours.</summary>
    public HourlyPart? Hourly { get; }

    public Forecaster Forecaster { get; }

    /// <summary>Every station's climatology over the training days (persistence and climatology need it for stations not trained on too).</summary>
    public IReadOnlyDictionary<string, Climatology> Climates { get; }

    /// <summary>
    /// Trains the model on <paramref name="training"/> up to <paramref name="trainUntil"/>; climatologies for all
    /// <paramref name="histories"/>. With <paramref name="hours"/> (the same stations' hours), the hourly model is trained
    /// on the training stations' hours at the same time, with the same weather mode and seed and half the iterations.
    /// </summary>
    public static BacktestRun Train(IReadOnlyList<StationHistory> histories, IReadOnlyList<StationHistory> training, DateOnly trainUntil,
        ForecastOptions options, EditionChoice edition, IReadOnlyList<HourlyHistory>? hours = null)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(options);
        var names = training.Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
        // The host's rule for a version's hourly model (half the daily iterations): 300 for the CLI's 600.
        var hourlyOptions = new HourlyOptions { TargetWeather = options.TargetWeather, Seed = options.Seed, Iterations = Math.Max(10, options.Iterations / 2) };
        var hourly = hours is null ? null : Task.Run(() => HourlyModel.Train([.. hours.Where(h => names.Contains(h.Name))], trainUntil, hourlyOptions));
        var model = ForecastModel.Train(training, trainUntil, options);
        var climates = histories.ToDictionary(h => h.Name, h => Climatology.Of(h, trainUntil), StringComparer.Ordinal);
        var part = hours is not null && hourly is not null
            ? new HourlyPart(hourly.GetAwaiter().GetResult(), hours.ToDictionary(h => h.Name, StringComparer.Ordinal),
                hours.ToDictionary(h => h.Name, h => HourlyClimatology.Of(h, trainUntil), StringComparer.Ordinal))
            : null;
        return new BacktestRun(model, new Forecaster(model, edition), climates, part, edition);
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
            return WithHours(Backtesting.Forecast(Forecaster, histories, Climates, from, until), histories, from, until);
        }

        var result = new List<DailyForecast>();
        for (var i = 0; i < histories.Count; i++)
        {
            result.AddRange(WithHours(Backtesting.Forecast(Forecaster, [histories[i]], Climates, from, until), [histories[i]], from, until));
            progress(i + 1, histories.Count);
        }

        return result;
    }

    // Day+1 … day+3 PM2.5 (day+1 without weather) blended with the hourly model issued at the last hour of each issue day (0434).
    private IReadOnlyList<DailyForecast> WithHours(IReadOnlyList<DailyForecast> daily, IReadOnlyList<StationHistory> histories, DateOnly from, DateOnly until)
    {
        if (Hourly is not { } h)
        {
            return daily;
        }

        var hours = histories.Where(s => h.Histories.ContainsKey(s.Name)).Select(s => h.Histories[s.Name]).ToList();
        var hourly = HourlyBacktest.Forecast(new HourlyForecaster(h.Model), hours, h.Climates, from, until, HourlyDayEnsemble.IssueHour(from).Hour);
        return HourlyDayEnsemble.Apply(daily, hourly, _edition, HourlyDayEnsemble.LeadsFor(Model.TargetWeather));
    }

    /// <summary>The skill per lead and method on the <paramref name="scored"/> stations (decision 0404).</summary>
    public SkillTally Score(IReadOnlyList<DailyForecast> forecasts, IEnumerable<StationHistory> scored) =>
        Backtesting.Score(forecasts, scored.ToDictionary(h => h.Name, StringComparer.Ordinal), Climates);
}

/// <summary>The hourly side of a back-test run: the model, and the hours and hourly climatology of every station.</summary>
public sealed record HourlyPart(HourlyModel Model, IReadOnlyDictionary<string, HourlyHistory> Histories,
    IReadOnlyDictionary<string, HourlyClimatology> Climates);
