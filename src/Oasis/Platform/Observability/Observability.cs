using OpenTelemetry.Metrics;
using Oasis.Platform.Errors;

namespace Oasis.Platform.Observability;

/// <summary>Request, runtime and Oasis metrics in Prometheus format at <c>/metrics</c>.</summary>
internal static class Observability
{
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenTelemetry().WithMetrics(m => m
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter(OasisMetrics.MeterName, "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        return builder;
    }

    /// <summary>Open to the intranet's Prometheus like /health; holds counts, never data or names.</summary>
    public static void MapObservability(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
}
