using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;

namespace Oasis.Platform.Geo;

/// <summary>GeoJSON in and out, and the checks a grid polygon must pass.</summary>
internal static class GeoJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static FeatureCollection ReadFeatureCollection(Stream stream) =>
        JsonSerializer.Deserialize<FeatureCollection>(stream, Options) ?? new FeatureCollection();

    public static Geometry? ReadGeometry(string? json) =>
        string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<Geometry>(json, Options);

    public static string Write(Geometry geometry) => JsonSerializer.Serialize(geometry, Options);

    public static JsonElement ToElement(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>Null when the geometry is a valid WGS84 polygon or multipolygon; otherwise the resource key of the reason.</summary>
    public static string? CheckPolygon(Geometry? geometry, out string? detail)
    {
        detail = null;
        if (geometry is not (Polygon or MultiPolygon))
        {
            detail = geometry?.GeometryType ?? "null";
            return "Validation.Geometry.NotPolygon";
        }

        foreach (var c in geometry.Coordinates)
        {
            if (c.X is < -180 or > 180 || c.Y is < -90 or > 90 || double.IsNaN(c.X) || double.IsNaN(c.Y))
            {
                detail = $"{c.X},{c.Y}";
                return "Validation.Geometry.OutOfRange";
            }
        }

        var error = new IsValidOp(geometry).ValidationError;
        if (error is not null)
        {
            detail = $"{error.Message} ({error.Coordinate?.X:0.######},{error.Coordinate?.Y:0.######})";
            return "Validation.Geometry.Invalid";
        }

        return null;
    }

    public static Point Point(double longitude, double latitude) => Factory.CreatePoint(new Coordinate(longitude, latitude));

    public static Geometry Transform(Geometry geometry, CoordinateSystem system)
    {
        if (system == CoordinateSystem.Wgs84)
        {
            return geometry;
        }

        var copy = geometry.Copy();
        copy.Apply(new CoordinateTransformFilter(system));
        copy.GeometryChanged();
        return copy;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };
        options.Converters.Add(new GeoJsonConverterFactory(Factory));
        return options;
    }

    private sealed class CoordinateTransformFilter(CoordinateSystem system) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = CoordinateSystems.ToWgs84(system, seq.GetX(i), seq.GetY(i));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
