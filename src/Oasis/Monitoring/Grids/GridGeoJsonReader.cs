using System.Text.Json;
using NetTopologySuite.Features;
using Oasis.Platform.Errors;
using Oasis.Platform.Geo;

namespace Oasis.Monitoring.Grids;

/// <summary>Reads grids from a GeoJSON FeatureCollection: properties code, name, town, managers.</summary>
internal static class GridGeoJsonReader
{
    public static IReadOnlyList<(int Row, GridDto? Dto, List<FieldError> Errors)> Read(Stream stream)
    {
        FeatureCollection collection;
        try
        {
            collection = GeoJson.ReadFeatureCollection(stream);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw OasisProblemException.ImportFailed([new FieldError(null, "geojson", "Validation.Geometry.Unreadable", ex.Message)]);
        }

        var rows = new List<(int, GridDto?, List<FieldError>)>();
        var n = 0;
        foreach (var feature in collection)
        {
            n++;
            var errors = new List<FieldError>();
            var attributes = feature.Attributes;
            string? Text(string name) => attributes?.Exists(name) == true ? attributes[name]?.ToString() : null;
            var code = Text("code");
            var name = Text("name");
            var town = Text("town");
            var managers = attributes?.Exists("managers") == true && attributes["managers"] is IEnumerable<object> list
                ? list.Select(m => m.ToString()!).ToList()
                : (Text("managers")?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() ?? []);
            if (feature.Geometry is null)
            {
                errors.Add(new FieldError(n, "geometry", "Validation.Required"));
            }

            var dto = code is null || name is null || town is null
                ? null
                : new GridDto(code, name, town, managers, null)
                {
                    Geometry = feature.Geometry is null ? null : GeoJson.ToElement(GeoJson.Write(feature.Geometry)),
                };
            if (dto is null)
            {
                foreach (var (field, value) in new[] { ("code", code), ("name", name), ("town", town) })
                {
                    if (value is null)
                    {
                        errors.Add(new FieldError(n, field, "Validation.Required"));
                    }
                }
            }

            rows.Add((n, errors.Count == 0 ? dto : null, errors));
        }

        return rows;
    }
}
