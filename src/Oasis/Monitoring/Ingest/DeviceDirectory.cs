using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Monitoring.Devices;

namespace Oasis.Monitoring.Ingest;

/// <summary>
/// MN → registered password, read from the device registry and refreshed every few seconds so
/// that the socket path never waits for the database. Null password = registered without one.
/// </summary>
internal sealed class DeviceDirectory(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    private readonly IDataProtector _protector = protection.CreateProtector(DeviceRegistry.ProtectorPurpose);
    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Snapshot _snapshot = new(new Dictionary<string, string?>(StringComparer.Ordinal), DateTimeOffset.MinValue);

    /// <summary>True and the password when the MN is registered.</summary>
    public async ValueTask<(bool Known, string? Password)> FindAsync(string mn, CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (clock.GetUtcNow() - snapshot.LoadedAt > MaxAge)
        {
            snapshot = await ReloadAsync(ct).ConfigureAwait(false);
        }

        return snapshot.Devices.TryGetValue(mn, out var password) ? (true, password) : (false, null);
    }

    public void Invalidate() => _snapshot = _snapshot with { LoadedAt = DateTimeOffset.MinValue };

    private async Task<Snapshot> ReloadAsync(CancellationToken ct)
    {
        await _reload.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (clock.GetUtcNow() - _snapshot.LoadedAt <= MaxAge)
            {
                return _snapshot;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
            var rows = await db.Devices.AsNoTracking().Select(d => new { d.Mn, d.ProtectedPassword }).ToListAsync(ct).ConfigureAwait(false);
            var devices = rows.ToDictionary(d => d.Mn, d => d.ProtectedPassword is null ? null : _protector.Unprotect(d.ProtectedPassword),
                StringComparer.Ordinal);
            return _snapshot = new Snapshot(devices, clock.GetUtcNow());
        }
        finally
        {
            _reload.Release();
        }
    }

    private sealed record Snapshot(Dictionary<string, string?> Devices, DateTimeOffset LoadedAt);
}
