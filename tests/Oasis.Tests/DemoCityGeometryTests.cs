using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Union;
using Oasis.Demo;
using Oasis.Platform.Geo;

namespace Oasis.Tests;

/// <summary>The demonstration city's grids tile the city: 167 valid polygons, no gaps, no overlaps.</summary>
public sealed class DemoCityGeometryTests
{
    private static List<(string Code, Geometry Shape)> Grids()
    {
        using var stream = File.OpenRead(Path.Combine(DemoCity.Folder, "grids.geojson"));
        return GeoJson.ReadFeatureCollection(stream).Select(f => ((string)f.Attributes["code"], f.Geometry)).ToList();
    }

    [Fact]
    public void There_are_167_valid_polygons_with_unique_codes()
    {
        var grids = Grids();
        Assert.Equal(167, grids.Count);
        Assert.Equal(167, grids.Select(g => g.Code).Distinct().Count());
        Assert.All(grids, g => Assert.Null(GeoJson.CheckPolygon(g.Shape, out _)));
    }

    [Fact]
    public void No_two_grids_overlap()
    {
        var grids = Grids();
        var index = new STRtree<int>();
        for (var i = 0; i < grids.Count; i++)
        {
            index.Insert(grids[i].Shape.EnvelopeInternal, i);
        }

        var smallest = grids.Min(g => g.Shape.Area);
        for (var i = 0; i < grids.Count; i++)
        {
            foreach (var j in index.Query(grids[i].Shape.EnvelopeInternal).Where(j => j > i))
            {
                var overlap = grids[i].Shape.Intersection(grids[j].Shape).Area;
                Assert.True(overlap < smallest * 1e-6, $"{grids[i].Code} and {grids[j].Code} overlap by {overlap}");
            }
        }
    }

    [Fact]
    public void The_grids_cover_the_city_boundary_without_gaps()
    {
        var grids = Grids();
        var union = CascadedPolygonUnion.Union(grids.Select(g => g.Shape).ToList());
        using var city = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(DemoCity.Folder, "city.json")));
        var boundary = GeoJson.ReadGeometry(city.RootElement.GetProperty("boundary").GetRawText())!;

        Assert.True(union is Polygon { NumInteriorRings: 0 }, "the union of the grids is one polygon without holes");
        Assert.True(union.SymmetricDifference(boundary).Area < boundary.Area * 1e-9, "grids and the city boundary differ");
        Assert.Equal(grids.Sum(g => g.Shape.Area), boundary.Area, boundary.Area * 1e-9);
    }

    [Fact]
    public void Every_station_lies_in_the_grid_it_names()
    {
        var grids = Grids().ToDictionary(g => g.Code, g => g.Shape);
        var stations = DemoCsv.Read(Path.Combine(DemoCity.Folder, "stations.csv"));
        Assert.True(stations.Count >= 62);
        foreach (var s in stations)
        {
            var point = GeoJson.Point(s.Number("longitude"), s.Number("latitude"));
            Assert.True(grids[s["gridCode"]].Covers(point), $"{s["code"]} is outside {s["gridCode"]}");
        }
    }
}
