using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Registry;

/// <summary>
/// One registry of CONTRACTS.md (list, get, create, update, delete, import, export) described
/// once; <see cref="RegistryEndpoints"/> turns the description into routes.
/// </summary>
internal interface IRegistry<TEntity, TDto>
    where TEntity : class
    where TDto : class
{
    /// <summary>Route segment and tabular file name: <c>grids</c>, <c>stations</c> ….</summary>
    string Name { get; }

    /// <summary>Resource key of the display name of one record (for messages).</summary>
    string Label { get; }

    /// <summary>The JSON field that is the record's code in routes and imports.</summary>
    string KeyField { get; }

    IQueryable<TEntity> Query(OasisDb db);

    IQueryable<TEntity> WhereKey(IQueryable<TEntity> query, string key);

    IQueryable<TEntity> Visible(OasisDb db, IQueryable<TEntity> query, DataScope scope);

    string KeyOf(TDto dto);

    /// <summary>May this caller write a record that looks like this (its grid, its enterprise)?</summary>
    bool InScope(TDto dto, DataScope scope);

    Task<IReadOnlyList<TDto>> ToDtosAsync(OasisDb db, IReadOnlyList<TEntity> entities, CancellationToken ct);

    TEntity Create(TDto dto);

    void Apply(TDto dto, TEntity entity);

    /// <summary>Checks one record; <paramref name="row"/> is the import row, or null for a single request.</summary>
    Task ValidateAsync(OasisDb db, TDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct);
}
