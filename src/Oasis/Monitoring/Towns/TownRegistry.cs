using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Monitoring.Towns;

internal sealed record TownDto(string Code, string Name, string Kind);

/// <summary>Towns and streets (乡镇街道).</summary>
internal sealed class TownRegistry : IRegistry<Town, TownDto>, IFilteredRegistry<Town>, IGuardedRegistry<Town>
{
    public static readonly string[] Kinds = ["street", "town"];

    public string Name => "towns";

    public string Label => "Entity.Town";

    public string KeyField => "code";

    public IQueryable<Town> Query(OasisDb db) => db.Towns.OrderBy(t => t.Code);

    public IQueryable<Town> WhereKey(IQueryable<Town> query, string key) => query.Where(t => t.Code == key);

    public IQueryable<Town> Visible(OasisDb db, IQueryable<Town> query, DataScope scope)
    {
        if (scope.CityWide)
        {
            return query;
        }

        var towns = scope.Towns.ToList();
        return query.Where(t => towns.Contains(t.Code));
    }

    public IQueryable<Town> Filter(IQueryable<Town> query, IQueryCollection parameters, string? search) =>
        string.IsNullOrWhiteSpace(search) ? query : query.Where(t => t.Code.Contains(search) || t.Name.Contains(search));

    public string KeyOf(TownDto dto) => dto.Code;

    public bool InScope(TownDto dto, DataScope scope) => scope.CityWide;

    public Task<IReadOnlyList<TownDto>> ToDtosAsync(OasisDb db, IReadOnlyList<Town> entities, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<TownDto>>(entities.Select(t => new TownDto(t.Code, t.Name, t.Kind)).ToList());

    public Town Create(TownDto dto) => new() { Code = dto.Code, Name = dto.Name, Kind = dto.Kind };

    public void Apply(TownDto dto, Town entity)
    {
        entity.Name = dto.Name;
        entity.Kind = dto.Kind;
    }

    public Task ValidateAsync(OasisDb db, TownDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        new Checks(errors, row).Code(dto.Code, "code").Required(dto.Name, "name", 100).Required(dto.Kind, "kind").OneOf(dto.Kind, "kind", Kinds);
        return Task.CompletedTask;
    }

    public async Task EnsureDeletableAsync(OasisDb db, Town entity, CancellationToken ct)
    {
        if (await db.Grids.AnyAsync(g => g.TownCode == entity.Code, ct).ConfigureAwait(false))
        {
            throw OasisProblemException.Rule("in-use", "Problem.InUse.Detail", entity.Code);
        }
    }
}
