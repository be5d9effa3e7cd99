namespace Oasis.Platform.Scopes;

/// <summary>A record placed in a grid, so that the scope tree decides who sees it.</summary>
internal interface IGridScoped
{
    string? GridCode { get; }
}

internal static class GridScopedQueries
{
    /// <summary>The records of the grids <paramref name="scope"/> holds (all of them for a city-wide scope).</summary>
    public static IQueryable<T> InScope<T>(this IQueryable<T> query, DataScope scope)
        where T : class, IGridScoped
    {
        if (scope.CityWide)
        {
            return query;
        }

        var grids = scope.Grids.ToList();
        return query.Where(e => e.GridCode != null && grids.Contains(e.GridCode));
    }
}
