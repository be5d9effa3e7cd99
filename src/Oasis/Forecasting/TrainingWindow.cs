using Oasis.Data;
using Oasis.Forecast;
using Oasis.Forecasting.Models;
using Oasis.Forecasting.Weather;

namespace Oasis.Forecasting;

/// <summary>
/// What a model is trained on over a window (decisions 0405, 0430): the evaluation stations with at least
/// <see cref="ModelTraining.MinObservedDays"/> observed days in it, with the imported weather when it covers
/// <see cref="ForecastingOptions.MinWeatherCoverage"/> of the window's days, else without. Model versions and back-tests
/// read it alike; a back-test loads its histories on to the last target day and uses observed weather only.
/// </summary>
internal sealed record TrainingWindow(List<StationHistory> Histories, WeatherSeries Weather, int WeatherDays, bool UseWeather)
{
    public static async Task<TrainingWindow> LoadAsync(OasisDb db, DateOnly from, DateOnly until, DateOnly loadUntil, double minWeatherCoverage,
        bool observedWeatherOnly, CancellationToken ct)
    {
        var weather = await ImportedWeather.LoadAsync(db, from, loadUntil, ct, observedWeatherOnly).ConfigureAwait(false);
        var weatherDays = ImportedWeather.CoveredDays(weather, from, until);
        var useWeather = weatherDays > 0 && weatherDays >= minWeatherCoverage * (until.DayNumber - from.DayNumber + 1);
        var codes = await ForecastHistories.StationsAsync(db, ct).ConfigureAwait(false);
        var all = await ForecastHistories.LoadAsync(db, codes, from, loadUntil, useWeather ? weather : null, ct).ConfigureAwait(false);
        var histories = all.Where(h => ForecastHistories.ObservedDays(h, from, until) >= ModelTraining.MinObservedDays).ToList();
        return new TrainingWindow(histories, weather, weatherDays, useWeather);
    }
}
