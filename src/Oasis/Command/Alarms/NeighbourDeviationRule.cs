namespace Oasis.CommandCentre.Alarms;

/// <summary>
/// 区域异常 — the sign of a local source: the station's latest hour is above <see cref="Factor"/> × the median of
/// the same hour at the stations within <see cref="RadiusKm"/> (great-circle distance), of any kind. Fewer than
/// <see cref="MinNeighbours"/> neighbours with a value for that hour fire nothing: a median of one or two says little.
/// </summary>
internal sealed record NeighbourDeviationRule(
    string Code, AlarmLevel Level, string Pollutant, double Factor, double RadiusKm, int MinNeighbours)
    : PollutantRule(Code, Level, Pollutant)
{
    public int MinNeighbours { get; } = MinNeighbours >= 1 ? MinNeighbours : throw new ArgumentOutOfRangeException(nameof(MinNeighbours));

    public override string Kind => "neighbour-deviation";

    protected override AlarmCondition? Check(StationData station, IReadOnlyList<Reading> hours, AlarmContext context)
    {
        var latest = hours[^1];
        var values = new List<double>();
        foreach (var other in context.Stations)
        {
            if (other.Station.Code == station.Station.Code
                || Geo.DistanceKm(station.Station, other.Station) > RadiusKm)
            {
                continue;
            }

            if (other.HoursOf(Pollutant).FirstOrDefault(h => h.Time == latest.Time) is { } same)
            {
                values.Add(same.Value);
            }
        }

        if (values.Count < MinNeighbours)
        {
            return null;
        }

        var median = Median(values);
        return latest.Value > Factor * median ? Fire(station, [latest], median) : null;
    }

    internal static double Median(List<double> values)
    {
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}

internal static class Geo
{
    private const double EarthRadiusKm = 6371.0088; // IUGG mean radius

    /// <summary>The haversine (great-circle) distance; within a city its error against the ellipsoid is well under 1 %.</summary>
    public static double DistanceKm(AlarmStation a, AlarmStation b) =>
        DistanceKm(a.Latitude, a.Longitude, b.Latitude, b.Longitude);

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
