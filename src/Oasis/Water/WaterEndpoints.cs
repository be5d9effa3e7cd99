using Oasis.Platform.Auth;
using Oasis.Registry;
using Oasis.Water.Automatic;
using Oasis.Water.Evaluation;
using Oasis.Water.Indicators;
using Oasis.Water.Registry;
using Oasis.Water.Reports;
using Oasis.Water.Samples;

namespace Oasis.Water;

/// <summary>
/// The water module (docs/water-api.md): five registries on the generic registry routes, the manual samples and the
/// evaluation under <c>/api/water</c>. Staff read; monitoring staff and the admin write (<see cref="Policies.WaterEditors"/>).
/// </summary>
internal static class WaterEndpoints
{
    public static void MapWater(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<RegistryCatalog>();
        var policies = new RegistryPolicies(Policies.Staff, Policies.WaterEditors, Policies.WaterEditors);
        catalog.Map<WaterBody, WaterBodyDto, WaterBodyRegistry>(app, new WaterBodyRegistry(), policies);
        catalog.Map<WaterSection, WaterSectionDto, WaterSectionRegistry>(app, new WaterSectionRegistry(), policies);
        catalog.Map<WaterSource, WaterSourceDto, WaterSourceRegistry>(app, new WaterSourceRegistry(), policies);
        catalog.Map<GroundwaterWell, GroundwaterWellDto, GroundwaterWellRegistry>(app, new GroundwaterWellRegistry(), policies);
        catalog.Map<BlackOdorousWater, BlackOdorousWaterDto, BlackOdorousWaterRegistry>(app, new BlackOdorousWaterRegistry(), policies);
        catalog.Map<RuralSewageRate, RuralSewageRateDto, RuralSewageRateRegistry>(app, new RuralSewageRateRegistry(), policies);

        var water = app.MapGroup("/api/water").WithTags("water").RequireAuthorization(Policies.Staff);
        water.MapSamples();
        water.MapEvaluation();
        water.MapAutomatic();
        water.MapWaterReports();
    }
}
