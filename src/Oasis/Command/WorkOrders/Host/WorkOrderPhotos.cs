using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oasis.CommandCentre.Alarms;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Configuration;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.CommandCentre.WorkOrders.Host;

/// <summary>
/// <c>POST /api/work-orders/{id}/photos</c> (multipart: <c>file</c>, optional <c>latitude</c>/<c>longitude</c>) and
/// <c>GET …/photos/{key}[/thumbnail]</c>. A photo is keyed by a hash of its order and content, so a phone that
/// retries an upload whose answer it lost gets the same photo back instead of a second copy. The file is flushed to
/// disk before its row is committed: an acknowledged photo exists.
/// </summary>
internal static class WorkOrderPhotos
{
    public const long MaxBytes = 15 * 1024 * 1024;

    public static void MapWorkOrderPhotos(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:long}/photos", UploadAsync).RequireAuthorization(Policies.WorkOrderActors).DisableAntiforgery();
        group.MapGet("/{id:long}/photos/{key}", (long id, string key, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, OasisPaths paths,
            CancellationToken ct) => FileAsync(id, key, thumbnail: false, user, db, scopes, paths, ct)).RequireAuthorization(Policies.Staff);
        group.MapGet("/{id:long}/photos/{key}/thumbnail", (long id, string key, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes,
            OasisPaths paths, CancellationToken ct) => FileAsync(id, key, thumbnail: true, user, db, scopes, paths, ct)).RequireAuthorization(Policies.Staff);
    }

    private static async Task<Created<WorkOrderPhotoResult>> UploadAsync(long id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] double? latitude,
        [Microsoft.AspNetCore.Mvc.FromForm] double? longitude, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, OasisPaths paths,
        TimeProvider clock, IOptions<CommandOptions> options, CancellationToken ct)
    {
        var photo = await StoreAsync(id, file, latitude, longitude, user, db, scopes, paths, clock, options.Value, ct).ConfigureAwait(false);
        return TypedResults.Created(Url(id, photo.Key), WorkOrderPhotoResult.Of(photo));
    }

    /// <summary>Checks, stores and records one uploaded photo (or gives back the same photo uploaded before); the API and the phone pages share it.</summary>
    internal static async Task<WorkOrderPhoto> StoreAsync(long id, IFormFile? file, double? latitude, double? longitude, ClaimsPrincipal user, OasisDb db,
        DataScopeResolver scopes, OasisPaths paths, TimeProvider clock, CommandOptions o, CancellationToken ct)
    {
        var order = await WorkOrderEndpoints.FindAsync(id, user, db, scopes, ct).ConfigureAwait(false);
        var scope = await scopes.ResolveAsync(user, ct).ConfigureAwait(false);
        CheckMayUpload(order, WorkOrderService.Actor(user, scope));
        if (file is null || file.Length == 0)
        {
            throw OasisProblemException.Validation("file", "Validation.Required");
        }

        if (file.Length > MaxBytes)
        {
            throw OasisProblemException.Validation("file", "Command.Photo.TooLarge", MaxBytes / 1024 / 1024);
        }

        var bytes = new byte[file.Length];
        await using (var input = file.OpenReadStream())
        {
            await input.ReadExactlyAsync(bytes, ct).ConfigureAwait(false);
        }

        var key = Key(id, bytes);
        if (await db.WorkOrderPhotos.AsNoTracking().SingleOrDefaultAsync(p => p.Key == key, ct).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var facts = PhotoProcessor.Process(bytes) ?? throw OasisProblemException.Validation("file", "Command.Photo.NotImage", file.FileName);
        await WriteAsync(Path(paths, key, thumbnail: false), bytes, ct).ConfigureAwait(false);
        await WriteAsync(Path(paths, key, thumbnail: true), facts.Thumbnail, ct).ConfigureAwait(false);

        var now = clock.GetUtcNow().UtcDateTime;
        var photo = new WorkOrderPhoto
        {
            WorkOrderId = id, Key = key, FileName = System.IO.Path.GetFileName(file.FileName), ContentType = facts.ContentType,
            Size = bytes.Length, Width = facts.Width, Height = facts.Height, UploadedBy = user.FindFirstValue(ClaimTypes.Name) ?? "", UploadedAt = now,
            TakenAt = facts.TakenAtUtc, TakenLatitude = facts.Latitude, TakenLongitude = facts.Longitude, UploadLatitude = latitude, UploadLongitude = longitude,
            FlagOld = facts.TakenAtUtc is not { } taken || now - taken > TimeSpan.FromHours(o.PhotoMaxAgeHours),
            FlagFar = Far(order, facts.Latitude ?? latitude, facts.Longitude ?? longitude, o.PhotoMaxDistanceMetres),
        };
        db.WorkOrderPhotos.Add(photo);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return photo;
    }

    private static async Task<Results<PhysicalFileHttpResult, NotFound>> FileAsync(long id, string key, bool thumbnail, ClaimsPrincipal user, OasisDb db,
        DataScopeResolver scopes, OasisPaths paths, CancellationToken ct)
    {
        var order = await WorkOrderEndpoints.FindAsync(id, user, db, scopes, ct).ConfigureAwait(false);
        var photo = order.Photos.FirstOrDefault(p => p.Key == key);
        var path = photo is null ? null : Path(paths, key, thumbnail);
        return path is not null && File.Exists(path)
            ? TypedResults.PhysicalFile(path, thumbnail ? "image/jpeg" : photo!.ContentType)
            : TypedResults.NotFound();
    }

    /// <summary>Only a grid manager of the order's grid, while the order is accepted or in progress.</summary>
    private static void CheckMayUpload(WorkOrderRecord order, WorkOrderActor actor)
    {
        if (!actor.Has(Roles.GridManager))
        {
            throw OasisProblemException.Rule(WorkOrderProblems.Type, WorkOrderProblems.WrongRole, WorkOrderProblems.ActionArg("photo"), WorkOrderProblems.RoleArg(Roles.GridManager));
        }

        if (!actor.GridCodes.Contains(order.GridCode))
        {
            throw OasisProblemException.Rule(WorkOrderProblems.Type, WorkOrderProblems.OtherGrid, order.Id, order.GridCode);
        }

        if (order.State is not ("accepted" or "in_progress"))
        {
            throw OasisProblemException.Rule(WorkOrderProblems.Type, WorkOrderProblems.WrongState, order.Id, WorkOrderProblems.StateArg(order.State), WorkOrderProblems.ActionArg("photo"));
        }
    }

    private static bool Far(WorkOrderRecord order, double? lat, double? lon, double maxMetres) =>
        order.Latitude is { } olat && order.Longitude is { } olon && lat is { } plat && lon is { } plon
        && Geo.DistanceKm(olat, olon, plat, plon) * 1000 > maxMetres;

    private static string Key(long order, byte[] bytes)
    {
        var prefix = System.Text.Encoding.ASCII.GetBytes(order.ToString(CultureInfo.InvariantCulture) + ":");
        return Convert.ToHexStringLower(SHA256.HashData([.. prefix, .. bytes]))[..32];
    }

    private static string Path(OasisPaths paths, string key, bool thumbnail) =>
        System.IO.Path.Combine(paths.DataDirectory, "photos", key[..2], key + (thumbnail ? ".thumb.jpg" : ".img"));

    private static async Task WriteAsync(string path, byte[] bytes, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        await using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
        {
            await stream.WriteAsync(bytes, ct).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    private static string Url(long id, string key) => $"/api/work-orders/{id}/photos/{key}";
}

internal sealed record WorkOrderPhotoResult(string Key, int Width, int Height, DateTimeOffset? TakenAt, bool Old, bool Far, string Url, string ThumbnailUrl)
{
    public static WorkOrderPhotoResult Of(WorkOrderPhoto p)
    {
        var url = $"/api/work-orders/{p.WorkOrderId}/photos/{p.Key}";
        return new(p.Key, p.Width, p.Height, p.TakenAt is { } t ? Oasis.Platform.Time.BeijingTime.FromUtc(t) : null, p.FlagOld, p.FlagFar, url, url + "/thumbnail");
    }
}
