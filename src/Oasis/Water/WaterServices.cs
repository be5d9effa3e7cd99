using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Water.Indicators;
using Oasis.Water.Reports;

namespace Oasis.Water;

/// <summary>The water module's services, and its tables added after the first part (reached through these, not through <c>OasisDb</c>'s own sets).</summary>
internal static class WaterServices
{
    public static IServiceCollection AddWater(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WaterReportOptions>().Bind(configuration.GetSection(WaterReportOptions.Section))
            .Validate(o => o.IsValid(), "Oasis:Water:Reports: MonthlyDay must be 1–28, AnnualDay 1–31 and CatchUpMonths 0–24.").ValidateOnStart();
        services.AddSingleton<WaterReportService>();
        services.AddSingleton<WaterReportScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<WaterReportScheduler>());
        return services;
    }

    public static DbSet<WaterReport> WaterReports(this OasisDb db) => db.Set<WaterReport>();

    public static DbSet<RuralSewageRate> RuralSewageRates(this OasisDb db) => db.Set<RuralSewageRate>();
}
