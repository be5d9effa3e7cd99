using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Geo;
using Oasis.Platform.Scopes;

namespace Oasis.Registry;

/// <summary>The all-or-nothing import of CONTRACTS.md: every row checked first, then one transaction.</summary>
internal static class RegistryImport
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static async Task<Ok<ImportResult>> ImportAsync<TEntity, TDto, TRegistry>(TRegistry registry, IFormFile file, HttpContext http,
        OasisDb db, DataScopeResolver scopes, string? crs, CancellationToken ct)
        where TEntity : class
        where TDto : class
        where TRegistry : IRegistry<TEntity, TDto>
    {
        if (file.Length == 0 || file.Length > MaxFileBytes)
        {
            throw OasisProblemException.Validation("file", "Validation.FileSize", MaxFileBytes / 1024 / 1024);
        }

        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        await using var stream = file.OpenReadStream();
        return TypedResults.Ok(await ImportAsync<TEntity, TDto>(registry, stream, file.FileName, db, scope, crs, ct).ConfigureAwait(false));
    }

    /// <summary>Imports one file (CSV, XLSX, or GeoJSON where the registry reads it) for a caller with <paramref name="scope"/>.</summary>
    public static async Task<ImportResult> ImportAsync<TEntity, TDto>(IRegistry<TEntity, TDto> registry, Stream stream, string fileName,
        OasisDb db, DataScope scope, string? crs, CancellationToken ct)
        where TEntity : class
        where TDto : class
    {
        var system = CoordinateSystems.Parse(crs)
            ?? throw OasisProblemException.Validation("crs", "Validation.Crs", crs);
        var name = fileName.ToUpperInvariant();
        IReadOnlyList<(int Row, TDto? Dto, List<FieldError> Errors)> rows;
        {
            if (registry is IGeoJsonImport<TDto> geo && (name.EndsWith(".GEOJSON", StringComparison.Ordinal) || name.EndsWith(".JSON", StringComparison.Ordinal)))
            {
                rows = await geo.ReadGeoJsonAsync(stream, ct).ConfigureAwait(false);
            }
            else
            {
                var xlsx = name.EndsWith(".XLSX", StringComparison.Ordinal);
                if (!xlsx && !name.EndsWith(".CSV", StringComparison.Ordinal) && !name.EndsWith(".TXT", StringComparison.Ordinal))
                {
                    throw OasisProblemException.Validation("file", "Validation.FileType", fileName);
                }

                var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct).ConfigureAwait(false);
                if (buffer.Length > MaxFileBytes)
                {
                    throw OasisProblemException.Validation("file", "Validation.FileSize", MaxFileBytes / 1024 / 1024);
                }

                buffer.Position = 0;
                rows = TabularCodec<TDto>.Read(buffer, xlsx);
            }
        }

        var errors = new List<FieldError>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var accepted = new List<TDto>();
        foreach (var (row, dto, rowErrors) in rows)
        {
            errors.AddRange(rowErrors);
            if (dto is null)
            {
                continue;
            }

            var converted = registry is ICoordinateRegistry<TDto> geoRegistry ? geoRegistry.ToWgs84(dto, system) : dto;
            var before = errors.Count;
            await registry.ValidateAsync(db, converted, row, errors, ct).ConfigureAwait(false);
            var key = registry.KeyOf(converted);
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add(new FieldError(row, registry.KeyField, "Validation.DuplicateInFile", key, first));
            }
            else
            {
                seen[key] = row;
            }

            if (!registry.InScope(converted, scope))
            {
                errors.Add(new FieldError(row, registry.KeyField, "Validation.RowOutOfScope", key));
            }

            if (errors.Count == before)
            {
                accepted.Add(converted);
            }
        }

        if (errors.Count > 0)
        {
            throw OasisProblemException.ImportFailed(errors);
        }

        var created = 0;
        var updated = 0;
        var createdEntities = new List<TEntity>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        foreach (var dto in accepted)
        {
            var key = registry.KeyOf(dto);
            var existing = await registry.Visible(db, registry.WhereKey(registry.Query(db), key), scope).SingleOrDefaultAsync(ct).ConfigureAwait(false);
            if (existing is not null)
            {
                registry.Apply(dto, existing);
                updated++;
            }
            else if (await registry.WhereKey(registry.Query(db), key).AnyAsync(ct).ConfigureAwait(false))
            {
                throw OasisProblemException.OutOfScope(); // exists, but outside the caller's scope
            }
            else
            {
                var entity = registry.Create(dto);
                db.Add(entity);
                createdEntities.Add(entity);
                created++;
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        if (registry is IAfterCreate<TEntity> after)
        {
            foreach (var entity in createdEntities)
            {
                await after.AfterCreateAsync(db, entity, ct).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new ImportResult(rows.Count, created, updated);
    }
}

internal sealed record ImportResult(int Rows, int Created, int Updated);

/// <summary>A registry that also imports GeoJSON FeatureCollections.</summary>
internal interface IGeoJsonImport<TDto>
    where TDto : class
{
    Task<IReadOnlyList<(int Row, TDto? Dto, List<FieldError> Errors)>> ReadGeoJsonAsync(Stream stream, CancellationToken ct);
}

/// <summary>A registry whose records carry coordinates, converted to WGS84 on import.</summary>
internal interface ICoordinateRegistry<TDto>
{
    TDto ToWgs84(TDto dto, CoordinateSystem system);
}
