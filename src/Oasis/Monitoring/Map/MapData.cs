using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Oasis.Data;
using Oasis.Platform.Geo;
using Oasis.Platform.Scopes;

namespace Oasis.Monitoring.Map;

internal sealed record MapGrid(string Code, string Name, string Town, string Path, double LabelX, double LabelY);

internal sealed record MapStation(string Code, string Name, string Kind, string? GridCode, double X, double Y, double Longitude, double Latitude);

internal sealed record MapView(IReadOnlyList<MapGrid> Grids, IReadOnlyList<MapStation> Stations, double Width, double Height);

/// <summary>
/// Grids and stations the caller may see, projected for an SVG map (equirectangular, scaled by
/// the cosine of the mean latitude: at a city's size the distortion is invisible). No tiles.
/// </summary>
internal static class MapData
{
    private const double Scale = 1000; // SVG units per degree of longitude at the equator

    public static async Task<MapView> LoadAsync(OasisDb db, DataScope scope, CancellationToken ct)
    {
        var gridQuery = db.Grids.AsNoTracking();
        var stationQuery = db.Stations.AsNoTracking().InScope(scope);
        if (!scope.CityWide)
        {
            var grids = scope.Grids.ToList();
            gridQuery = gridQuery.Where(g => grids.Contains(g.Code));
        }

        var gridRows = await gridQuery.OrderBy(g => g.Code).ToListAsync(ct).ConfigureAwait(false);
        var stationRows = await stationQuery.OrderBy(s => s.Code).ToListAsync(ct).ConfigureAwait(false);
        var geometries = gridRows.Select(g => (Grid: g, Geometry: GeoJson.ReadGeometry(g.Geometry))).ToList();
        var envelope = new Envelope();
        foreach (var (_, geometry) in geometries)
        {
            if (geometry is not null)
            {
                envelope.ExpandToInclude(geometry.EnvelopeInternal);
            }
        }

        foreach (var s in stationRows)
        {
            envelope.ExpandToInclude(s.Longitude, s.Latitude);
        }

        if (envelope.IsNull)
        {
            return new MapView([], [], 100, 100);
        }

        var cos = Math.Cos(envelope.Centre.Y * Math.PI / 180);
        double X(double lon) => (lon - envelope.MinX) * cos * Scale;
        double Y(double lat) => (envelope.MaxY - lat) * Scale;

        var mapGrids = geometries.Where(g => g.Geometry is not null).Select(g =>
        {
            var label = g.Geometry!.InteriorPoint.Coordinate;
            return new MapGrid(g.Grid.Code, g.Grid.Name, g.Grid.TownCode, ToPath(g.Geometry, X, Y), X(label.X), Y(label.Y));
        }).ToList();
        var mapStations = stationRows
            .Select(s => new MapStation(s.Code, s.Name, s.Kind, s.GridCode, X(s.Longitude), Y(s.Latitude), s.Longitude, s.Latitude)).ToList();
        return new MapView(mapGrids, mapStations, Math.Max(envelope.Width * cos * Scale, 1), Math.Max(envelope.Height * Scale, 1));
    }

    private static string ToPath(Geometry geometry, Func<double, double> x, Func<double, double> y)
    {
        var path = new StringBuilder();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is not Polygon polygon)
            {
                continue;
            }

            AppendRing(path, polygon.ExteriorRing, x, y);
            foreach (var hole in polygon.InteriorRings)
            {
                AppendRing(path, hole, x, y);
            }
        }

        return path.ToString();
    }

    private static void AppendRing(StringBuilder path, LineString ring, Func<double, double> x, Func<double, double> y)
    {
        var coordinates = ring.Coordinates;
        for (var i = 0; i < coordinates.Length; i++)
        {
            path.Append(i == 0 ? 'M' : 'L')
                .Append(x(coordinates[i].X).ToString("0.##", CultureInfo.InvariantCulture)).Append(',')
                .Append(y(coordinates[i].Y).ToString("0.##", CultureInfo.InvariantCulture));
        }

        path.Append('Z');
    }
}
