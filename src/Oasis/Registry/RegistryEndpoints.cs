using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Registry;

/// <summary>Maps the registry routes of CONTRACTS.md for one <see cref="IRegistry{TEntity,TDto}"/>.</summary>
internal static class RegistryEndpoints
{
    public static RouteGroupBuilder MapRegistry<TEntity, TDto, TRegistry>(this IEndpointRouteBuilder app, TRegistry registry, RegistryPolicies policies)
        where TEntity : class
        where TDto : class
        where TRegistry : IRegistry<TEntity, TDto>
    {
        var group = app.MapGroup("/api/" + registry.Name).WithTags(registry.Name);

        group.MapGet("/", (HttpContext http, OasisDb db, DataScopeResolver scopes, int? page, int? pageSize, string? q, CancellationToken ct) =>
                ListAsync(registry, http, db, scopes, page, pageSize, q, ct))
            .RequireAuthorization(policies.Read);
        group.MapGet("/export", (HttpContext http, OasisDb db, DataScopeResolver scopes, string? format, CancellationToken ct) =>
                ExportAsync(registry, http, db, scopes, format, ct))
            .RequireAuthorization(policies.Read);
        group.MapGet("/{code}", (string code, HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct) =>
                GetAsync(registry, code, http, db, scopes, ct))
            .RequireAuthorization(policies.Read);
        group.MapPost("/", async (TDto dto, HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct) =>
                await RegistryOperations.CreateAsync(registry, dto, db, await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false), ct).ConfigureAwait(false))
            .RequireAuthorization(policies.Write);
        group.MapPut("/{code}", async (string code, TDto dto, HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct) =>
                await RegistryOperations.UpdateAsync(registry, code, dto, db, await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false), ct).ConfigureAwait(false))
            .RequireAuthorization(policies.Update);
        group.MapDelete("/{code}", async (string code, HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct) =>
                await RegistryOperations.DeleteAsync(registry, code, db, await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false), ct).ConfigureAwait(false))
            .RequireAuthorization(policies.Write);
        group.MapPost("/import", (IFormFile file, HttpContext http, OasisDb db, DataScopeResolver scopes, string? crs, CancellationToken ct) =>
                RegistryImport.ImportAsync<TEntity, TDto, TRegistry>(registry, file, http, db, scopes, crs, ct))
            .RequireAuthorization(policies.Write)
            .DisableAntiforgery();
        return group;
    }

    private static async Task<IResult> ListAsync<TEntity, TDto>(IRegistry<TEntity, TDto> registry, HttpContext http, OasisDb db,
        DataScopeResolver scopes, int? page, int? pageSize, string? q, CancellationToken ct)
        where TEntity : class
        where TDto : class
    {
        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        var query = registry.Visible(db, registry.Query(db), scope);
        if (registry is IFilteredRegistry<TEntity> filtered)
        {
            query = filtered.Filter(query, http.Request.Query, q);
        }

        if (registry is IGeoJsonRegistry<TEntity> geo && string.Equals(http.Request.Query["format"], "geojson", StringComparison.OrdinalIgnoreCase))
        {
            var all = await query.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
            return TypedResults.Json(await geo.ToFeatureCollectionAsync(db, all, ct).ConfigureAwait(false));
        }

        if (page is not null || pageSize is not null)
        {
            var size = Math.Clamp(pageSize ?? 50, 1, 1000);
            var number = Math.Max(page ?? 1, 1);
            http.Response.Headers["X-Total-Count"] = (await query.CountAsync(ct).ConfigureAwait(false)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            query = query.Skip((number - 1) * size).Take(size);
        }

        var entities = await query.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(await registry.ToDtosAsync(db, entities, ct).ConfigureAwait(false));
    }

    private static async Task<IResult> GetAsync<TEntity, TDto>(IRegistry<TEntity, TDto> registry, string code, HttpContext http,
        OasisDb db, DataScopeResolver scopes, CancellationToken ct)
        where TEntity : class
        where TDto : class
    {
        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        var entity = await RegistryOperations.FindVisibleAsync(registry, code, db, scope, tracking: false, ct).ConfigureAwait(false);
        var dto = (await registry.ToDtosAsync(db, [entity], ct).ConfigureAwait(false))[0];
        return TypedResults.Ok(registry is IDetailRegistry<TEntity, TDto> detail ? detail.WithDetail(dto, entity) : dto);
    }

    private static async Task<IResult> ExportAsync<TEntity, TDto>(IRegistry<TEntity, TDto> registry, HttpContext http, OasisDb db,
        DataScopeResolver scopes, string? format, CancellationToken ct)
        where TEntity : class
        where TDto : class
    {
        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        var entities = await registry.Visible(db, registry.Query(db), scope).AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var dtos = await registry.ToDtosAsync(db, entities, ct).ConfigureAwait(false);
        var isXlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (!isXlsx && !string.IsNullOrEmpty(format) && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            throw OasisProblemException.Validation("format", "Validation.ExportFormat", format);
        }

        var bytes = isXlsx ? TabularCodec<TDto>.ToXlsx(dtos) : TabularCodec<TDto>.ToCsv(dtos);
        return TypedResults.File(bytes,
            isXlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
            registry.Name + (isXlsx ? ".xlsx" : ".csv"));
    }
}

/// <summary>A registry whose list takes extra query filters (<c>?kind=</c> …) or a search text.</summary>
internal interface IFilteredRegistry<TEntity>
{
    IQueryable<TEntity> Filter(IQueryable<TEntity> query, IQueryCollection parameters, string? search);
}

/// <summary>A registry that can answer <c>?format=geojson</c>.</summary>
internal interface IGeoJsonRegistry<TEntity>
{
    Task<object> ToFeatureCollectionAsync(OasisDb db, IReadOnlyList<TEntity> entities, CancellationToken ct);
}

/// <summary>A registry whose single-record answer carries more than its list rows.</summary>
internal interface IDetailRegistry<TEntity, TDto>
{
    TDto WithDetail(TDto dto, TEntity entity);
}

/// <summary>A registry with rules about what an update may change for a caller of limited scope.</summary>
internal interface IUpdateGuard<TEntity, TDto>
{
    void CheckUpdate(TEntity entity, TDto dto, DataScope scope);
}

/// <summary>A registry with work to do once a new record is saved (a registered device's quarantined data).</summary>
internal interface IAfterCreate<TEntity>
{
    Task AfterCreateAsync(OasisDb db, TEntity entity, CancellationToken ct);
}

/// <summary>A registry that refuses to delete a record others still point at.</summary>
internal interface IGuardedRegistry<TEntity>
{
    Task EnsureDeletableAsync(OasisDb db, TEntity entity, CancellationToken ct);
}
