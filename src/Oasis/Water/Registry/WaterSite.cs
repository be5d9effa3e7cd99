using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Geo;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Water.Registry;

/// <summary>
/// What sections, drinking-water sources, wells and black-odorous water bodies share: a code, a name, a point
/// and the grid that holds it, so that the scope tree decides who sees it as it does for stations.
/// </summary>
internal abstract class WaterSite : IGridScoped
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public string? GridCode { get; set; }
}

/// <summary>The checks and conversions every water site registry applies.</summary>
internal static class WaterSiteRules
{
    public static async Task<Checks> CheckSiteAsync(OasisDb db, Checks check, string code, string name, double latitude, double longitude,
        string? gridCode, CancellationToken ct)
    {
        check.Code(code, "code").Required(name, "name").Range(latitude, "latitude", -90, 90).Range(longitude, "longitude", -180, 180);
        if (!string.IsNullOrWhiteSpace(gridCode) && !await db.Grids.AnyAsync(g => g.Code == gridCode, ct).ConfigureAwait(false))
        {
            check.Fail("gridCode", "Validation.UnknownGrid", gridCode);
        }

        return check;
    }

    public static async Task CheckWaterBodyAsync(OasisDb db, Checks check, string? waterBody, bool required, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(waterBody))
        {
            if (required)
            {
                check.Fail("waterBody", "Validation.Required");
            }

            return;
        }

        if (!await db.WaterBodies.AnyAsync(b => b.Code == waterBody, ct).ConfigureAwait(false))
        {
            check.Fail("waterBody", "Water.Validation.UnknownWaterBody", waterBody);
        }
    }

    public static void Place(WaterSite site, double latitude, double longitude, string? gridCode)
    {
        site.Latitude = latitude;
        site.Longitude = longitude;
        site.GridCode = string.IsNullOrWhiteSpace(gridCode) ? null : gridCode;
    }

    public static (double Latitude, double Longitude) ToWgs84(CoordinateSystem system, double latitude, double longitude)
    {
        var (lon, lat) = CoordinateSystems.ToWgs84(system, longitude, latitude);
        return (Math.Round(lat, 7), Math.Round(lon, 7));
    }

    /// <summary>A site may not be deleted while samples refer to it (they would lose their place).</summary>
    public static async Task EnsureNoSamplesAsync(OasisDb db, string code, CancellationToken ct)
    {
        if (await db.ManualSamples.AnyAsync(s => s.SiteCode == code, ct).ConfigureAwait(false))
        {
            throw Oasis.Platform.Errors.OasisProblemException.Rule("in-use", "Problem.InUse.Detail", code);
        }
    }
}
