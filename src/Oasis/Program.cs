using MudBlazor.Services;
using Oasis.Air;
using Oasis.Air.Aggregates;
using Oasis.Air.Export;
using Oasis.Air.Import;
using Oasis.Air.Reports;
using Oasis.CommandCentre;
using Oasis.CommandCentre.Live;
using Oasis.CommandCentre.Overview;
using Oasis.Components;
using Oasis.Emergency;
using Oasis.Forecasting;
using Oasis.Monitoring;
using Oasis.Monitoring.Ingest;
using Oasis.Monitoring.Readings;
using Oasis.Platform;
using Oasis.Platform.Audit;
using Oasis.Platform.Auth;
using Oasis.Platform.Configuration;
using Oasis.Platform.Localization;
using Oasis.Platform.Observability;
using Oasis.Platform.Startup;
using Oasis.Platform.Users;
using Oasis.Sources;
using Oasis.Water;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// Serve framework and package assets (blazor.web.js, MudBlazor) from the build output in every
// environment, so `dotnet run` and the tests need no publish step; a no-op once published.
builder.WebHost.UseStaticWebAssets();
var paths = OasisPaths.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);

builder.AddPlatform(paths);
builder.AddObservability();
builder.Services.AddOpenApi();
builder.Services.AddMudServices();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddScoped<Oasis.Components.Shared.UiData>();
builder.Services.AddStartupTasks(builder.Configuration);
builder.Services.AddHj212Ingest(builder.Configuration);
builder.Services.AddAirReports(builder.Configuration);
builder.Services.AddAirDaily();
builder.Services.AddSingleton<AirImportJobs>();
builder.Services.AddWater(builder.Configuration);
builder.Services.AddCommandCentre(builder.Configuration);
builder.Services.AddLiveAir();
builder.Services.AddForecasting(builder.Configuration);
builder.Services.AddEmergency();

var app = builder.Build();

// Localisation first, so that ProblemDetails written by the exception handler use the caller's language.
app.UseRequestLocalization();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
if (app.Configuration["Kestrel:Certificates:Default:Path"] is { Length: > 0 })
{
    // HTTPS only when a certificate is configured (CONTRACTS.md): never redirect plain HTTP otherwise.
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();

app.MapHealthChecks("/health").AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference("/api-reference", o => o.WithTitle("Oasis API").WithOpenApiRoutePattern("/openapi/v1.json")).AllowAnonymous();
app.MapObservability();

app.MapAuth();
app.MapUsers();
app.MapAudit();
app.MapMonitoring();
app.MapIngest();
app.MapReadings();
app.MapAir();
app.MapAirExport();
app.MapAirImport();
app.MapSources();
app.MapWater();
app.MapCommandCentre();
app.MapCulture();
app.MapCommandOverview();
app.MapForecasting();
app.MapEmergency();

app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

if (!await app.RunStartupTasksAsync(paths))
{
    return 1;
}

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
