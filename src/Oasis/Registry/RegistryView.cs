using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Registry;

/// <summary>A registry seen by the UI: rows of cells by column, and the same operations as the API.</summary>
internal interface IRegistryView
{
    string Name { get; }

    string KeyField { get; }

    IReadOnlyList<string> Columns { get; }

    Task<List<Dictionary<string, string>>> ListAsync(IServiceProvider services, OasisDb db, DataScope scope, string? search, CancellationToken ct);

    /// <summary>Creates (when <paramref name="existingKey"/> is null) or updates; throws <see cref="OasisProblemException"/> on refusal.</summary>
    Task SaveAsync(IServiceProvider services, OasisDb db, DataScope scope, IReadOnlyDictionary<string, string> cells, string? existingKey, CancellationToken ct);

    Task DeleteAsync(IServiceProvider services, OasisDb db, DataScope scope, string key, CancellationToken ct);

    Task<ImportResult> ImportAsync(IServiceProvider services, OasisDb db, DataScope scope, Stream stream, string fileName, string? crs, CancellationToken ct);

    /// <summary>Columns computed by Oasis (shown, never edited).</summary>
    bool IsDerived(string column);
}

internal sealed class RegistryView<TEntity, TDto>(IRegistry<TEntity, TDto> registry) : IRegistryView
    where TEntity : class
    where TDto : class
{
    public string Name => registry.Name;

    public string KeyField => registry.KeyField;

    public IReadOnlyList<string> Columns { get; } = TabularCodec<TDto>.Columns.Select(c => c.Name).ToList();

    public async Task<List<Dictionary<string, string>>> ListAsync(IServiceProvider services, OasisDb db, DataScope scope, string? search, CancellationToken ct)
    {
        var query = registry.Visible(db, registry.Query(db), scope);
        if (registry is IFilteredRegistry<TEntity> filtered)
        {
            query = filtered.Filter(query, new QueryCollection(), search);
        }

        var entities = await query.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var dtos = await registry.ToDtosAsync(db, entities, ct).ConfigureAwait(false);
        return dtos.Select(TabularCodec<TDto>.ToCells).ToList();
    }

    public async Task SaveAsync(IServiceProvider services, OasisDb db, DataScope scope, IReadOnlyDictionary<string, string> cells, string? existingKey, CancellationToken ct)
    {
        var (dto, errors) = TabularCodec<TDto>.ParseRow(cells, null);
        if (dto is null)
        {
            throw OasisProblemException.Validation(errors);
        }

        if (existingKey is null)
        {
            await RegistryOperations.CreateAsync(registry, dto, db, scope, ct).ConfigureAwait(false);
        }
        else
        {
            await RegistryOperations.UpdateAsync(registry, existingKey, dto, db, scope, ct).ConfigureAwait(false);
        }
    }

    public Task DeleteAsync(IServiceProvider services, OasisDb db, DataScope scope, string key, CancellationToken ct) =>
        RegistryOperations.DeleteAsync(registry, key, db, scope, ct);

    public Task<ImportResult> ImportAsync(IServiceProvider services, OasisDb db, DataScope scope, Stream stream, string fileName, string? crs, CancellationToken ct) =>
        RegistryImport.ImportAsync(registry, stream, fileName, db, scope, crs, ct);

    public bool IsDerived(string column) => column == "stationCodes";
}
