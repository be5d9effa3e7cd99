namespace Oasis.CommandCentre.Live;

/// <summary>The live air state of the command centre (decision 0604).</summary>
internal static class LiveAirServices
{
    public static IServiceCollection AddLiveAir(this IServiceCollection services)
    {
        services.AddSingleton<LiveAirState>();
        services.AddHostedService<LiveAirWorker>();
        return services;
    }
}
