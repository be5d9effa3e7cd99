using Microsoft.AspNetCore.DataProtection;
using Oasis.Monitoring.Devices;
using Oasis.Monitoring.Grids;
using Oasis.Monitoring.Stations;
using Oasis.Monitoring.Towns;
using Oasis.Platform.Auth;
using Oasis.Platform.Organisations;
using Oasis.Registry;

namespace Oasis.Monitoring;

/// <summary>The monitoring module's registries: towns, grids, stations, devices (and organisations).</summary>
internal static class MonitoringEndpoints
{
    public static void MapMonitoring(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<RegistryCatalog>();
        catalog.Map<Organisation, OrganisationDto, OrganisationRegistry>(app, new OrganisationRegistry(),
            new RegistryPolicies(Policies.Staff, Policies.Admin, Policies.Admin));
        catalog.Map<Town, TownDto, TownRegistry>(app, new TownRegistry(),
            new RegistryPolicies(Policies.Staff, Policies.Admin, Policies.Admin));
        catalog.Map<Grid, GridDto, GridRegistry>(app, new GridRegistry(),
            new RegistryPolicies(Policies.Staff, Policies.Admin, Policies.GridEditors));
        catalog.Map<Station, StationDto, StationRegistry>(app, new StationRegistry(),
            new RegistryPolicies(Policies.Staff, Policies.StationEditors, Policies.StationEditors));
        catalog.Map<Device, DeviceDto, DeviceRegistry>(app, new DeviceRegistry(app.Services.GetRequiredService<IDataProtectionProvider>(), app.Services.GetRequiredService<Oasis.Monitoring.Ingest.DeviceDirectory>()),
            new RegistryPolicies(Policies.StaffOrEnterprise, Policies.StationEditors, Policies.StationEditors));
    }
}
