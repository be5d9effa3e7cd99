using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Registry;

/// <summary>The write operations of a registry, shared by the HTTP API and the UI pages.</summary>
internal static class RegistryOperations
{
    internal static async Task<Created<TDto>> CreateAsync<TEntity, TDto>(IRegistry<TEntity, TDto> registry, TDto dto, OasisDb db, DataScope scope, CancellationToken ct)
        where TEntity : class
        where TDto : class
    {
        await ValidateOrThrowAsync(registry, db, dto, ct).ConfigureAwait(false);
        if (!registry.InScope(dto, scope))
        {
            throw OasisProblemException.OutOfScope();
        }

        var key = registry.KeyOf(dto);
        if (await registry.WhereKey(registry.Query(db), key).AnyAsync(ct).ConfigureAwait(false))
        {
            throw OasisProblemException.Duplicate(registry.Label, key);
        }

        var entity = registry.Create(dto);
        db.Add(entity);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        if (registry is IAfterCreate<TEntity> after)
        {
            await after.AfterCreateAsync(db, entity, ct).ConfigureAwait(false);
        }
        var created = (await registry.ToDtosAsync(db, [entity], ct).ConfigureAwait(false))[0];
        return TypedResults.Created($"/api/{registry.Name}/{Uri.EscapeDataString(key)}", created);
    }

    internal static async Task<Ok<TDto>> UpdateAsync<TEntity, TDto>(IRegistry<TEntity, TDto> registry, string code, TDto dto,
        OasisDb db, DataScope scope, CancellationToken ct)
        where TEntity : class
        where TDto : class
    {
        var entity = await FindVisibleAsync(registry, code, db, scope, tracking: true, ct).ConfigureAwait(false);
        if (!string.Equals(registry.KeyOf(dto), code, StringComparison.Ordinal))
        {
            throw OasisProblemException.Validation(registry.KeyField, "Validation.KeyMismatch", code);
        }

        await ValidateOrThrowAsync(registry, db, dto, ct).ConfigureAwait(false);
        if (!registry.InScope(dto, scope))
        {
            throw OasisProblemException.OutOfScope();
        }

        if (registry is IUpdateGuard<TEntity, TDto> guard)
        {
            guard.CheckUpdate(entity, dto, scope);
        }

        registry.Apply(dto, entity);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok((await registry.ToDtosAsync(db, [entity], ct).ConfigureAwait(false))[0]);
    }

    internal static async Task<NoContent> DeleteAsync<TEntity, TDto>(IRegistry<TEntity, TDto> registry, string code, OasisDb db, DataScope scope, CancellationToken ct)
        where TEntity : class
        where TDto : class
    {
        var entity = await FindVisibleAsync(registry, code, db, scope, tracking: true, ct).ConfigureAwait(false);
        if (registry is IGuardedRegistry<TEntity> guarded)
        {
            await guarded.EnsureDeletableAsync(db, entity, ct).ConfigureAwait(false);
        }

        db.Remove(entity);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    internal static async Task<TEntity> FindVisibleAsync<TEntity, TDto>(IRegistry<TEntity, TDto> registry, string code, OasisDb db, DataScope scope, bool tracking, CancellationToken ct)
        where TEntity : class
        where TDto : class
    {
        // One query on the usual path; telling "not there" (404) from "not yours" (403) costs a second only on refusal.
        var visible = registry.Visible(db, registry.WhereKey(registry.Query(db), code), scope);
        var entity = await (tracking ? visible : visible.AsNoTracking()).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (entity is not null)
        {
            return entity;
        }

        throw await registry.WhereKey(registry.Query(db), code).AnyAsync(ct).ConfigureAwait(false)
            ? OasisProblemException.OutOfScope()
            : OasisProblemException.NotFound(registry.Label, code);
    }

    internal static async Task ValidateOrThrowAsync<TEntity, TDto>(IRegistry<TEntity, TDto> registry, OasisDb db, TDto dto, CancellationToken ct)
        where TEntity : class
        where TDto : class
    {
        var errors = new List<FieldError>();
        await registry.ValidateAsync(db, dto, null, errors, ct).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            throw OasisProblemException.Validation(errors);
        }
    }
}
