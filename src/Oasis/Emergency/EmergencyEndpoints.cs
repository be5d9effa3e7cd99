using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Air.Aggregates;
using Oasis.Data;
using Oasis.Forecasting.Warnings;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Emergency;

/// <summary>
/// The emergency-reduction module of issue #7 (docs/emergency-api.md): the list and the baselines as registries, and under
/// <c>/api/emergency</c> the sufficiency table, the tasks (an enterprise sees its own), inspections and reviews.
/// </summary>
internal static class EmergencyEndpoints
{
    public static IServiceCollection AddEmergency(this IServiceCollection services) =>
        services.AddSingleton<IWarningListener, EmergencyTaskLife>();

    public static void MapEmergency(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<RegistryCatalog>();
        catalog.Map<EmergencyMeasure, EmergencyMeasureDto, EmergencyMeasureRegistry>(app, new EmergencyMeasureRegistry(),
            new RegistryPolicies(Policies.StaffOrEnterprise, Policies.EnterpriseEditors, Policies.EnterpriseEditors));
        catalog.Map<EmergencyBaseline, EmergencyBaselineDto, EmergencyBaselineRegistry>(app, new EmergencyBaselineRegistry(),
            new RegistryPolicies(Policies.Staff, Policies.EnterpriseEditors, Policies.EnterpriseEditors));

        var group = app.MapGroup("/api/emergency").WithTags("emergency");
        group.MapGet("/sufficiency", async (OasisDb db, CancellationToken ct) => TypedResults.Ok(await EmergencySufficiency.ComputeAsync(db, ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.Staff);
        group.MapGet("/tasks", ListTasksAsync).RequireAuthorization(Policies.StaffOrEnterprise);
        group.MapGet("/tasks/{id:int}", GetTaskAsync).RequireAuthorization(Policies.StaffOrEnterprise);
        group.MapPost("/tasks/{id:int}/inspection", InspectAsync).RequireAuthorization(Policies.EnterpriseEditors);
        group.MapPost("/electricity/import", ImportElectricityAsync).RequireAuthorization(Policies.ElectricityImporters).DisableAntiforgery();
        group.MapGet("/electricity", async (ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, CancellationToken ct) =>
                TypedResults.Ok(await ElectricityImport.MetersAsync(db, await scopes.ResolveAsync(user, ct).ConfigureAwait(false), ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.StaffOrEnterprise);
        group.MapGet("/reviews", ListReviewsAsync).RequireAuthorization(Policies.Staff);
        group.MapGet("/reviews/{warningId:int}", async (int warningId, AirDailyStore daily, OasisDb db, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await EmergencyReview.ComputeAsync(daily, db, warningId, clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false)))
            .RequireAuthorization(Policies.Staff);
    }

    /// <summary>Electricity use (CSV or XLSX, all rows or none): 200 with what was added and replaced.</summary>
    private static async Task<Ok<ElectricityImportResult>> ImportElectricityAsync(IFormFile file, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes,
        TimeProvider clock, CancellationToken ct)
    {
        if (file.Length == 0 || file.Length > RegistryImport.MaxFileBytes)
        {
            throw OasisProblemException.Validation("file", "Validation.FileSize", RegistryImport.MaxFileBytes / 1024 / 1024);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct).ConfigureAwait(false);
        buffer.Position = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var readings = ElectricityFile.Read(buffer, file.FileName, now);
        var scope = await scopes.ResolveAsync(user, ct).ConfigureAwait(false);
        return TypedResults.Ok(await ElectricityImport.ImportAsync(db, scope, readings, user.Identity?.Name ?? "system", now, ct).ConfigureAwait(false));
    }

    /// <summary>The caller's tasks: <c>?active=true</c> only those in force, <c>?warningId=</c> one warning's.</summary>
    private static async Task<Ok<List<EmergencyTaskDto>>> ListTasksAsync(bool? active, int? warningId, ClaimsPrincipal user, OasisDb db,
        DataScopeResolver scopes, TimeProvider clock, CancellationToken ct)
    {
        var query = await VisibleAsync(db, scopes, user, ct).ConfigureAwait(false);
        if (active == true)
        {
            query = query.Where(t => t.EndedAt == null);
        }

        if (warningId is { } w)
        {
            query = query.Where(t => t.WarningId == w);
        }

        var tasks = await query.OrderByDescending(t => t.Id).Take(500).ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(await ToDtosAsync(db, tasks, clock, ct).ConfigureAwait(false));
    }

    private static async Task<Ok<EmergencyTaskDto>> GetTaskAsync(int id, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, TimeProvider clock,
        CancellationToken ct)
    {
        var task = await FindAsync(db, scopes, user, id, ct).ConfigureAwait(false);
        return TypedResults.Ok((await ToDtosAsync(db, [task], clock, ct).ConfigureAwait(false))[0]);
    }

    private static async Task<Ok<EmergencyTaskDto>> InspectAsync(int id, InspectionOrder? order, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes,
        TimeProvider clock, CancellationToken ct)
    {
        if (order?.Verdict is not { } verdict || !EmergencyCodes.Verdicts.Contains(verdict))
        {
            throw OasisProblemException.Validation("verdict", "Validation.OneOf", order?.Verdict, string.Join(", ", EmergencyCodes.Verdicts));
        }

        if (order.Note is { Length: > 2000 })
        {
            throw OasisProblemException.Validation("note", "Validation.TooLong", 2000);
        }

        var scope = await scopes.ResolveAsync(user, ct).ConfigureAwait(false);
        var task = await RecordInspectionAsync(db, scope, id, verdict, order.Note, user.Identity?.Name ?? "system", clock, ct).ConfigureAwait(false);
        return TypedResults.Ok((await ToDtosAsync(db, [task], clock, ct).ConfigureAwait(false))[0]);
    }

    /// <summary>Stores an inspection's verdict on a task the inspector may see (the audit log keeps every change).</summary>
    internal static async Task<EmergencyTask> RecordInspectionAsync(OasisDb db, DataScope scope, int id, string verdict, string? note, string by,
        TimeProvider clock, CancellationToken ct)
    {
        await EnsureVisibleAsync(db, scope, id, ct).ConfigureAwait(false);
        var task = await db.EmergencyTasks.SingleAsync(t => t.Id == id, ct).ConfigureAwait(false);
        task.Inspection = verdict;
        task.InspectionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        task.InspectedBy = by;
        task.InspectedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return task;
    }

    private static async Task<Ok<List<ReviewDto>>> ListReviewsAsync(AirDailyStore daily, OasisDb db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await ReviewsAsync(daily, db, clock, ct).ConfigureAwait(false));

    /// <summary>Reviews of the last ten issued warnings, newest first.</summary>
    internal static async Task<List<ReviewDto>> ReviewsAsync(AirDailyStore daily, OasisDb db, TimeProvider clock, CancellationToken ct)
    {
        var ids = await db.Set<PollutionWarning>().AsNoTracking().Where(w => w.IssuedAt != null).OrderByDescending(w => w.Id).Take(10)
            .Select(w => w.Id).ToListAsync(ct).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var reviews = new List<ReviewDto>(ids.Count);
        foreach (var id in ids)
        {
            reviews.Add(await EmergencyReview.ComputeAsync(daily, db, id, now, ct).ConfigureAwait(false));
        }

        return reviews;
    }

    private static async Task<IQueryable<EmergencyTask>> VisibleAsync(OasisDb db, DataScopeResolver scopes, ClaimsPrincipal user, CancellationToken ct) =>
        VisibleTasks(db, await scopes.ResolveAsync(user, ct).ConfigureAwait(false));

    /// <summary>An enterprise sees its own tasks; staff those of the enterprises in their scope.</summary>
    internal static IQueryable<EmergencyTask> VisibleTasks(OasisDb db, DataScope scope)
    {
        var query = db.EmergencyTasks.AsNoTracking();
        if (scope.IsEnterprise)
        {
            return query.Where(t => t.CreditCode == scope.EnterpriseCode);
        }

        if (scope.CityWide)
        {
            return query;
        }

        var visible = db.Enterprises.InScope(scope).Select(e => e.CreditCode);
        return query.Where(t => visible.Contains(t.CreditCode));
    }

    private static async Task<EmergencyTask> FindAsync(OasisDb db, DataScopeResolver scopes, ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(user, ct).ConfigureAwait(false);
        await EnsureVisibleAsync(db, scope, id, ct).ConfigureAwait(false);
        return await db.EmergencyTasks.AsNoTracking().SingleAsync(t => t.Id == id, ct).ConfigureAwait(false);
    }

    /// <summary>404 for a task that does not exist, 403 (out of scope) for another enterprise's, as the registries answer.</summary>
    private static async Task EnsureVisibleAsync(OasisDb db, DataScope scope, int id, CancellationToken ct)
    {
        if (!await db.EmergencyTasks.AnyAsync(t => t.Id == id, ct).ConfigureAwait(false))
        {
            throw OasisProblemException.NotFound("Entity.EmergencyTask", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!await VisibleTasks(db, scope).AnyAsync(t => t.Id == id, ct).ConfigureAwait(false))
        {
            throw OasisProblemException.OutOfScope();
        }
    }

    internal static async Task<List<EmergencyTaskDto>> ToDtosAsync(OasisDb db, IReadOnlyList<EmergencyTask> tasks, TimeProvider clock, CancellationToken ct)
    {
        var codes = tasks.Select(t => t.CreditCode).Distinct().ToList();
        var names = await db.Enterprises.AsNoTracking().Where(e => codes.Contains(e.CreditCode)).ToDictionaryAsync(e => e.CreditCode, e => e.Name, ct)
            .ConfigureAwait(false);
        var warningIds = tasks.Select(t => t.WarningId).Distinct().ToList();
        var issued = await db.Set<PollutionWarning>().AsNoTracking().Where(w => warningIds.Contains(w.Id))
            .ToDictionaryAsync(w => w.Id, w => w.IssuedAt, ct).ConfigureAwait(false);
        var flueGas = await db.Devices.AsNoTracking().Where(d => d.EnterpriseCode != null && codes.Contains(d.EnterpriseCode) && d.SystemCode == "31")
            .Select(d => d.EnterpriseCode!).Distinct().ToListAsync(ct).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var list = new List<EmergencyTaskDto>(tasks.Count);
        foreach (var t in tasks)
        {
            var start = issued.GetValueOrDefault(t.WarningId) ?? t.StartedAt;
            var online = await EmergencyCompliance.MeasureAsync(db, t, start, now, ct).ConfigureAwait(false);
            var electricity = await ElectricityCompliance.MeasureAsync(db, t, start, now, ct).ConfigureAwait(false);
            list.Add(EmergencyTaskDto.Of(t, names.GetValueOrDefault(t.CreditCode), online, electricity, flueGas.Contains(t.CreditCode)));
        }

        return list;
    }
}
