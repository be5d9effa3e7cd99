using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Time;

namespace Oasis.Monitoring.Ingest;

internal sealed record DeviceActivityDto(string Mn, bool Registered, string? StationCode, string? EnterpriseCode, long Packets,
    DateTimeOffset? LastReceived, DateTimeOffset? LastDataTime);

internal sealed record UnknownDeviceDto(string Mn, string? St, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, long Packets);

/// <summary>Ingest figures for monitoring staff: the counters since start and the unregistered devices.</summary>
internal static class IngestEndpoints
{
    public static void MapIngest(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/ingest").WithTags("ingest").RequireAuthorization(Policies.Ingest);
        group.MapGet("/stats", (IngestStats stats) => TypedResults.Ok(stats.Snapshot()));
        group.MapGet("/devices", async Task<Ok<List<DeviceActivityDto>>> (OasisDb db, TimeProvider clock, int? hours, CancellationToken ct) =>
            TypedResults.Ok(await DeviceActivity.LoadAsync(db, clock, Math.Clamp(hours ?? 24, 1, 24 * 31), ct).ConfigureAwait(false)));
        group.MapGet("/effectiveness", async Task<Ok<List<DeviceEffectivenessDto>>> (OasisDb db, TimeProvider clock, DateOnly? date, CancellationToken ct) =>
        {
            var day = date ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8).AddDays(-1));
            return TypedResults.Ok(await TransmissionEffectiveness.ForDayAsync(db, day, ct).ConfigureAwait(false));
        });
        group.MapGet("/unknown-devices", async Task<Ok<List<UnknownDeviceDto>>> (OasisDb db, CancellationToken ct) =>
        {
            var rows = await db.UnknownDevices.AsNoTracking().OrderByDescending(u => u.LastSeen).ToListAsync(ct).ConfigureAwait(false);
            return TypedResults.Ok(rows.Select(u => new UnknownDeviceDto(u.Mn, u.St, BeijingTime.FromUtc(u.FirstSeen), BeijingTime.FromUtc(u.LastSeen), u.Packets))
                .ToList());
        });
    }
}
