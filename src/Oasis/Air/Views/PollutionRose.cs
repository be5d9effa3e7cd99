using Oasis.Data;
using Oasis.Standards.Air;

namespace Oasis.Air.Views;

/// <summary>One of the 16 wind sectors: hours per concentration class and the mean concentration of its hours.</summary>
internal sealed record AirRoseSectorDto(int Sector, string Direction, double Center, int Hours, int[] ByClass, decimal? Mean);

/// <summary>
/// <c>GET /api/air/rose</c>: a station's hourly concentrations binned by the direction the wind blew from (decision 0521).
/// <see cref="WindSource"/> is <c>station</c> (its HJ 212 a01008/a01007 hours), <c>city-weather</c> (the imported
/// observed weather) or null with <see cref="HasWind"/> false and no sectors: no wind data, nothing drawn.
/// </summary>
internal sealed record AirRoseDto(string Station, string Pollutant, DateOnly From, DateOnly To, bool HasWind, string? WindSource, string Edition,
    decimal[] Classes, int WindHours, int Hours, int CalmHours, int[] CalmByClass, List<AirRoseSectorDto> Sectors);

/// <summary>The binning of the pollution rose: pure, so its boundaries are tested one by one.</summary>
internal static class PollutionRose
{
    public const int Sectors = 16;

    /// <summary>静风: wind speed at most 0.2 m/s (Beaufort force 0, 0.0–0.2 m/s); such an hour has no sector.</summary>
    public const double CalmSpeed = 0.2;

    public static readonly string[] Directions = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"];

    /// <summary>
    /// The sector of a direction the wind blows from (degrees clockwise from north): sector k is centred on k × 22.5° and
    /// spans [centre − 11.25°, centre + 11.25°); a direction on a boundary goes clockwise (11.25° is NNE, 348.75° is N).
    /// </summary>
    public static int SectorOf(double degrees)
    {
        var d = ((degrees % 360.0) + 360.0) % 360.0;
        return (int)Math.Floor((d + 11.25) / 22.5) % Sectors;
    }

    /// <summary>Whether an hour is calm: no direction given with a speed at most <see cref="CalmSpeed"/> or none, or any direction with such a speed.</summary>
    public static bool IsCalm(double speed) => speed <= CalmSpeed + 1e-9;

    /// <summary>A station's rose over the query's period from its hourly layer of the query's data status; without wind, a rose that says so.</summary>
    public static async Task<AirRoseDto> ComputeAsync(OasisDb db, string station, Pollutant pollutant, AirQuery query, CancellationToken ct)
    {
        var edition = EditionSelector.For(query.To, query.Choice);
        var wind = await AirWind.LoadAsync(db, station, query.From, query.To, ct).ConfigureAwait(false);
        if (wind is null)
        {
            return new AirRoseDto(station, AirViewParameters.Code(pollutant), query.From, query.To, false, null, AirQuery.Code(edition),
                HourlyClasses.Bounds(edition, pollutant), 0, 0, 0, [], []);
        }

        var hours = await AirHourlyLayer.LoadAsync(db, station, query.From, query.To, query.Status, ct).ConfigureAwait(false);
        return Bin(station, pollutant, query.From, query.To, edition, wind, hours.Series.Of(pollutant));
    }

    /// <summary>Bins the hours that have both a valid concentration and a wind (a sector, or calm).</summary>
    public static AirRoseDto Bin(string station, Pollutant pollutant, DateOnly from, DateOnly to, AirStandardEdition edition, AirWind.Hours wind,
        ReadOnlySpan<double> values)
    {
        var classes = HourlyClasses.Bounds(edition, pollutant);
        var counts = new int[Sectors, classes.Length + 1];
        var sums = new double[Sectors];
        var calm = new int[classes.Length + 1];
        var (windHours, hours, calmHours) = (0, 0, 0);
        for (var i = 0; i < values.Length; i++)
        {
            var (direction, speed) = (wind.From[i], wind.Speed[i]);
            var isCalm = wind.Calm[i] || (!double.IsNaN(speed) && IsCalm(speed));
            if (!isCalm && double.IsNaN(direction))
            {
                continue;
            }

            windHours++;
            if (!HourlySeries.IsValidHour(values[i]))
            {
                continue;
            }

            hours++;
            var c = HourlyClasses.Of(values[i], classes);
            if (isCalm)
            {
                calmHours++;
                calm[c]++;
                continue;
            }

            var s = SectorOf(direction);
            counts[s, c]++;
            sums[s] += values[i];
        }

        var sectors = new List<AirRoseSectorDto>(Sectors);
        for (var s = 0; s < Sectors; s++)
        {
            var byClass = Enumerable.Range(0, classes.Length + 1).Select(c => counts[s, c]).ToArray();
            var n = byClass.Sum();
            sectors.Add(new AirRoseSectorDto(s, Directions[s], s * 22.5, n, byClass, n == 0 ? null : GbT8170.RoundConcentration(pollutant, sums[s] / n)));
        }

        return new AirRoseDto(station, AirViewParameters.Code(pollutant), from, to, true, wind.Source, AirQuery.Code(edition), classes, windHours, hours, calmHours, calm, sectors);
    }
}
