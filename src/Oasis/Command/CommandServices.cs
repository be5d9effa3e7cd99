using Oasis.CommandCentre.Alarms.Host;
using Oasis.CommandCentre.Duty;
using Oasis.CommandCentre.Notifications;
using Oasis.CommandCentre.Rules;
using Oasis.CommandCentre.WorkOrders.Host;
using Oasis.Data;

namespace Oasis.CommandCentre;

/// <summary>The command centre: alarm rules and alarms, work orders, the duty roster, notifications.</summary>
internal static class CommandServices
{
    public static IServiceCollection AddCommandCentre(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommandOptions>().Bind(configuration.GetSection(CommandOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RecentStationData>();
        services.AddSingleton<AlarmCentre>();
        services.AddSingleton<AlarmNotices>();
        services.AddSingleton<WorkOrderService>();
        services.AddSingleton<OverdueWatcher>();
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<INotificationChannel, InAppChannel>();
        services.AddSingleton<Notifier>();
        services.AddSingleton<CommandTallyCache>();
        services.AddScoped<ICommandTallies, CommandTalliesService>();
        services.AddHostedService<AlarmWorker>();
        return services;
    }

    public static void MapCommandCentre(this IEndpointRouteBuilder app)
    {
        app.MapAlarmRules();
        app.MapAlarms();
        app.MapIncidents();
        app.MapWorkOrders();
        app.MapDuty();
        app.MapNotifications();
    }

    /// <summary>At start: the default alarm rules into an empty table; the demonstration roster in demo mode.</summary>
    public static async Task SeedAsync(OasisDb db, TimeProvider clock, CancellationToken ct)
    {
        await DefaultAlarmRules.SeedAsync(db, ct).ConfigureAwait(false);
        await DemoRoster.SeedAsync(db, clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
    }
}
