using Oasis.Platform.Auth;
using Oasis.Registry;
using Oasis.Sources.Enterprises;

namespace Oasis.Sources;

/// <summary>The pollution-sources module's registries: enterprises and their outlets.</summary>
internal static class SourcesEndpoints
{
    public static void MapSources(this WebApplication app) =>
        app.Services.GetRequiredService<RegistryCatalog>().Map<Enterprise, EnterpriseDto, EnterpriseRegistry>(app, new EnterpriseRegistry(),
            new RegistryPolicies(Policies.StaffOrEnterprise, Policies.EnterpriseEditors, Policies.EnterpriseEditors));
}
