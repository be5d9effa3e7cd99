using Microsoft.EntityFrameworkCore;
using Oasis.Air;
using Oasis.Data;
using Oasis.Forecast.Hourly;
using Oasis.Forecasting.Issues;
using Oasis.Forecasting.Models;
using Oasis.Forecasting.Weather;
using Oasis.Platform.Errors;

namespace Oasis.Forecasting.Hourly;

/// <summary>
/// Issues a stored hourly forecast (decision 0410): the version's hourly model forecasts +1 … +72 h for each evaluation
/// station with an observed PM2.5 hour among the last <see cref="RecentHours"/> up to the issue hour, and the city as
/// their mean; stored per version and issue hour.
/// </summary>
internal sealed class HourlyIssuing(ModelFiles files, TimeProvider clock)
{
    public const int RecentHours = 24;

    // The features read at most 48 hours back (same hour on the last observed day for leads up to 72 h).
    private const int HistoryDays = 4;

    private volatile Cached? _cache;

    /// <summary>The default issue hour: the hour that ended last (Beijing, unspecified kind).</summary>
    public static DateTime LastCompleteHour(TimeProvider clock)
    {
        var now = Oasis.Platform.Time.BeijingTime.Now(clock).DateTime;
        return new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Unspecified).AddHours(-1);
    }

    public async Task<HourlyForecastIssue> IssueAsync(OasisDb db, int? modelId, DateTime issueHour, string by, CancellationToken ct)
    {
        var record = await (modelId is { } id
                ? db.Set<ForecastModelRecord>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct)
                : db.Set<ForecastModelRecord>().AsNoTracking().Where(m => m.HourlyFileName != null).OrderByDescending(m => m.Id).FirstOrDefaultAsync(ct))
            .ConfigureAwait(false)
            ?? throw (modelId is null ? OasisProblemException.Rule("forecast-no-hourly-model", "ForecastHourly.NoModel")
                : OasisProblemException.NotFound("Entity.ForecastModel", modelId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (record.HourlyFileName is null)
        {
            throw OasisProblemException.Rule("forecast-no-hourly-model", "ForecastHourly.NoModel");
        }

        var day = DateOnly.FromDateTime(issueHour);
        if (day <= record.TrainedUntil)
        {
            throw OasisProblemException.Rule("forecast-issue-in-training", "Forecast.IssueInTraining", issueHour.ToString("yyyy-MM-dd HH:mm", null),
                record.TrainedUntil.ToString("yyyy-MM-dd", null));
        }

        var (forecaster, stations, weatherHours) = await ForecastAsync(db, record, issueHour, ct).ConfigureAwait(false);
        if (stations.Count == 0)
        {
            throw OasisProblemException.Rule("forecast-no-observations", "ForecastHourly.NoObservations", issueHour.ToString("yyyy-MM-dd HH:mm", null), RecentHours);
        }

        var forecasts = stations.SelectMany(s => forecaster.Issue(s.History, s.Climate, issueHour))
            .Concat(forecaster.IssueCity(AirFigures.City, stations, issueHour));
        var issueUtc = AirHourlyLayer.ToUtc(day).AddHours(issueHour.Hour);
        var issue = new HourlyForecastIssue
        {
            ModelId = record.Id,
            IssueHourUtc = issueUtc,
            Weather = !record.TargetWeather ? ForecastWeather.NotUsed
                : weatherHours == HourlyOptions.MaxLead ? ForecastWeather.Imported
                : weatherHours > 0 ? ForecastWeather.Partial : ForecastWeather.Missing,
            WeatherHours = weatherHours,
            Stations = string.Join(',', stations.Select(s => s.History.Name)),
            IssuedAt = clock.GetUtcNow().UtcDateTime,
            IssuedBy = by,
            Hours = [.. forecasts.Select(f => new HourlyForecastHour
            {
                Station = f.Station,
                Lead = f.Lead,
                TargetHourUtc = issueUtc.AddHours(f.Lead),
                Pm25 = Math.Round(f.Pm25, MidpointRounding.ToEven),
            })],
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var previous = await db.Set<HourlyForecastIssue>().Include(i => i.Hours).SingleOrDefaultAsync(i => i.ModelId == record.Id && i.IssueHourUtc == issueUtc, ct)
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

    /// <summary>
    /// The version's hourly forecaster and every evaluation station with an observed PM2.5 hour among the last
    /// <see cref="RecentHours"/> up to <paramref name="issueHour"/>, read up to it (none when no station qualifies), and
    /// the target hours the imported weather covers. What <see cref="IssueAsync"/> stores and the daily issue blends (0434).
    /// </summary>
    public async Task<(HourlyForecaster Forecaster, List<(HourlyHistory History, HourlyClimatology Climate)> Stations, int WeatherHours)> ForecastAsync(
        OasisDb db, ForecastModelRecord record, DateTime issueHour, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        var day = DateOnly.FromDateTime(issueHour);
        var (model, climates) = await LoadAsync(db, record, ct).ConfigureAwait(false);
        var first = day.AddDays(-HistoryDays);
        var last = DateOnly.FromDateTime(issueHour.AddHours(HourlyOptions.MaxLead));
        var weather = await ImportedWeather.LoadAsync(db, first, last, ct).ConfigureAwait(false);
        var weatherHours = Enumerable.Range(1, HourlyOptions.MaxLead)
            .Count(l => weather.IndexOf(DateOnly.FromDateTime(issueHour.AddHours(l)), issueHour.AddHours(l).Hour) is var i && i >= 0 && double.IsFinite(weather.Temperature[i]));
        var codes = await ForecastHistories.StationsAsync(db, ct).ConfigureAwait(false);
        var stations = (await ForecastHistories.LoadHourlyAsync(db, codes.Where(climates.ContainsKey), first, last, record.TargetWeather ? weather : null, ct)
                .ConfigureAwait(false))
            .Select(h => h.ObservedUntil(issueHour))
            .Where(h => Enumerable.Range(0, RecentHours).Any(b => h.Observed(h.IndexOf(issueHour) - b) >= 0))
            .Select(h => (History: h, Climate: climates[h.Name]))
            .ToList();
        return (new HourlyForecaster(model), stations, weatherHours);
    }

    // The model and the same-hour climatologies of its training window, kept for the latest version used (the window is long).
    private async Task<(HourlyModel Model, Dictionary<string, HourlyClimatology> Climates)> LoadAsync(OasisDb db, ForecastModelRecord record, CancellationToken ct)
    {
        if (_cache is { } c && c.Id == record.Id)
        {
            return (c.Model, c.Climates);
        }

        HourlyModel model;
        try
        {
            model = files.ReadHourly(record);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw OasisProblemException.Rule("forecast-model-file", "Forecast.ModelFile", record.HourlyCode ?? record.Code, ex.Message);
        }

        var stations = record.Stations.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var climates = (await ForecastHistories.LoadHourlyAsync(db, stations, record.TrainedFrom, record.TrainedUntil, null, ct).ConfigureAwait(false))
            .ToDictionary(h => h.Name, h => HourlyClimatology.Of(h, record.TrainedUntil), StringComparer.Ordinal);
        _cache = new Cached(record.Id, model, climates);
        return (model, climates);
    }

    private sealed record Cached(int Id, HourlyModel Model, Dictionary<string, HourlyClimatology> Climates);
}
