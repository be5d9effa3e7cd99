using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Monitoring.Stations;
using Oasis.Standards.Air;

namespace Oasis.Air.Views;

/// <summary>One of the 16 wind sectors: hours per concentration class and the mean concentration of its hours.</summary>
internal sealed record AirRoseSectorDto(int Sector, string Direction, double Center, int Hours, int[] ByClass, decimal? Mean);

/// <summary>
/// <c>GET /api/air/rose</c>: a station's hourly concentrations binned by the direction the wind blew from (decisions 0521,
/// 0530); for <c>city</c>, the evaluation stations' station-hours pooled, each with its own wind (<see cref="Stations"/>
/// of them had wind). <see cref="WindSource"/> is <c>station</c> (its measured wind: imported or HJ 212 a01008/a01007
/// hours), <c>city-weather</c> (the imported observed weather), <c>mixed</c> (a city rose with both), or null with
/// <see cref="HasWind"/> false and no sectors: no wind data, nothing drawn.
/// </summary>
internal sealed record AirRoseDto(string Station, string Pollutant, DateOnly From, DateOnly To, bool HasWind, string? WindSource, string Edition,
    decimal[] Classes, int WindHours, int Hours, int CalmHours, int[] CalmByClass, List<AirRoseSectorDto> Sectors, int Stations);

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
        if (station == AirFigures.City)
        {
            return await CityAsync(db, pollutant, query, ct).ConfigureAwait(false);
        }

        var edition = EditionSelector.For(query.To, query.Choice);
        var rose = new Rose(HourlyClasses.Bounds(edition, pollutant));
        var wind = await AirWind.LoadAsync(db, station, query.From, query.To, ct).ConfigureAwait(false);
        if (wind is not null)
        {
            var hours = await AirHourlyLayer.LoadAsync(db, station, query.From, query.To, query.Status, ct).ConfigureAwait(false);
            rose.Add(wind, hours.Series.Of(pollutant));
        }

        return rose.ToDto(station, pollutant, query.From, query.To, edition, wind?.Source);
    }

    /// <summary>
    /// The city's rose: every evaluation station's hours, each paired with its own measured wind, else with the city's
    /// observed weather; a station with neither is left out. Station-hours are pooled, so a sector's mean is over them.
    /// </summary>
    private static async Task<AirRoseDto> CityAsync(OasisDb db, Pollutant pollutant, AirQuery query, CancellationToken ct)
    {
        var edition = EditionSelector.For(query.To, query.Choice);
        var rose = new Rose(HourlyClasses.Bounds(edition, pollutant));
        var codes = await db.Stations.AsNoTracking().Where(s => s.Evaluation && StationKinds.AirEvaluation.Contains(s.Kind)).OrderBy(s => s.Code)
            .Select(s => s.Code).ToListAsync(ct).ConfigureAwait(false);
        AirWind.Hours? weather = null;
        var weatherRead = false;
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var wind = await AirWind.StationAsync(db, code, query.From, query.To, ct).ConfigureAwait(false);
            if (wind is null && !weatherRead)
            {
                (weather, weatherRead) = (await AirWind.CityWeatherAsync(db, query.From, query.To, ct).ConfigureAwait(false), true);
            }

            if ((wind ?? weather) is not { } w)
            {
                continue;
            }

            var hours = await AirHourlyLayer.LoadAsync(db, code, query.From, query.To, query.Status, ct).ConfigureAwait(false);
            rose.Add(w, hours.Series.Of(pollutant));
            sources.Add(w.Source);
        }

        var source = sources.Count switch { 0 => null, 1 => sources.Min, _ => AirWind.Mixed };
        return rose.ToDto(AirFigures.City, pollutant, query.From, query.To, edition, source);
    }

    /// <summary>The counts of a rose, added to station by station.</summary>
    private sealed class Rose(decimal[] classes)
    {
        private readonly int[,] _counts = new int[Sectors, classes.Length + 1];
        private readonly double[] _sums = new double[Sectors];
        private readonly int[] _calm = new int[classes.Length + 1];
        private int _windHours;
        private int _hours;
        private int _calmHours;
        private int _stations;

        public void Add(AirWind.Hours wind, ReadOnlySpan<double> values)
        {
            _stations++;
            for (var i = 0; i < values.Length; i++)
            {
                var (direction, speed) = (wind.From[i], wind.Speed[i]);
                var isCalm = wind.Calm[i] || (!double.IsNaN(speed) && IsCalm(speed));
                if (!isCalm && double.IsNaN(direction))
                {
                    continue;
                }

                _windHours++;
                if (!HourlySeries.IsValidHour(values[i]))
                {
                    continue;
                }

                _hours++;
                var c = HourlyClasses.Of(values[i], classes);
                if (isCalm)
                {
                    _calmHours++;
                    _calm[c]++;
                    continue;
                }

                var s = SectorOf(direction);
                _counts[s, c]++;
                _sums[s] += values[i];
            }
        }

        /// <summary>Without a wind source: the rose that says there is no wind (no sectors).</summary>
        public AirRoseDto ToDto(string station, Pollutant pollutant, DateOnly from, DateOnly to, AirStandardEdition edition, string? source)
        {
            if (source is null)
            {
                return new AirRoseDto(station, AirViewParameters.Code(pollutant), from, to, false, null, AirQuery.Code(edition), classes, 0, 0, 0, [], [], 0);
            }

            var sectors = new List<AirRoseSectorDto>(Sectors);
            for (var s = 0; s < Sectors; s++)
            {
                var byClass = Enumerable.Range(0, classes.Length + 1).Select(c => _counts[s, c]).ToArray();
                var n = byClass.Sum();
                sectors.Add(new AirRoseSectorDto(s, Directions[s], s * 22.5, n, byClass, n == 0 ? null : GbT8170.RoundConcentration(pollutant, _sums[s] / n)));
            }

            return new AirRoseDto(station, AirViewParameters.Code(pollutant), from, to, true, source, AirQuery.Code(edition), classes, _windHours, _hours,
                _calmHours, _calm, sectors, _stations);
        }
    }
}
