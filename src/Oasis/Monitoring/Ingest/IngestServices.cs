using Oasis.Platform.Configuration;

namespace Oasis.Monitoring.Ingest;

/// <summary>The HJ 212 device server: listener, connection handler, queue, writer, store, counters.</summary>
internal static class IngestServices
{
    public static IServiceCollection AddHj212Ingest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Hj212Options>().Bind(configuration.GetSection(Hj212Options.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IngestRetentionOptions>().Bind(configuration.GetSection(IngestRetentionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IngestRetentionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestRetentionWorker>());
        services.AddSingleton<IngestStats>();
        services.AddSingleton<IngestQueue>();
        services.AddSingleton<IngestFeed>();
        services.AddSingleton<DeviceDirectory>();
        services.AddSingleton<Hj212ConnectionHandler>();
        services.AddSingleton<IIngestStore>(sp =>
        {
            var settings = sp.GetRequiredService<DatabaseSettings>();
            if (string.Equals(configuration["Hj212:Store"], "ef-per-packet", StringComparison.OrdinalIgnoreCase))
            {
                return new EfPerPacketIngestStore(sp.GetRequiredService<IServiceScopeFactory>()); // load-run baseline only
            }

            return IngestStores.For(settings);
        });
        services.AddHostedService<IngestWriter>();
        services.AddSingleton<Hj212Listener>();
        services.AddHostedService(sp => sp.GetRequiredService<Hj212Listener>());
        services.AddHealthChecks().AddCheck<Hj212HealthCheck>("hj212");
        return services;
    }
}
