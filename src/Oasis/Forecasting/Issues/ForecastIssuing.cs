using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Oasis.Air;
using Oasis.Data;
using Oasis.Forecast;
using Oasis.Forecast.Hourly;
using Oasis.Forecasting.Hourly;
using Oasis.Forecasting.Models;
using Oasis.Forecasting.Weather;
using Oasis.Platform.Errors;
using Oasis.Standards.Air;

namespace Oasis.Forecasting.Issues;

/// <summary>
/// Issues a stored forecast: loads the model version, reads each evaluation station's history up to the end of the issue
/// day (and the imported weather of the target days when the model uses it), forecasts day+1 … day+10 per station and
/// for the city (the mean of the stations' values, rated like an observed city day), and stores the result. When the
/// version has an hourly model, day+1 … day+3 PM2.5 (day+1 for a version without weather) is the ensemble with its
/// forecast issued at the last hour of the issue day (decision 0434); if that forecast cannot be made the daily model stands alone and the issue says so.
/// </summary>
internal sealed partial class ForecastIssuing(ModelFiles files, HourlyIssuing hourly, TimeProvider clock, ILogger<ForecastIssuing> logger)
{
    /// <summary>A station is forecast when it has an observed day among the last seven before the issue day's end.</summary>
    public const int RecentDays = 7;

    /// <summary>Days before the issue day the features read (lags and means of up to seven days, with a margin).</summary>
    public const int HistoryDays = 14;

    // Replaced whole, never changed: a reference swap is atomic, so concurrent issues need no lock.
    private volatile CachedModel? _cache;

    public async Task<ForecastIssue> IssueAsync(OasisDb db, int? modelId, DateOnly issueDate, string by, CancellationToken ct)
    {
        var record = await (modelId is { } id
                ? db.Set<ForecastModelRecord>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct)
                : db.Set<ForecastModelRecord>().AsNoTracking().OrderByDescending(m => m.Id).FirstOrDefaultAsync(ct)).ConfigureAwait(false)
            ?? throw (modelId is null ? OasisProblemException.Rule("forecast-no-model", "Forecast.NoModel")
                : OasisProblemException.NotFound("Entity.ForecastModel", modelId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (issueDate < record.TrainedUntil)
        {
            throw OasisProblemException.Rule("forecast-issue-in-training", "Forecast.IssueInTraining", issueDate.ToString("yyyy-MM-dd", null),
                record.TrainedUntil.ToString("yyyy-MM-dd", null));
        }

        var started = Stopwatch.GetTimestamp();
        var codes = await ForecastHistories.StationsAsync(db, ct).ConfigureAwait(false);
        var (model, climates) = await LoadAsync(db, record, codes, ct).ConfigureAwait(false);
        var first = issueDate.AddDays(-HistoryDays);
        var last = issueDate.AddDays(ForecastOptions.MaxLead);
        var weather = await ImportedWeather.LoadAsync(db, first, last, ct).ConfigureAwait(false);
        var weatherDays = ImportedWeather.CoveredDays(weather, issueDate.AddDays(1), last);
        var histories = (await ForecastHistories.LoadAsync(db, codes, first, last, record.TargetWeather ? weather : null, ct).ConfigureAwait(false))
            .Where(h => ForecastHistories.ObservedDays(h, issueDate.AddDays(1 - RecentDays), issueDate) > 0)
            .Select(h => (History: h.ObservedUntil(issueDate), Climate: climates[h.Name]))
            .ToList();
        if (histories.Count == 0)
        {
            throw OasisProblemException.Rule("forecast-no-observations", "Forecast.NoObservations", issueDate.ToString("yyyy-MM-dd", null), RecentDays);
        }

        var forecaster = new Forecaster(model, EditionChoice.Auto);
        var stationDays = forecaster.Issue([.. histories.Select(h => new Forecaster.Request(h.History, h.Climate, issueDate, ForecastOptions.MaxLead))]);
        var blended = record.HourlyFileName is not null ? await WithHoursAsync(db, record, issueDate, stationDays, ct).ConfigureAwait(false) : null;
        stationDays = blended ?? stationDays;
        var days = stationDays.Concat(forecaster.CityOf(AirFigures.City, stationDays, histories.Count, issueDate)).Select(ToDay).ToList();
        var issue = new ForecastIssue
        {
            ModelId = record.Id,
            IssueDate = issueDate,
            Weather = !record.TargetWeather ? ForecastWeather.NotUsed
                : weatherDays == ForecastOptions.MaxLead ? ForecastWeather.Imported
                : weatherDays > 0 ? ForecastWeather.Partial : ForecastWeather.Missing,
            WeatherDays = weatherDays,
            Stations = string.Join(',', histories.Select(h => h.History.Name)),
            HourlyBlended = blended is not null,
            IssuedAt = clock.GetUtcNow().UtcDateTime,
            IssuedBy = by,
            ElapsedMs = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            Days = days,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var previous = await db.Set<ForecastIssue>().Include(i => i.Days).SingleOrDefaultAsync(i => i.ModelId == record.Id && i.IssueDate == issueDate, ct)
            .ConfigureAwait(false);
        if (previous is not null)
        {
            db.Remove(previous);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        db.Add(issue);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return issue;
    }

    // The stations' day+1 … day+3 PM2.5 blended with the version's hourly forecast issued at 23:00 of the issue day; null
    // (the daily model alone) when no station has a recent hour or the hourly model cannot be read.
    private async Task<IReadOnlyList<DailyForecast>?> WithHoursAsync(OasisDb db, ForecastModelRecord record, DateOnly issueDate,
        IReadOnlyList<DailyForecast> stationDays, CancellationToken ct)
    {
        var issueHour = HourlyDayEnsemble.IssueHour(issueDate);
        try
        {
            var (forecaster, stations, _) = await hourly.ForecastAsync(db, record, issueHour, ct).ConfigureAwait(false);
            if (stations.Count == 0)
            {
                LogNoHours(logger, issueDate);
                return null;
            }

            var hours = forecaster.Issue([.. stations.Select(s => new HourlyForecaster.Request(s.History, s.Climate, issueHour, HourlyOptions.MaxLead))]);
            return HourlyDayEnsemble.Apply(stationDays, hours, EditionChoice.Auto,
                HourlyDayEnsemble.LeadsFor(record.TargetWeather));
        }
        catch (OasisProblemException ex)
        {
            LogHourlyFailed(logger, ex, issueDate);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forecast of {IssueDate}: no station has a PM2.5 hour in the last day; the daily model stands alone")]
    private static partial void LogNoHours(ILogger logger, DateOnly issueDate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forecast of {IssueDate}: the hourly model could not be used; the daily model stands alone")]
    private static partial void LogHourlyFailed(ILogger logger, Exception ex, DateOnly issueDate);

    /// <summary>
    /// The model and each station's climatology of its training window, kept for the latest version used: the
    /// features need only the last <see cref="HistoryDays"/> days, so a second issue with the same version reads two
    /// weeks of hours instead of the whole window and does not load the model file again.
    /// </summary>
    private async Task<(ForecastModel Model, Dictionary<string, Climatology> Climates)> LoadAsync(OasisDb db, ForecastModelRecord record,
        List<string> codes, CancellationToken ct)
    {
        var cached = _cache;
        if (cached is null || cached.Id != record.Id)
        {
            cached = new CachedModel(record.Id, Read(record), new Dictionary<string, Climatology>(StringComparer.Ordinal));
        }

        var missing = codes.Where(c => !cached.Climates.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            var climates = new Dictionary<string, Climatology>(cached.Climates, StringComparer.Ordinal);
            foreach (var h in await ForecastHistories.LoadAsync(db, missing, record.TrainedFrom, record.TrainedUntil, null, ct).ConfigureAwait(false))
            {
                climates[h.Name] = Climatology.Of(h, record.TrainedUntil);
            }

            cached = cached with { Climates = climates };
        }

        _cache = cached;
        return (cached.Model, cached.Climates);
    }

    private ForecastModel Read(ForecastModelRecord record)
    {
        try
        {
            return files.Read(record);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw OasisProblemException.Rule("forecast-model-file", "Forecast.ModelFile", record.Code, ex.Message);
        }
    }

    private static ForecastDay ToDay(DailyForecast f)
    {
        var c = f.Quality.Concentrations;
        return new ForecastDay
        {
            Station = f.Station,
            TargetDate = f.TargetDate,
            Lead = f.Lead,
            Aqi = f.Aqi,
            Category = f.Category.Code,
            Primary = string.Join(',', f.Quality.Aqi.PrimaryPollutants.Members().Select(p => p.Code())),
            Edition = AirQuery.Code(f.Quality.Edition),
            Pm25 = Round(Pollutant.Pm25, c.Pm25),
            Pm10 = Round(Pollutant.Pm10, c.Pm10),
            So2 = Round(Pollutant.So2, c.So2),
            No2 = Round(Pollutant.No2, c.No2),
            Co = Round(Pollutant.Co, c.Co),
            O3_8h = Round(Pollutant.O3, c.O3Max8h),
            O3_1h = Round(Pollutant.O3, c.O3Max1h),
        };
    }

    private static double Round(Pollutant pollutant, double value) => (double)(GbT8170.RoundConcentration(pollutant, value) ?? 0);

    private sealed record CachedModel(int Id, ForecastModel Model, Dictionary<string, Climatology> Climates);
}
