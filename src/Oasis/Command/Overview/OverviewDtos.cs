using Oasis.CommandCentre.Live;
using Oasis.Platform.Scopes;
using Oasis.Platform.Time;
using Oasis.Standards.Air;

namespace Oasis.CommandCentre.Overview;

/// <summary>The city's real-time AQI (decision 0502) now, and its hours over the last 24 hours.</summary>
/// <param name="Edition"><c>2012</c> or <c>2026</c>: the edition the AQI was rated by.</param>
/// <param name="Live">True when <paramref name="Time"/> is the hour in progress (moving 1-hour values, decision 0604).</param>
internal sealed record CityAqiDto(int? Aqi, string? Category, string[] Primary, DateTimeOffset? Time, string Edition, bool Live, List<CityHourDto> Hours);

internal sealed record CityHourDto(DateTimeOffset Time, int? Aqi, string? Category, string Edition);

/// <summary>A station now. <paramref name="Indicative"/>: the AQI is 参考 (the station measures only some pollutants).</summary>
/// <param name="Values">The latest value of each factor, by report code (PM2.5 …) or catalogue name.</param>
internal sealed record StationNowDto(string Code, string Name, string Kind, string? Grid, int? Aqi, bool Indicative, string? Category,
    string[] Primary, DateTimeOffset? Time, Dictionary<string, double> Values);

/// <summary><c>GET /api/command/overview</c>.</summary>
internal sealed record CommandOverviewDto(CityAqiDto CityAqi, List<StationNowDto> Stations, IReadOnlyDictionary<string, int> AlarmsByLevel,
    IReadOnlyDictionary<string, int> OrdersByState, IReadOnlyList<OnDutyPerson> OnDuty);

internal static class OverviewMapping
{
    public static string EditionCode(AirStandardEdition edition) => edition == AirStandardEdition.Hj633_2012 ? "2012" : "2026";

    public static string[] Primary(in AqiResult aqi) => [.. aqi.PrimaryPollutants.Members().Select(p => p.Code())];

    public static CityAqiDto City(LiveAirSnapshot snapshot)
    {
        var city = snapshot.City;
        return new CityAqiDto(city?.Aqi.Aqi, city?.Aqi.Category?.Code, city is null ? [] : Primary(city.Aqi),
            city is null ? null : BeijingTime.FromUtc(city.HourUtc), EditionCode(city?.Edition ?? snapshot.Edition), city?.Live ?? false,
            [.. snapshot.CityHours.Select(h => new CityHourDto(BeijingTime.FromUtc(h.HourUtc), h.Aqi.Aqi, h.Aqi.Category?.Code, EditionCode(h.Edition)))]);
    }

    /// <summary>The stations the caller's scope holds (a station without a grid is visible to city-wide users only).</summary>
    public static List<StationNowDto> Stations(LiveAirSnapshot snapshot, DataScope scope) =>
        [.. snapshot.Stations.Where(s => scope.SeesGrid(s.Info.Grid)).Select(s => new StationNowDto(
            s.Info.Code, s.Info.Name, s.Info.Kind, s.Info.Grid, s.Aqi.Aqi, s.Indicative, s.Aqi.Category?.Code, Primary(s.Aqi),
            s.TimeUtc is { } t ? BeijingTime.FromUtc(t) : null,
            s.Values.Values.OrderBy(v => v.Name, StringComparer.Ordinal).ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal)))];
}
