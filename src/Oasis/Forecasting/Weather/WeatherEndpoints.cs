using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Registry;

namespace Oasis.Forecasting.Weather;

/// <summary>A stored weather file.</summary>
internal sealed record WeatherImportDto(int Id, string Kind, string FileName, int Hours, DateTimeOffset FirstHour, DateTimeOffset LastHour,
    bool HasBoundaryLayer, DateTimeOffset ImportedAt, string ImportedBy)
{
    public static WeatherImportDto Of(WeatherImport i) => new(i.Id, i.Kind, i.FileName, i.Hours, ForecastTime.Beijing(i.FirstHourUtc),
        ForecastTime.Beijing(i.LastHourUtc), i.HasBoundaryLayer, ForecastTime.Beijing(i.ImportedAt), i.ImportedBy);
}

/// <summary>One imported hour, Beijing time.</summary>
internal sealed record WeatherHourDto(DateTimeOffset Time, double Temperature, double? Humidity, double DewPoint, double Pressure, double WindSpeed,
    double? WindDirection, double? Precipitation, double? BoundaryLayerHeight);

/// <summary><c>/api/forecast/weather</c>: import the weather bureau's files (all or nothing), list them, read one.</summary>
internal static class WeatherEndpoints
{
    public static void MapWeather(this RouteGroupBuilder forecast)
    {
        forecast.MapPost("/weather/import", ImportAsync).RequireAuthorization(Policies.AirMonitoring).DisableAntiforgery();
        forecast.MapGet("/weather", ListAsync);
        forecast.MapGet("/weather/{id:int}", HoursAsync);
    }

    private static async Task<Created<WeatherImportDto>> ImportAsync(IFormFile file, string? kind, ClaimsPrincipal user, OasisDb db, TimeProvider clock,
        CancellationToken ct)
    {
        kind ??= WeatherKinds.Forecast;
        if (!WeatherKinds.All.Contains(kind))
        {
            throw OasisProblemException.Validation("kind", "Validation.OneOf", kind, string.Join(", ", WeatherKinds.All));
        }

        if (file.Length == 0 || file.Length > RegistryImport.MaxFileBytes)
        {
            throw OasisProblemException.Validation("file", "Validation.FileSize", RegistryImport.MaxFileBytes / 1024 / 1024);
        }

        await using var stream = file.OpenReadStream();
        var import = await SaveAsync(db, stream, file.FileName, kind, user.Identity?.Name ?? "system", clock, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/forecast/weather/{import.Id}", WeatherImportDto.Of(import));
    }

    /// <summary>Reads a weather file and stores it with its hours, all or nothing (the API and the forecast page).</summary>
    public static async Task<WeatherImport> SaveAsync(OasisDb db, Stream stream, string fileName, string kind, string userName, TimeProvider clock,
        CancellationToken ct)
    {
        var hours = WeatherFile.Read(stream, fileName);
        var import = new WeatherImport
        {
            Kind = kind,
            FileName = Path.GetFileName(fileName),
            Hours = hours.Count,
            FirstHourUtc = hours.Min(h => h.HourUtc),
            LastHourUtc = hours.Max(h => h.HourUtc),
            HasBoundaryLayer = hours.Any(h => h.BoundaryLayerHeight is not null),
            ImportedAt = clock.GetUtcNow().UtcDateTime,
            ImportedBy = userName,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        db.Add(import);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        foreach (var h in hours)
        {
            h.ImportId = import.Id;
        }

        db.AddRange(hours);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return import;
    }

    private static async Task<Ok<List<WeatherImportDto>>> ListAsync(OasisDb db, CancellationToken ct) =>
        TypedResults.Ok((await db.Set<WeatherImport>().AsNoTracking().OrderByDescending(i => i.Id).ToListAsync(ct).ConfigureAwait(false))
            .Select(WeatherImportDto.Of).ToList());

    private static async Task<Ok<List<WeatherHourDto>>> HoursAsync(int id, OasisDb db, CancellationToken ct)
    {
        if (!await db.Set<WeatherImport>().AnyAsync(i => i.Id == id, ct).ConfigureAwait(false))
        {
            throw OasisProblemException.NotFound("Entity.WeatherImport", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var hours = await db.Set<WeatherHour>().AsNoTracking().Where(h => h.ImportId == id).OrderBy(h => h.HourUtc).ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(hours.Select(h => new WeatherHourDto(ForecastTime.Beijing(h.HourUtc), h.Temperature, h.Humidity, h.DewPoint, h.Pressure,
            h.WindSpeed, h.WindFrom, h.Precipitation, h.BoundaryLayerHeight)).ToList());
    }
}
