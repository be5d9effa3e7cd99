using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Oasis.Tests.Ingest;

namespace Oasis.Tests.CommandCentre.Host;

/// <summary>A storm of alarms on one grid becomes one incident, listed and read through <c>/api/incidents</c> within the caller's scope.</summary>
public sealed class IncidentRouteTests(IngestFactory ingest) : IClassFixture<IngestFactory>
{
    private const string StormGrid = "CJ-G120";

    private OasisFactory Host => ingest.Host;

    [Fact]
    public async Task Five_alarms_on_one_grid_within_15_minutes_are_one_incident_with_its_members()
    {
        var hour = CommandKit.LastHourBeijing();
        for (var i = 1; i <= 5; i++)
        {
            var device = await CommandKit.StationAsync(Host, $"CJ-STORM-{i}", $"STORMMN00000000000000000{i}", grid: StormGrid, latitude: 43.9, longitude: 87.1);
            await CommandKit.SendHourAsync(Host, device, hour, 130); // IAQI 171: PM25-MODERATE on each
        }

        await CommandKit.EvaluateAsync(Host);

        var leader = await Host.UserAsync("demo.leader");
        var incidents = await leader.GetFromJsonAsync<JsonElement[]>($"/api/incidents?open=true&grid={StormGrid}", TestApi.Ct);
        var incident = Assert.Single(incidents!);
        Assert.Equal(StormGrid, incident.Str("grid"));
        Assert.True(incident.GetProperty("alarms").GetInt32() >= 5);
        Assert.Equal(incident.GetProperty("alarms").GetInt32(), incident.GetProperty("openAlarms").GetInt32());
        Assert.Equal("serious", incident.Str("worstLevel")); // PM25-MODERATE is 较重
        Assert.Equal(JsonValueKind.Null, incident.GetProperty("members").ValueKind);

        var id = incident.GetProperty("id").GetInt64();
        var read = await leader.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}", TestApi.Ct);
        var members = read.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(incident.GetProperty("alarms").GetInt32(), members.Count);
        Assert.Equal(
            ["CJ-STORM-1", "CJ-STORM-2", "CJ-STORM-3", "CJ-STORM-4", "CJ-STORM-5"],
            members.Where(m => m.Str("rule") == "PM25-MODERATE").Select(m => m.Str("station")!).Order(StringComparer.Ordinal).ToArray());
        Assert.All(members, m => Assert.Equal(id, m.GetProperty("incidentId").GetInt64()));

        // The grid manager of another grid neither lists nor reads it; closed incidents are a separate filter.
        var grid = await Host.UserAsync("demo.grid");
        Assert.DoesNotContain((await grid.GetFromJsonAsync<JsonElement[]>("/api/incidents", TestApi.Ct))!, i => i.GetProperty("id").GetInt64() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await grid.GetAsync($"/api/incidents/{id}", TestApi.Ct)).StatusCode);
        Assert.DoesNotContain((await leader.GetFromJsonAsync<JsonElement[]>("/api/incidents?open=false", TestApi.Ct))!,
            i => i.GetProperty("id").GetInt64() == id);
        await (await leader.GetAsync("/api/incidents/999999", TestApi.Ct)).ProblemAsync(HttpStatusCode.NotFound, "urn:oasis:not-found");
    }
}
