using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Oasis.Monitoring.Ingest;

/// <summary>/health says whether the device port is listening: devices that cannot connect lose nothing, but nobody would know.</summary>
internal sealed class Hj212HealthCheck(Hj212Listener listener) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var bound = listener.BoundPort;
        return Task.FromResult(bound.Status switch
        {
            TaskStatus.RanToCompletion => HealthCheckResult.Healthy(bound.Result == 0 ? "device port disabled" : $"device port {bound.Result}"),
            TaskStatus.Faulted => HealthCheckResult.Unhealthy("device port cannot be bound", bound.Exception),
            _ => HealthCheckResult.Unhealthy("device port not yet listening"),
        });
    }
}
