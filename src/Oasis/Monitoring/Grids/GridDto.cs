using System.Text.Json;
using System.Text.Json.Serialization;
using Oasis.Registry;

namespace Oasis.Monitoring.Grids;

/// <summary>
/// A grid as the API and files show it. <c>stationCodes</c> is derived (the stations inside);
/// the polygon travels as GeoJSON (<c>?format=geojson</c>, a single record, or a .geojson import).
/// </summary>
internal sealed record GridDto(string Code, string Name, string Town, List<string>? Managers, List<string>? StationCodes)
{
    [NotTabular]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Geometry { get; init; }
}
