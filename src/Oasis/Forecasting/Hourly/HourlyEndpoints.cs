using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Oasis.Air;
using Oasis.Data;
using Oasis.Forecasting.Issues;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Forecasting.Hourly;

/// <summary>An hourly issue order: the issue hour (Beijing, <c>yyyy-MM-ddTHH:00</c>; default the hour that ended last) and the model version (default the latest with an hourly model).</summary>
internal sealed record HourlyIssueOrder(string? IssueHour, int? ModelId);

internal sealed record HourlyPointDto(int Lead, DateTimeOffset Time, double Pm25);

/// <summary>
/// The latest hourly forecast of a station or the city. <see cref="WeatherForecastUsed"/>: imported weather covered some or all
/// target hours; <see cref="Blend"/>: <c>persistence-climatology</c> when the version blends the model with persistence and
/// the same-hour climatology by lead, <c>model</c> otherwise (decision 0433); <see cref="Statement"/> says both in words.
/// </summary>
internal sealed record HourlyForecastDto(int IssueId, int ModelId, string? ModelCode, DateTimeOffset IssueHour, string Weather, int WeatherHours,
    bool WeatherForecastUsed, string Blend, string Statement, string Station, string[] Stations, DateTimeOffset IssuedAt, string IssuedBy,
    IReadOnlyList<HourlyPointDto> Hours)
{
    public static HourlyForecastDto Of(HourlyForecastIssue i, HourlyIssueModel model, string station, IStringLocalizer text)
    {
        var weights = Oasis.Forecast.Hourly.HourlyBlend.Parse(model.Blend);
        return new(i.Id, i.ModelId, model.Code, ForecastTime.Beijing(i.IssueHourUtc), i.Weather, i.WeatherHours, HourlyStatement.WeatherUsed(i.Weather),
            HourlyStatement.BlendOf(weights), HourlyStatement.Text(text, i, weights), station, i.Stations.Split(',', StringSplitOptions.RemoveEmptyEntries),
            ForecastTime.Beijing(i.IssuedAt), i.IssuedBy,
            [.. i.Hours.Where(h => h.Station == station).OrderBy(h => h.Lead).Select(h => new HourlyPointDto(h.Lead, ForecastTime.Beijing(h.TargetHourUtc), h.Pm25))]);
    }
}

/// <summary>The hourly model of an issue's version: its engine name and blend weights (<see cref="Models.ForecastModelRecord.HourlyBlend"/>).</summary>
internal sealed record HourlyIssueModel(string? Code, string? Blend);

/// <summary><c>/api/forecast/hourly</c>: issue the 72-hour PM2.5 forecast on demand; read the latest for a station or the city.</summary>
internal static class HourlyEndpoints
{
    public static void MapHourly(this RouteGroupBuilder forecast)
    {
        forecast.MapPost("/hourly", IssueAsync).RequireAuthorization(Policies.AirMonitoring);
        forecast.MapGet("/hourly", LatestAsync).RequireAuthorization(Policies.Staff);
        forecast.MapHourlyIssues();
    }

    private static async Task<Created<HourlyForecastDto>> IssueAsync(HourlyIssueOrder? order, ClaimsPrincipal user, OasisDb db, HourlyIssuing issuing,
        TimeProvider clock, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var hour = HourlyIssuing.LastCompleteHour(clock);
        if (order?.IssueHour is { Length: > 0 } text)
        {
            hour = BeijingHour(text) is var asked && asked <= hour ? asked
                : throw OasisProblemException.Validation("issueHour", "ForecastHourly.Validation.IssueHour", text);
        }

        var issue = await issuing.IssueAsync(db, order?.ModelId, hour, user.Identity?.Name ?? "system", ct).ConfigureAwait(false);
        var model = await ModelOfAsync(db, issue.ModelId, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/forecast/hourly?city", HourlyForecastDto.Of(issue, model, AirFigures.City, localizer));
    }

    /// <summary>A whole Beijing hour written <c>yyyy-MM-ddTHH:mm</c>, else 400 naming the field <c>issueHour</c>.</summary>
    private static DateTime BeijingHour(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var hour) && hour.Minute == 0 ? hour
            : throw OasisProblemException.Validation("issueHour", "ForecastHourly.Validation.IssueHour", text);

    /// <summary>
    /// The latest hourly forecast (latest issue hour, then latest issued) of a station (within the caller's scope) or the
    /// city; with <paramref name="issueHour"/> (Beijing, <c>yyyy-MM-ddTHH:mm</c>) the issue of that past hour instead.
    /// </summary>
    private static async Task<Ok<HourlyForecastDto>> LatestAsync(string? station, string? issueHour, HttpContext http, OasisDb db, DataScopeResolver scopes,
        IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        DateTime? hourUtc = issueHour is { Length: > 0 } ? DateTime.SpecifyKind(BeijingHour(issueHour).AddHours(-8), DateTimeKind.Utc) : null;

        var target = string.IsNullOrEmpty(station) ? AirFigures.City : station;
        var visible = await IssueEndpoints.VisibleAsync(http, db, scopes, ct).ConfigureAwait(false);
        if (!visible(target))
        {
            throw await db.Stations.AnyAsync(s => s.Code == target, ct).ConfigureAwait(false)
                ? OasisProblemException.OutOfScope() : OasisProblemException.NotFound("Entity.Station", target);
        }

        var (issue, model) = await LatestIssueAsync(db, hourUtc, ct).ConfigureAwait(false);
        return issue is null ? throw OasisProblemException.NotFound("Entity.HourlyForecast", issueHour ?? "latest") : TypedResults.Ok(HourlyForecastDto.Of(issue, model, target, text));
    }

    /// <summary>
    /// The latest hourly issue (or the one issued last at <paramref name="hourUtc"/>) with its hours and its version's hourly
    /// model; (null, empty) when none was issued.
    /// </summary>
    internal static async Task<(HourlyForecastIssue? Issue, HourlyIssueModel Model)> LatestIssueAsync(OasisDb db, DateTime? hourUtc, CancellationToken ct)
    {
        var issue = await db.Set<HourlyForecastIssue>().AsNoTracking().Include(i => i.Hours).Where(i => hourUtc == null || i.IssueHourUtc == hourUtc)
            .OrderByDescending(i => i.IssueHourUtc).ThenByDescending(i => i.Id)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return (issue, issue is null ? new HourlyIssueModel(null, null) : await ModelOfAsync(db, issue.ModelId, ct).ConfigureAwait(false));
    }

    private static Task<HourlyIssueModel> ModelOfAsync(OasisDb db, int modelId, CancellationToken ct) =>
        db.Set<Models.ForecastModelRecord>().Where(m => m.Id == modelId).Select(m => new HourlyIssueModel(m.HourlyCode, m.HourlyBlend)).SingleAsync(ct);
}
