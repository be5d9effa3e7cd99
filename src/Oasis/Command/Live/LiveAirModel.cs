using Oasis.Standards.Air;

namespace Oasis.CommandCentre.Live;

/// <summary>An air station as the live state knows it; <see cref="Plan"/> is the set of basic pollutants it measures.</summary>
internal sealed record LiveStationInfo(string Code, string Name, string Kind, string? Grid, bool Evaluation, PollutantSet Plan)
{
    /// <summary>A station that does not measure all six pollutants gets an indicative AQI (参考), never an official one.</summary>
    public bool Indicative => Plan != PollutantSet.All;
}

/// <summary>The latest value of one factor at a station, as the device sent it.</summary>
/// <param name="Name">The pollutant's report code (PM2.5 …) or the catalogue's English name (Temperature …).</param>
internal sealed record LiveValue(string Factor, string Name, double Value, DateTime TimeUtc, string? Flag);

/// <summary>
/// One station now: its real-time AQI (by the edition in force) from the moving 1-hour values (decision 0604), and the
/// latest value of every factor.
/// </summary>
/// <param name="HourValues">The 1-hour values rated, per <see cref="Pollutant"/> (NaN = none).</param>
/// <param name="TimeUtc">The data time of the latest packet, null when nothing was received in the window.</param>
internal sealed record LiveStationView(LiveStationInfo Info, AqiResult Aqi, double[] HourValues, DateTime? TimeUtc,
    IReadOnlyDictionary<string, LiveValue> Values)
{
    public bool Indicative => Info.Indicative;

    /// <summary>The IAQI of one pollutant, the basis of colouring the map by that pollutant.</summary>
    public int? SubIndex(Pollutant pollutant) => Aqi.SubIndices.Of(pollutant);
}

/// <summary>The city's rated hour (decision 0502); <see cref="Live"/> marks the hour in progress (moving 1-hour values).</summary>
internal sealed record CityHour(DateTime HourUtc, AqiResult Aqi, AirStandardEdition Edition, bool Live);

/// <summary>Everything the screens show about the air, immutable; a new one replaces it after every batch of packets.</summary>
internal sealed record LiveAirSnapshot(long Version, DateTime AtUtc, bool Loaded, AirStandardEdition Edition, CityHour? City,
    IReadOnlyList<CityHour> CityHours, IReadOnlyList<LiveStationView> Stations)
{
    public static readonly LiveAirSnapshot Empty = new(0, DateTime.MinValue, false, AirStandardEdition.Hj633_2026, null, [], []);
}
