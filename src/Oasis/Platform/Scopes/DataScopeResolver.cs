using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Auth;

namespace Oasis.Platform.Scopes;

/// <summary>Resolves the caller's <see cref="DataScope"/> once per request, from the database (so changes apply at once).</summary>
internal sealed class DataScopeResolver(OasisDb db, CityInfo city)
{
    private DataScope? _cached;

    public async Task<DataScope> ResolveAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (_cached is not null)
        {
            return _cached;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return _cached = DataScope.Nothing;
        }

        if (user.IsInRole(Roles.Enterprise))
        {
            var code = await db.Users.Where(u => u.Id == userId).Select(u => u.EnterpriseCode).SingleOrDefaultAsync(ct).ConfigureAwait(false);
            return _cached = code is null ? DataScope.Nothing : new DataScope(false, new HashSet<string>(), new HashSet<string>(), code);
        }

        // The three security duties and the Admin hold the whole city by their office.
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.SecurityAdmin) || user.IsInRole(Roles.Auditor))
        {
            return _cached = new DataScope(true, new HashSet<string>(), new HashSet<string>(), null);
        }

        var nodes = await db.UserScopes.Where(s => s.UserId == userId).Select(s => s.NodeCode).ToListAsync(ct).ConfigureAwait(false);
        return _cached = await FromNodesAsync(nodes, ct).ConfigureAwait(false);
    }

    public async Task<DataScope> FromNodesAsync(IReadOnlyCollection<string> nodes, CancellationToken ct)
    {
        if (nodes.Contains(city.Code))
        {
            return new DataScope(true, new HashSet<string>(), new HashSet<string>(), null);
        }

        var towns = await db.Towns.Where(t => nodes.Contains(t.Code)).Select(t => t.Code).ToListAsync(ct).ConfigureAwait(false);
        var grids = await db.Grids.Where(g => nodes.Contains(g.Code) || towns.Contains(g.TownCode))
            .Select(g => g.Code).ToListAsync(ct).ConfigureAwait(false);
        return new DataScope(false, towns.ToHashSet(StringComparer.Ordinal), grids.ToHashSet(StringComparer.Ordinal), null);
    }
}
