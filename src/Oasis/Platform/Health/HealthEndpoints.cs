using Microsoft.Extensions.Diagnostics.HealthChecks;
using Oasis.Data;

namespace Oasis.Platform.Health;

/// <summary>The database check behind the anonymous <c>/health</c>.</summary>
internal sealed class DatabaseHealthCheck(OasisDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy("database reachable")
                : HealthCheckResult.Unhealthy("database unreachable");
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("database error", ex);
        }
    }
}
