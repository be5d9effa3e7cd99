using Oasis.CommandCentre.Alarms;

namespace Oasis.Tests.CommandCentre;

/// <summary>Stations and series for the alarm tests; the clock stands at 10:05 UTC, the latest complete hour is 09:00.</summary>
internal static class AlarmTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 5, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset LatestHour = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    public static AlarmStation Station(string code, string kind = "city", double lat = 44.0, double lon = 87.3, string? grid = "G1") =>
        new(code, kind, lat, lon, grid);

    /// <summary>Consecutive hourly values ending at <see cref="LatestHour"/>.</summary>
    public static List<Reading> Hours(params double[] values) =>
        [.. values.Select((v, i) => new Reading(LatestHour.AddHours(i - (values.Length - 1)), v))];

    public static StationData Series(AlarmStation station, string pollutant, IReadOnlyList<Reading> hours, DateTimeOffset? lastSeen = null) =>
        new(station, new Dictionary<string, IReadOnlyList<Reading>> { [pollutant] = hours }, new Dictionary<string, Reading>(), lastSeen ?? Now);

    public static StationData Flagged(AlarmStation station, params (string Pollutant, string? Flag)[] latest) =>
        new(station, new Dictionary<string, IReadOnlyList<Reading>>(),
            latest.ToDictionary(l => l.Pollutant, l => new Reading(Now.AddMinutes(-1), 10, l.Flag)), Now);

    public static IReadOnlyList<AlarmCondition> Evaluate(AlarmRule rule, params StationData[] stations) =>
        new AlarmEvaluator(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now)).Evaluate([rule], stations);
}
