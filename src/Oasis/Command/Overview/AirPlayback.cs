using Oasis.CommandCentre.Live;
using Oasis.Data;
using Oasis.Monitoring.Readings;
using Oasis.Platform.Scopes;
using Oasis.Platform.Time;
using Oasis.Standards.Air;

namespace Oasis.CommandCentre.Overview;

/// <summary>One 5-minute step of the playback: each station's AQI then, by report code of the primary pollutants too.</summary>
internal sealed record PlaybackFrame(DateTimeOffset Time, string Edition, int? CityAqi, Dictionary<string, PlaybackStation> Stations);

/// <summary>A station at a frame: its AQI and, by pollutant report code, the individual indices (IAQI) it had then.</summary>
internal sealed record PlaybackStation(int? Aqi, bool Indicative, string[] Primary, Dictionary<string, int> Iaqi)
{
    public static PlaybackStation Of(LiveStationView s)
    {
        var iaqi = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Pollutants.Count; i++)
        {
            if (s.SubIndex((Pollutant)i) is int value)
            {
                iaqi[((Pollutant)i).Code()] = value;
            }
        }

        return new PlaybackStation(s.Aqi.Aqi, s.Indicative, OverviewMapping.Primary(s.Aqi), iaqi);
    }
}

internal sealed record PlaybackDto(DateTimeOffset From, DateTimeOffset To, int StepMinutes, List<PlaybackFrame> Frames);

/// <summary>
/// The map's last 24 hours from stored history, every 5 minutes: the stored minute data replayed through the same
/// <see cref="LiveAirBook"/> as the live screen, so a frame is exactly what the screen would have shown then — rated in
/// the edition in force at the frame (2012 rules for data before 2026-03-01, decision 0105).
/// </summary>
internal static class AirPlayback
{
    public const int StepMinutes = 5;
    private static readonly TimeSpan Span = TimeSpan.FromHours(24);

    public static async Task<PlaybackDto> LoadAsync(OasisDb db, DataScope scope, DateTime endUtc, CancellationToken ct)
    {
        var end = new DateTime(endUtc.Ticks - (endUtc.Ticks % TimeSpan.FromMinutes(StepMinutes).Ticks), DateTimeKind.Utc);
        var start = end - Span;
        var book = new LiveAirBook();
        var (devices, stations) = await LiveAirLoader.DirectoryAsync(db, ct).ConfigureAwait(false);
        book.SetDirectory(devices, stations);
        var airDevices = LiveAirLoader.AirDevices(devices);
        var hours = await LiveAirLoader.HoursAsync(db, airDevices, end, ct).ConfigureAwait(false);
        foreach (var (code, list) in hours)
        {
            book.SetHours(code, list);
        }

        // Minute data only: real-time data are 12 times as many rows and say the same at a 5-minute step.
        var packets = await LiveAirLoader.PacketsAsync(db, airDevices.Keys, ["2051"], start - LiveStation.Window, end, AirFactors.All, ct)
            .ConfigureAwait(false);
        var frames = new List<PlaybackFrame>((int)(Span.TotalMinutes / StepMinutes) + 1);
        var next = 0;
        for (var t = start; t <= end; t = t.AddMinutes(StepMinutes))
        {
            while (next < packets.Count && packets[next].DataTimeUtc <= t)
            {
                book.Apply(packets[next++]);
            }

            var snapshot = book.Snapshot(t, frames.Count);
            frames.Add(new PlaybackFrame(BeijingTime.FromUtc(t), OverviewMapping.EditionCode(snapshot.Edition), snapshot.City?.Aqi.Aqi,
                snapshot.Stations.Where(s => scope.SeesGrid(s.Info.Grid)).ToDictionary(s => s.Info.Code, PlaybackStation.Of, StringComparer.Ordinal)));
        }

        return new PlaybackDto(BeijingTime.FromUtc(start), BeijingTime.FromUtc(end), StepMinutes, frames);
    }
}
