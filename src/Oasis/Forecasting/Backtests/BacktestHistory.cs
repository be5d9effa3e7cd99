using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Forecast;
using Oasis.Forecasting.Models;
using Oasis.Platform.Errors;

namespace Oasis.Forecasting.Backtests;

/// <summary>
/// Whether the city's history can carry a back-test, checked when it is asked for (decision 0430): an evaluation station
/// with enough days in the training window, and days to score in the test. Read from the daily aggregates, which is
/// quick; the job checks the rated days again (a day with too few valid hours has an aggregate but no AQI).
/// </summary>
internal static class BacktestHistory
{
    public static async Task CheckAsync(OasisDb db, DateOnly trainFrom, DateOnly trainUntil, DateOnly testFrom, DateOnly testUntil,
        IReadOnlyList<string>? trainStations, CancellationToken ct)
    {
        var codes = await ForecastHistories.StationsAsync(db, ct).ConfigureAwait(false);
        var lastTarget = testUntil.AddDays(ForecastOptions.MaxLead);
        var days = await db.AirDays.AsNoTracking()
            .Where(d => codes.Contains(d.StationCode) && d.Day >= trainFrom && d.Day <= lastTarget)
            .Select(d => new { d.StationCode, d.Day }).Distinct().ToListAsync(ct).ConfigureAwait(false);
        // Leave-stations-out: the stations trained on need the history.
        var trained = days.Where(d => d.Day <= trainUntil && (trainStations is null || trainStations.Contains(d.StationCode))).GroupBy(d => d.StationCode).Count(g => g.Count() >= ModelTraining.MinObservedDays);
        if (trained == 0)
        {
            throw OasisProblemException.Rule("forecast-no-history", "Forecast.NoHistory", trainFrom.ToString("yyyy-MM-dd", null),
                trainUntil.ToString("yyyy-MM-dd", null), ModelTraining.MinObservedDays);
        }

        if (!days.Any(d => d.Day >= testFrom && d.Day <= testUntil))
        {
            throw OasisProblemException.Rule("forecast-backtest-no-test-days", "Forecast.Backtest.NoTestDays", testFrom.ToString("yyyy-MM-dd", null),
                testUntil.ToString("yyyy-MM-dd", null));
        }
    }
}
