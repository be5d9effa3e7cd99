namespace Oasis.Air.Aggregates;

internal static class AirDailyServices
{
    /// <summary>The daily aggregates: one store per host, and the worker that keeps them current.</summary>
    public static IServiceCollection AddAirDaily(this IServiceCollection services)
    {
        services.AddSingleton<AirDailyStore>();
        services.AddHostedService<AirDailyWorker>();
        return services;
    }
}
