using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Oasis.Data;
using Oasis.Platform.Audit;
using Oasis.Platform.Auth;
using Oasis.Platform.Configuration;
using Oasis.Platform.Errors;
using Oasis.Platform.Health;
using Oasis.Platform.Localization;
using Oasis.Platform.Scopes;
using Oasis.Platform.Users;

namespace Oasis.Platform;

/// <summary>The platform's services: database, identity, policies, errors, localisation, health.</summary>
internal static class PlatformServices
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder, OasisPaths paths)
    {
        var services = builder.Services;
        var settings = DatabaseSettings.FromConfiguration(builder.Configuration, paths);
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);
        services.AddOasisDatabase(settings);
        services.AddHttpContextAccessor();
        services.AddScoped<AuditActor>();
        services.AddScoped<AuditLog>();
        services.AddOptions<AuditOptions>().Bind(builder.Configuration.GetSection(AuditOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AuditRetentionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<AuditRetentionWorker>());
        services.AddScoped<DataScopeResolver>();
        services.AddScoped<LoginService>();
        services.AddScoped<UserAccounts>();
        services.AddSingleton<OasisMetrics>();
        services.AddSingleton<Oasis.Platform.Leases.LeaseStore>();
        services.AddSingleton<Oasis.Registry.RegistryCatalog>();
        services.AddSingleton<ProblemWriter>();
        services.AddOptions<CityInfo>().Bind(builder.Configuration.GetSection(CityInfo.Section));
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<CityInfo>>().Value);

        services.AddDataProtection().SetApplicationName("Oasis").PersistKeysToFileSystem(new DirectoryInfo(paths.KeysDirectory));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Cultures.Chinese).AddSupportedCultures(Cultures.Supported).AddSupportedUICultures(Cultures.Supported);
            o.ApplyCurrentCultureToResponseHeaders = true;
            o.RequestCultureProviders = [new ApiAcceptLanguageProvider(), new CookieRequestCultureProvider()];
        });

        services.AddProblemDetails();
        services.AddExceptionHandler<OasisExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => OasisJson.Configure(o.SerializerOptions));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy("login", http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) }));
        });

        AddIdentity(builder);
        return builder;
    }

    private static void AddIdentity(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var accounts = new AccountOptions();
        builder.Configuration.GetSection(AccountOptions.Section).Bind(accounts);
        services.AddOptions<AccountOptions>().Bind(builder.Configuration.GetSection(AccountOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = "oasis";
                o.DefaultChallengeScheme = "oasis";
            })
            .AddPolicyScheme("oasis", "cookie or bearer", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromMinutes(accounts.TokenLifetimeMinutes))
            .AddIdentityCookies(o => o.ApplicationCookie?.Configure(c =>
            {
                c.LoginPath = "/login";
                c.AccessDeniedPath = "/denied";
                c.ExpireTimeSpan = TimeSpan.FromMinutes(accounts.IdleTimeoutMinutes);
                c.SlidingExpiration = true;
                c.Cookie.Name = "oasis.auth";
                c.Cookie.HttpOnly = true;
                c.Cookie.SameSite = SameSiteMode.Lax;
            }));

        services.AddIdentityCore<OasisUser>(o =>
            {
                o.Password.RequiredLength = accounts.PasswordMinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = accounts.MaxFailedLogins;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(accounts.LockoutMinutes);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OasisDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordClassValidator>();
        services.AddScoped<IdentityErrorDescriber, ChineseIdentityErrorDescriber>();

        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(null)
            .AddPolicy(Policies.Authenticated, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Staff))
            .AddPolicy(Policies.StaffOrEnterprise, p => p.RequireRole([.. Roles.Staff, Roles.Enterprise]))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Security, p => p.RequireRole(Roles.SecurityAdmin))
            .AddPolicy(Policies.Audit, p => p.RequireRole(Roles.Auditor))
            .AddPolicy(Policies.GridEditors, p => p.RequireRole(Roles.Admin, Roles.GridManager))
            .AddPolicy(Policies.StationEditors, p => p.RequireRole(Roles.Admin, Roles.Monitor))
            .AddPolicy(Policies.EnterpriseEditors, p => p.RequireRole(Roles.Admin, Roles.Enforcer))
            .AddPolicy(Policies.Ingest, p => p.RequireRole(Roles.Admin, Roles.Monitor))
            .AddPolicy(Policies.WaterEditors, p => p.RequireRole(Roles.Admin, Roles.Monitor))
            .AddPolicy(Policies.TargetEditors, p => p.RequireRole(Roles.Admin, Roles.Leader))
            .AddPolicy(Policies.AirMonitoring, p => p.RequireRole(Roles.Admin, Roles.Monitor))
            .AddPolicy(Policies.Leaders, p => p.RequireRole(Roles.Leader))
            .AddPolicy(Policies.CommandEditors, p => p.RequireRole(Roles.Admin, Roles.Operator))
            .AddPolicy(Policies.Operators, p => p.RequireRole(Roles.Operator))
            .AddPolicy(Policies.ElectricityImporters, p => p.RequireRole(Roles.Admin, Roles.Enforcer, Roles.Enterprise))
            .AddPolicy(Policies.WorkOrderActors, p => p.RequireRole(Roles.Operator, Roles.GridManager));
    }
}
