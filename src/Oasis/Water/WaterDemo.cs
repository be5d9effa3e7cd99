using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Monitoring.Stations;
using Oasis.Platform.Scopes;
using Oasis.Water.Indicators;
using Oasis.Water.Registry;
using Oasis.Water.Samples;

namespace Oasis.Water;

/// <summary>
/// The demonstration city's water registry, built from its water stations (stations.csv keeps them as monitoring points;
/// the ST 21 devices of the sections report there), and 24 months of synthetic samples imported from
/// <c>Demo/water-samples.csv</c> through the same checks as an upload (docs/demo-city.md, decision 0313).
/// </summary>
internal static class WaterDemo
{
    // New instances at every load: a tracked entity keeps its generated key, and a second database (tests start many
    // hosts in one process) must not receive the first one's ids.
    private static WaterBody[] Bodies() =>
    [
        new() { Code = "SANTUN", Name = "三屯河", Kind = "river", Basin = "天山北坡诸河" },
        new() { Code = "TOUTUN", Name = "头屯河", Kind = "river", Basin = "天山北坡诸河" },
        new() { Code = "NUERJIA", Name = "努尔加水库", Kind = "reservoir", Basin = "三屯河" },
    ];

    // Section → water body, control level, counts for assessment, target class. Levels and targets are synthetic choices.
    private static readonly Dictionary<string, (string Body, string Level, bool Assessment, string Target)> Sections = new(StringComparer.Ordinal)
    {
        ["CJ-W01"] = ("SANTUN", "regional", true, "II"),
        ["CJ-W02"] = ("SANTUN", "city", true, "III"),
        ["CJ-W03"] = ("SANTUN", "national", true, "III"),
        ["CJ-W04"] = ("TOUTUN", "regional", true, "II"),
        ["CJ-W05"] = ("TOUTUN", "city", true, "III"),
        ["CJ-W06"] = ("TOUTUN", "national", true, "III"),
    };

    private static readonly Dictionary<string, (string Kind, string? Body)> Sources = new(StringComparer.Ordinal)
    {
        ["CJ-D01"] = ("surface", "SANTUN"),
        ["CJ-D02"] = ("surface", "NUERJIA"),
    };

    public static async Task LoadAsync(OasisDb db, string folder, CancellationToken ct)
    {
        db.WaterBodies.AddRange(Bodies());
        var stations = await db.Stations.AsNoTracking().Where(s => StationKinds.Water.Contains(s.Kind)).ToListAsync(ct).ConfigureAwait(false);
        foreach (var s in stations)
        {
            if (Sections.TryGetValue(s.Code, out var x))
            {
                db.WaterSections.Add(new WaterSection
                {
                    Code = s.Code, Name = s.Name, WaterBodyCode = x.Body, ControlLevel = x.Level, Assessment = x.Assessment, TargetClass = x.Target,
                    Latitude = s.Latitude, Longitude = s.Longitude, GridCode = s.GridCode, StationCode = s.Code,
                });
            }
            else if (Sources.TryGetValue(s.Code, out var source))
            {
                db.WaterSources.Add(new WaterSource
                {
                    Code = s.Code, Name = s.Name, Kind = source.Kind, WaterBodyCode = source.Body, Latitude = s.Latitude, Longitude = s.Longitude,
                    GridCode = s.GridCode, FirstZone = Zone(s.Longitude, s.Latitude, 0.01), SecondZone = Zone(s.Longitude, s.Latitude, 0.03),
                });
            }
            else if (s.Kind == "groundwater")
            {
                db.GroundwaterWells.Add(new GroundwaterWell
                {
                    Code = s.Code, Name = s.Name + "监测井", Latitude = s.Latitude, Longitude = s.Longitude, GridCode = s.GridCode,
                    DepthMetres = 80, Aquifer = "shallow",
                });
            }
        }

        // The plan's own figure (table 2-1, the 2020 baseline), with the plan as its evidence; later years are the bureau's to enter.
        db.RuralSewageRates().Add(new RuralSewageRate
        {
            Year = 2020, Rate = 30, Source = "《昌吉市生态环境保护“十四五”规划》表2-1，2020 年现状值", Note = "2025 年目标 35%（预期性）",
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await using var file = File.OpenRead(Path.Combine(folder, "water-samples.csv"));
        var rows = SampleFile.Read(file, "water-samples.csv");
        var city = new DataScope(true, new HashSet<string>(), new HashSet<string>(), null);
        await SampleStore.SaveAsync(db, city, [.. rows.Select(r => ((int?)r.Row, r.Input))], "section", import: true, ct).ConfigureAwait(false);
    }

    // A synthetic square protection zone around the intake (the real zones are not available offline): GeoJSON, counter-clockwise.
    private static string Zone(double lon, double lat, double half) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{{\"type\":\"Polygon\",\"coordinates\":[[[{lon - half},{lat - half}],[{lon + half},{lat - half}],[{lon + half},{lat + half}],[{lon - half},{lat + half}],[{lon - half},{lat - half}]]]}}");
}
