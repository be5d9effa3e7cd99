using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oasis.Data;
using Oasis.Forecast;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;

namespace Oasis.Forecasting.Models;

/// <summary>A training order (<c>POST /api/forecast/models</c>); every field optional.</summary>
internal sealed record TrainingOrder(string? TrainUntil, int? TrainingDays, int? Iterations);

/// <summary>One lead's skill; null where nothing was scored.</summary>
internal sealed record LeadScoreDto(int Lead, int Days, double? ExactPercent, double? WithinOnePercent, double? Pm25Rmse, double? Pm25Mae)
{
    public static LeadScoreDto Of(LeadScore s) => new(s.Lead, s.Days, N(s.ExactPercent), N(s.WithinOnePercent), N(s.Pm25Rmse), N(s.Pm25Mae));

    private static double? N(double v) => double.IsNaN(v) ? null : Math.Round(v, 1);
}

internal sealed record ModelScoresDto(IReadOnlyList<LeadScoreDto> Model, IReadOnlyList<LeadScoreDto> Persistence, IReadOnlyList<LeadScoreDto> Climatology);

/// <summary>A model version as the API shows it.</summary>
internal sealed record ForecastModelDto(int Id, string Code, DateOnly TrainedFrom, DateOnly TrainedUntil, string[] Stations, bool TargetWeather,
    int WeatherDays, int Seed, int Iterations, int Leaves, double LearningRate, int[] Examples, double[] BlendWeights, double TrainingSeconds,
    DateOnly? BacktestFrom, DateOnly? BacktestUntil, ModelScoresDto? Scores, long Size, string Sha256, DateTimeOffset CreatedAt, string CreatedBy,
    HourlyModelDto? Hourly)
{
    public static ForecastModelDto Of(ForecastModelRecord m)
    {
        var v = m.ToVersion();
        var scores = m.Scores is null ? null : JsonSerializer.Deserialize<ModelScores>(m.Scores, ModelTraining.ScoreJson);
        return new(m.Id, m.Code, m.TrainedFrom, m.TrainedUntil, [.. v.Stations], m.TargetWeather, m.WeatherDays, m.Seed, m.Iterations, m.Leaves,
            m.LearningRate, [.. v.ExamplesPerTarget], [.. v.BlendWeights], m.TrainingSeconds, m.BacktestFrom, m.BacktestUntil,
            scores is null ? null : new ModelScoresDto([.. scores.Model.Select(LeadScoreDto.Of)], [.. scores.Persistence.Select(LeadScoreDto.Of)],
                [.. scores.Climatology.Select(LeadScoreDto.Of)]),
            m.Size, m.Sha256, ForecastTime.Beijing(m.CreatedAt), m.CreatedBy, HourlyModelDto.Of(m));
    }
}

/// <summary>The hourly PM2.5 model of a version (decision 0410); scores per lead band on the held-out days (null where nothing was scored).</summary>
/// <summary>Blend: per lead 1–72 the weights [model, persistence, climatology] (decision 0433); empty = the model alone.</summary>
internal sealed record HourlyModelDto(string Code, int Iterations, int Examples, long Size, string Sha256, double[][] Blend, IReadOnlyList<BandScoreDto> Scores)
{
    public static HourlyModelDto? Of(ForecastModelRecord m) => m.HourlyCode is null ? null : new(m.HourlyCode, m.HourlyIterations, m.HourlyExamples,
        m.HourlySize, m.HourlySha256 ?? string.Empty,
        [.. Oasis.Forecast.Hourly.HourlyBlend.Parse(m.HourlyBlend).Select(w => new[] { w.Model, w.Persistence, w.Climatology })],
        m.HourlyScores is null ? []
            : [.. JsonSerializer.Deserialize<List<Oasis.Forecast.Hourly.BandScore>>(m.HourlyScores, ModelTraining.ScoreJson)!
                .Select(s => new BandScoreDto(s.Band, s.Method, s.Hours, N(s.Rmse), N(s.Mae)))]);

    private static double? N(double v) => double.IsNaN(v) ? null : Math.Round(v, 1);
}

internal sealed record BandScoreDto(string Band, string Method, int Hours, double? Rmse, double? Mae);

/// <summary><c>/api/forecast/models</c>: train on demand (monitoring staff), list the versions, read one.</summary>
internal static class ModelEndpoints
{
    public static void MapModels(this RouteGroupBuilder forecast)
    {
        forecast.MapPost("/models", TrainAsync).RequireAuthorization(Policies.AirMonitoring);
        forecast.MapGet("/models", ListAsync);
        forecast.MapGet("/models/{id:int}", GetAsync);
    }

    private static async Task<Created<ForecastModelDto>> TrainAsync(TrainingOrder? order, ClaimsPrincipal user, OasisDb db, ModelTraining training,
        IOptions<ForecastingOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var until = ForecastTime.LastCompleteDay(clock);
        if (order?.TrainUntil is { Length: > 0 } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out until) || until > ForecastTime.LastCompleteDay(clock))
            {
                errors.Add(new FieldError(null, "trainUntil", "Forecast.Validation.TrainUntil", text));
            }
        }

        var days = order?.TrainingDays ?? options.Value.TrainingDays;
        if (days is < 30 or > 3660)
        {
            errors.Add(new FieldError(null, "trainingDays", "Validation.Range", 30, 3660));
        }

        var iterations = order?.Iterations ?? options.Value.Iterations;
        if (iterations is < 10 or > 5000)
        {
            errors.Add(new FieldError(null, "iterations", "Validation.Range", 10, 5000));
        }

        if (errors.Count > 0)
        {
            throw OasisProblemException.Validation(errors);
        }

        var record = await training.TrainAsync(db, new TrainingRequest(until, days, iterations), user.Identity?.Name ?? "system", ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/forecast/models/{record.Id}", ForecastModelDto.Of(record));
    }

    private static async Task<Ok<List<ForecastModelDto>>> ListAsync(OasisDb db, CancellationToken ct) =>
        TypedResults.Ok((await db.Set<ForecastModelRecord>().AsNoTracking().OrderByDescending(m => m.Id).ToListAsync(ct).ConfigureAwait(false))
            .Select(ForecastModelDto.Of).ToList());

    private static async Task<Ok<ForecastModelDto>> GetAsync(int id, OasisDb db, CancellationToken ct)
    {
        var record = await db.Set<ForecastModelRecord>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.ForecastModel", id.ToString(CultureInfo.InvariantCulture));
        return TypedResults.Ok(ForecastModelDto.Of(record));
    }
}
