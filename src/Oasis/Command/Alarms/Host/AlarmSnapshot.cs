using System.Text.Json;

namespace Oasis.CommandCentre.Alarms.Host;

/// <summary>The triggering values of an alarm as stored (JSON) and as shown: Beijing-time instants and values.</summary>
internal sealed record AlarmValue(DateTimeOffset Time, double Value, string? Flag);

internal static class AlarmSnapshot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<Reading> values) =>
        JsonSerializer.Serialize(values.Select(v => new AlarmValue(v.Time, v.Value, v.Flag)).ToList(), Json);

    public static IReadOnlyList<Reading> Read(string json) =>
        (JsonSerializer.Deserialize<List<AlarmValue>>(json, Json) ?? []).Select(v => new Reading(v.Time, v.Value, v.Flag)).ToList();

    public static IReadOnlyList<AlarmValue> ReadValues(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<AlarmValue>>(json, Json) ?? [];
}
