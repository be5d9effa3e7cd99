namespace Oasis.Platform.Geo;

/// <summary>Coordinate systems an import may declare. Oasis stores CGCS2000/WGS84 (equal at map scale).</summary>
internal enum CoordinateSystem
{
    Wgs84,
    Gcj02,
    Bd09,
}

internal static class CoordinateSystems
{
    /// <summary><c>wgs84</c>/<c>cgcs2000</c> (default), <c>gcj02</c> (国测局, Amap/Tencent), <c>bd09</c> (Baidu).</summary>
    public static CoordinateSystem? Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "WGS84" or "CGCS2000" or "EPSG:4326" or "EPSG:4490" => CoordinateSystem.Wgs84,
        "GCJ02" or "GCJ-02" => CoordinateSystem.Gcj02,
        "BD09" or "BD-09" => CoordinateSystem.Bd09,
        _ => null,
    };

    public static (double Longitude, double Latitude) ToWgs84(CoordinateSystem system, double longitude, double latitude) => system switch
    {
        CoordinateSystem.Gcj02 => ChinaOffsets.Gcj02ToWgs84(longitude, latitude),
        CoordinateSystem.Bd09 => ChinaOffsets.Gcj02ToWgs84(ChinaOffsets.Bd09ToGcj02(longitude, latitude)),
        _ => (longitude, latitude),
    };
}
