using Microsoft.EntityFrameworkCore;
using Oasis.Air.Review;
using Oasis.Data;
using Oasis.Monitoring.Devices;
using Oasis.Monitoring.Ingest;

namespace Oasis.Air.Aggregates;

/// <summary>
/// Leaves stale marks in the same unit of work as any change the daily aggregates rest on, whatever code path saves it
/// (an endpoint, a page, the CLI): minute or hourly readings saved through EF (the ingest stores' own SQL is followed by
/// <see cref="AirPacketMarks"/>), an imported hour, a review mark made, changed or withdrawn, a device placed at a
/// station or moved away (all days of its stations, clipped to the span of data when computed).
/// </summary>
internal static class AirStaleTracking
{
    /// <summary>Called by <see cref="OasisDb"/> before it saves.</summary>
    public static void MarkChanges(OasisDb db)
    {
        List<AirDayStale>? marks = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Reading reading when reading.Cn is "2051" or "2061":
                    AddDevice(ref marks, reading.Mn, AirHourlyLayer.DayOf(reading.DataTime));
                    break;
                case AirHour hour:
                    Add(ref marks, hour.StationCode, AirHourlyLayer.DayOf(hour.HourUtc), AirHourlyLayer.DayOf(hour.HourUtc));
                    break;
                case AirReviewMark mark:
                    Add(ref marks, mark.StationCode, AirHourlyLayer.DayOf(mark.StartUtc), AirHourlyLayer.DayOf(mark.EndUtc.AddTicks(-1)));
                    if (entry.State == EntityState.Modified)
                    {
                        var start = (DateTime)entry.Property(nameof(AirReviewMark.StartUtc)).OriginalValue!;
                        var end = (DateTime)entry.Property(nameof(AirReviewMark.EndUtc)).OriginalValue!;
                        Add(ref marks, (string)entry.Property(nameof(AirReviewMark.StationCode)).OriginalValue!, AirHourlyLayer.DayOf(start), AirHourlyLayer.DayOf(end.AddTicks(-1)));
                    }

                    break;
                case Device device:
                    var before = entry.State == EntityState.Added ? null : (string?)entry.Property(nameof(Device.StationCode)).OriginalValue;
                    var after = entry.State == EntityState.Deleted ? null : device.StationCode;
                    if (before != after)
                    {
                        Add(ref marks, before, DateOnly.MinValue, DateOnly.MaxValue);
                        Add(ref marks, after, DateOnly.MinValue, DateOnly.MaxValue);
                    }

                    break;
            }
        }

        if (marks is not null)
        {
            db.AirDayStale.AddRange(marks);
        }
    }

    private static void AddDevice(ref List<AirDayStale>? marks, string mn, DateOnly day) =>
        Join(ref marks, new AirDayStale { Mn = mn, FromDay = day, ToDay = day });

    private static void Add(ref List<AirDayStale>? marks, string? station, DateOnly from, DateOnly to)
    {
        if (station is not null)
        {
            Join(ref marks, new AirDayStale { StationCode = station, FromDay = from, ToDay = to });
        }
    }

    /// <summary>One mark per station (or device) and contiguous run, so a bulk save of hours leaves a few marks, not one per hour.</summary>
    private static void Join(ref List<AirDayStale>? marks, AirDayStale added)
    {
        marks ??= [];
        foreach (var mark in marks)
        {
            if (mark.StationCode == added.StationCode && mark.Mn == added.Mn
                && added.FromDay.DayNumber <= mark.ToDay.DayNumber + 1 && added.ToDay.DayNumber >= mark.FromDay.DayNumber - 1)
            {
                mark.FromDay = added.FromDay < mark.FromDay ? added.FromDay : mark.FromDay;
                mark.ToDay = added.ToDay > mark.ToDay ? added.ToDay : mark.ToDay;
                return;
            }
        }

        marks.Add(added);
    }
}
