using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oasis.Data;
using Oasis.Forecasting.Models;
using Oasis.Platform.Audit;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;

namespace Oasis.Forecasting.Backtests;

/// <summary>
/// A back-test order (<c>POST /api/forecast/backtests</c>): the three dates required, the rest as for training a model;
/// <paramref name="TrainStations"/> (evaluation station codes) trains on those only and scores the others.
/// </summary>
internal sealed record BacktestOrder(string? TrainUntil, string? TestFrom, string? TestUntil, int? TrainingDays, int? Iterations,
    IReadOnlyList<string>? TrainStations = null);

/// <summary>A back-test as the API shows it: its state and progress, and once done the table per lead.</summary>
internal sealed record BacktestDto(int Id, string State, int Percent, DateOnly TrainFrom, DateOnly TrainUntil, DateOnly TestFrom, DateOnly TestUntil,
    int Iterations, int Seed, string? Weather, int WeatherDays, string[] Stations, string[] TrainStations, string? ModelCode, int Forecasts, ModelScoresDto? Scores,
    string? Error, double Seconds, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? FinishedAt)
{
    public static BacktestDto Of(ForecastBacktest b, ProblemWriter text)
    {
        var scores = b.Scores is null ? null : JsonSerializer.Deserialize<ModelScores>(b.Scores, ModelTraining.ScoreJson);
        return new(b.Id, b.State, b.Percent, b.TrainFrom, b.TrainUntil, b.TestFrom, b.TestUntil, b.Iterations, b.Seed, b.Weather, b.WeatherDays,
            b.Stations?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [], b.TrainStations?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [], b.ModelCode, b.Forecasts,
            scores is null ? null : new ModelScoresDto([.. scores.Model.Select(LeadScoreDto.Of)], [.. scores.Persistence.Select(LeadScoreDto.Of)],
                [.. scores.Climatology.Select(LeadScoreDto.Of)]),
            b.ErrorKey is { } key ? text.Format(key, [.. JsonSerializer.Deserialize<string[]>(b.ErrorArgs ?? "[]") ?? []]) : null,
            b.Seconds, ForecastTime.Beijing(b.CreatedAt), b.CreatedBy, b.FinishedAt is { } f ? ForecastTime.Beijing(f) : null);
    }
}

/// <summary>
/// <c>/api/forecast/backtests</c> (decision 0430): queue a back-test over the city's own history (monitoring staff, as
/// training a model), list them, read one; the job runs in <see cref="BacktestWorker"/>.
/// </summary>
internal static class BacktestEndpoints
{
    /// <summary>The longest test: two years of issue days.</summary>
    public const int MaxTestDays = 731;

    public static void MapBacktests(this RouteGroupBuilder forecast)
    {
        forecast.MapPost("/backtests", StartAsync).RequireAuthorization(Policies.AirMonitoring);
        forecast.MapGet("/backtests", ListAsync);
        forecast.MapGet("/backtests/{id:int}", GetAsync);
        forecast.MapPost("/backtests/{id:int}/cancel", CancelRequestAsync).RequireAuthorization(Policies.AirMonitoring);
    }

    private static async Task<Accepted<BacktestDto>> StartAsync(BacktestOrder? order, ClaimsPrincipal user, OasisDb db, BacktestWorker worker,
        IOptions<ForecastingOptions> options, TimeProvider clock, ProblemWriter text, CancellationToken ct)
    {
        var job = await QueueAsync(db, worker, order, options.Value, clock, user.FindFirstValue(ClaimTypes.Name) ?? AuditActor.System, ct).ConfigureAwait(false);
        return TypedResults.Accepted($"/api/forecast/backtests/{job.Id}", BacktestDto.Of(job, text));
    }

    /// <summary>Checks the order and the history, queues the back-test (audited) and wakes the worker: the API's and the page's way in.</summary>
    public static async Task<ForecastBacktest> QueueAsync(OasisDb db, BacktestWorker worker, BacktestOrder? order, ForecastingOptions settings,
        TimeProvider clock, string by, CancellationToken ct)
    {
        var (trainFrom, trainUntil, testFrom, testUntil, iterations) = Check(order, settings, ForecastTime.LastCompleteDay(clock));
        var train = await TrainStationsAsync(db, order?.TrainStations, ct).ConfigureAwait(false);
        await BacktestHistory.CheckAsync(db, trainFrom, trainUntil, testFrom, testUntil, train, ct).ConfigureAwait(false);
        var job = new ForecastBacktest
        {
            State = ForecastBacktest.Queued, TrainFrom = trainFrom, TrainUntil = trainUntil, TestFrom = testFrom, TestUntil = testUntil,
            Iterations = iterations, Seed = settings.Seed, TrainStations = train is null ? null : string.Join(',', train), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = by,
        };
        db.Add(job);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        worker.Wake();
        return job;
    }

    /// <summary>Dates yyyy-MM-dd in the order train-until &lt; test-from ≤ test-until &lt; yesterday (day+1 of the last issue observed), one error per field.</summary>
    public static (DateOnly TrainFrom, DateOnly TrainUntil, DateOnly TestFrom, DateOnly TestUntil, int Iterations) Check(BacktestOrder? order,
        ForecastingOptions settings, DateOnly lastComplete)
    {
        var errors = new List<FieldError>();
        DateOnly? Date(string field, string? value)
        {
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            errors.Add(new FieldError(null, field, "Forecast.Validation.Date", value ?? string.Empty));
            return null;
        }

        var trainUntil = Date("trainUntil", order?.TrainUntil);
        var testFrom = Date("testFrom", order?.TestFrom);
        var testUntil = Date("testUntil", order?.TestUntil);
        if (trainUntil is { } a && testFrom is { } b && testUntil is { } c)
        {
            if (!(a < b && b <= c && c < lastComplete))
            {
                errors.Add(new FieldError(null, "testFrom", "Forecast.Backtest.Order", lastComplete.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
            else if (c.DayNumber - b.DayNumber + 1 > MaxTestDays)
            {
                errors.Add(new FieldError(null, "testUntil", "Forecast.Backtest.TestLength", MaxTestDays));
            }
        }

        var days = order?.TrainingDays ?? settings.TrainingDays;
        if (days is < 60 or > 3660)
        {
            errors.Add(new FieldError(null, "trainingDays", "Validation.Range", 60, 3660));
        }

        var iterations = order?.Iterations ?? settings.Iterations;
        if (iterations is < 10 or > 5000)
        {
            errors.Add(new FieldError(null, "iterations", "Validation.Range", 10, 5000));
        }

        return errors.Count > 0
            ? throw OasisProblemException.Validation(errors)
            : (trainUntil!.Value.AddDays(1 - days), trainUntil.Value, testFrom!.Value, testUntil!.Value, iterations);
    }

    /// <summary>The training stations asked: null for all; else known evaluation stations (400 otherwise), leaving at least one to score.</summary>
    private static async Task<List<string>?> TrainStationsAsync(OasisDb db, IReadOnlyList<string>? asked, CancellationToken ct)
    {
        if (asked is null || asked.Count == 0)
        {
            return null;
        }

        var codes = await ForecastHistories.StationsAsync(db, ct).ConfigureAwait(false);
        var unknown = asked.Where(c => !codes.Contains(c, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw OasisProblemException.Validation("trainStations", "Forecast.Backtest.UnknownStation", string.Join(", ", unknown));
        }

        var train = asked.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return train.Count < codes.Count ? train : throw OasisProblemException.Validation("trainStations", "Forecast.Backtest.NoneLeft");
    }

    /// <summary>Cancels a queued or running back-test (audited); the worker stops at its next step or station. A finished one is 409.</summary>
    public static async Task<ForecastBacktest> CancelAsync(OasisDb db, BacktestWorker worker, int id, TimeProvider clock, CancellationToken ct)
    {
        var job = await db.ForecastBacktests.SingleOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.ForecastBacktest", id.ToString(CultureInfo.InvariantCulture));
        if (job.Finished)
        {
            throw OasisProblemException.Rule("forecast-backtest-finished", "Forecast.Backtest.Finished", id, job.State);
        }

        (job.State, job.FinishedAt) = (ForecastBacktest.Cancelled, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        worker.Cancel(id);
        return job;
    }

    private static async Task<Ok<BacktestDto>> CancelRequestAsync(int id, OasisDb db, BacktestWorker worker, TimeProvider clock, ProblemWriter text, CancellationToken ct) =>
        TypedResults.Ok(BacktestDto.Of(await CancelAsync(db, worker, id, clock, ct).ConfigureAwait(false), text));

    private static async Task<Ok<List<BacktestDto>>> ListAsync(OasisDb db, ProblemWriter text, CancellationToken ct) =>
        TypedResults.Ok((await db.ForecastBacktests.AsNoTracking().OrderByDescending(b => b.Id).Take(50).ToListAsync(ct).ConfigureAwait(false))
            .Select(b => BacktestDto.Of(b, text)).ToList());

    private static async Task<Ok<BacktestDto>> GetAsync(int id, OasisDb db, ProblemWriter text, CancellationToken ct)
    {
        var b = await db.ForecastBacktests.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.ForecastBacktest", id.ToString(CultureInfo.InvariantCulture));
        return TypedResults.Ok(BacktestDto.Of(b, text));
    }
}
