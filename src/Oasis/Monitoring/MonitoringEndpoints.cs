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
        app.MapRegistry<Organisation, OrganisationDto, OrganisationRegistry>(new OrganisationRegistry(),
            new RegistryPolicies(Policies.Staff, Policies.Admin, Policies.Admin));
        app.MapRegistry<Town, TownDto, TownRegistry>(new TownRegistry(),
            new RegistryPolicies(Policies.Staff, Policies.Admin, Policies.Admin));
        app.MapRegistry<Grid, GridDto, GridRegistry>(new GridRegistry(),
            new RegistryPolicies(Policies.Staff, Policies.Admin, Policies.GridEditors));
        app.MapRegistry<Station, StationDto, StationRegistry>(new StationRegistry(),
            new RegistryPolicies(Policies.Staff, Policies.StationEditors, Policies.StationEditors));
        app.MapRegistry<Device, DeviceDto, DeviceRegistry>(new DeviceRegistry(app.Services.GetRequiredService<IDataProtectionProvider>()),
            new RegistryPolicies(Policies.StaffOrEnterprise, Policies.StationEditors, Policies.StationEditors));
    }
}
