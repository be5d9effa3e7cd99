using Oasis.Forecasting.Consultation;
using Oasis.Forecasting.Issues;
using Oasis.Forecasting.Models;
using Oasis.Forecasting.Verification;
using Oasis.Forecasting.Warnings;
using Oasis.Forecasting.Weather;
using Oasis.Platform.Auth;

namespace Oasis.Forecasting;

/// <summary>
/// The forecast module of issue #7 (docs/forecast-api.md): weather imports, model versions, issued forecasts, their
/// verification, back-tests over the city's own history, the consultations (会商) with their published forecasts and the warnings under <c>/api/forecast</c>. Reading is for staff; importing, training and issuing for monitoring staff.
/// </summary>
internal static class ForecastingEndpoints
{
    public static IServiceCollection AddForecasting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ForecastingOptions>().Bind(configuration.GetSection(ForecastingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ModelFiles>();
        services.AddSingleton<ModelTraining>();
        services.AddSingleton<ForecastIssuing>();
        services.AddSingleton<Hourly.HourlyIssuing>();
        services.AddSingleton<WarningLife>();
        services.AddSingleton<WarningListenerRunner>();
        services.AddHostedService<WarningListenerWorker>();
        services.AddSingleton<Consultations>();
        services.AddSingleton<ConsultationAttachments>();
        services.AddSingleton<ForecastScheduler>();
        services.AddSingleton<Backtests.BacktestJob>();
        services.AddSingleton<Backtests.BacktestWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Backtests.BacktestWorker>());
        services.AddHostedService(sp => sp.GetRequiredService<ForecastScheduler>());
        return services;
    }

    public static void MapForecasting(this WebApplication app)
    {
        var group = app.MapGroup("/api/forecast").WithTags("forecast").RequireAuthorization(Policies.Staff);
        group.MapWeather();
        group.MapModels();
        Backtests.BacktestEndpoints.MapBacktests(group);
        group.MapIssues();
        Hourly.HourlyEndpoints.MapHourly(group);
        Hourly.HourlyVerification.MapHourlyVerification(group);
        group.MapVerification();
        group.MapWarnings();
        group.MapConsultations();
    }
}
