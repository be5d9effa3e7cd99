namespace Oasis.Platform.Geo;

/// <summary>
/// The published GCJ-02 ("Mars") and BD-09 transforms. GCJ-02 → WGS84 has no closed form; it
/// is inverted by fixed-point iteration to below 1e-7° (about 1 cm).
/// </summary>
internal static class ChinaOffsets
{
    private const double A = 6378245.0;
    private const double Ee = 0.00669342162296594323;
    private const double XPi = Math.PI * 3000.0 / 180.0;

    public static (double Longitude, double Latitude) Wgs84ToGcj02(double lon, double lat)
    {
        if (OutOfChina(lon, lat))
        {
            return (lon, lat);
        }

        var dLat = TransformLat(lon - 105.0, lat - 35.0);
        var dLon = TransformLon(lon - 105.0, lat - 35.0);
        var radLat = lat / 180.0 * Math.PI;
        var magic = Math.Sin(radLat);
        magic = 1 - (Ee * magic * magic);
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (A * (1 - Ee) / (magic * sqrtMagic) * Math.PI);
        dLon = dLon * 180.0 / (A / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (lon + dLon, lat + dLat);
    }

    public static (double Longitude, double Latitude) Gcj02ToWgs84((double Longitude, double Latitude) p) => Gcj02ToWgs84(p.Longitude, p.Latitude);

    public static (double Longitude, double Latitude) Gcj02ToWgs84(double lon, double lat)
    {
        double wLon = lon, wLat = lat;
        for (var i = 0; i < 30; i++)
        {
            var (gLon, gLat) = Wgs84ToGcj02(wLon, wLat);
            double dLon = gLon - lon, dLat = gLat - lat;
            if (Math.Abs(dLon) < 1e-9 && Math.Abs(dLat) < 1e-9)
            {
                break;
            }

            wLon -= dLon;
            wLat -= dLat;
        }

        return (wLon, wLat);
    }

    public static (double Longitude, double Latitude) Bd09ToGcj02(double lon, double lat)
    {
        double x = lon - 0.0065, y = lat - 0.006;
        var z = Math.Sqrt((x * x) + (y * y)) - (0.00002 * Math.Sin(y * XPi));
        var theta = Math.Atan2(y, x) - (0.000003 * Math.Cos(x * XPi));
        return (z * Math.Cos(theta), z * Math.Sin(theta));
    }

    private static bool OutOfChina(double lon, double lat) => lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;

    private static double TransformLat(double x, double y)
    {
        var ret = -100.0 + (2.0 * x) + (3.0 * y) + (0.2 * y * y) + (0.1 * x * y) + (0.2 * Math.Sqrt(Math.Abs(x)));
        ret += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        ret += ((20.0 * Math.Sin(y * Math.PI)) + (40.0 * Math.Sin(y / 3.0 * Math.PI))) * 2.0 / 3.0;
        ret += ((160.0 * Math.Sin(y / 12.0 * Math.PI)) + (320 * Math.Sin(y * Math.PI / 30.0))) * 2.0 / 3.0;
        return ret;
    }

    private static double TransformLon(double x, double y)
    {
        var ret = 300.0 + x + (2.0 * y) + (0.1 * x * x) + (0.1 * x * y) + (0.1 * Math.Sqrt(Math.Abs(x)));
        ret += ((20.0 * Math.Sin(6.0 * x * Math.PI)) + (20.0 * Math.Sin(2.0 * x * Math.PI))) * 2.0 / 3.0;
        ret += ((20.0 * Math.Sin(x * Math.PI)) + (40.0 * Math.Sin(x / 3.0 * Math.PI))) * 2.0 / 3.0;
        ret += ((150.0 * Math.Sin(x / 12.0 * Math.PI)) + (300.0 * Math.Sin(x / 30.0 * Math.PI))) * 2.0 / 3.0;
        return ret;
    }
}
