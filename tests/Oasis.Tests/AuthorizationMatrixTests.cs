using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oasis.Tests;

/// <summary>
/// Every endpoint × every role (and anonymous) → the status the policies promise. The table is
/// written out by hand from PlatformServices, MonitoringEndpoints, SourcesEndpoints, UserEndpoints,
/// AuditEndpoints, AirEndpoints and DustEndpoints; it deliberately does not ask the code's own policy objects.
/// </summary>
public sealed partial class AuthorizationMatrixTests(OasisFactory factory) : IClassFixture<OasisFactory>, IAsyncLifetime
{
    /// <summary>Records in demo.grid's own grid, so that only the role decides (the enterprise sees none of them).</summary>
    private const string MatrixStation = "MX-STATION";
    private const string MatrixDevice = "MXDEVICE0001";
    private static readonly string MatrixEnterprise = Records.CreditCode(900001);

    /// <summary>The callers, in the column order of <see cref="Table"/>.</summary>
    private static readonly (string Role, string? User)[] Callers =
    [
        ("Anonymous", null), ("Admin", "demo.admin"), ("SecurityAdmin", "demo.security"), ("Auditor", "demo.auditor"),
        ("Leader", "demo.leader"), ("Operator", "demo.operator"), ("GridManager", "demo.grid"), ("Monitor", "demo.monitor"),
        ("Enforcer", "demo.enforcer"), ("RiskOfficer", "demo.risk"), ("Enterprise", "demo.enterprise"),
    ];

    /// <summary>
    /// endpoint → expected status per caller. "403s" is a 403 for the data scope (urn:oasis:out-of-scope)
    /// rather than for the role (urn:oasis:forbidden).
    /// </summary>
    private static readonly (string Endpoint, string Expected)[] Table =
    [
        //                              anon Admin Sec  Aud  Lead Oper Grid Mon  Enf  Risk Ent
        ("organisations list",         "401 200 403 403 200 200 200 200 200 200 403"),
        ("organisations get",          "401 200 403 403 200 200 200 200 200 200 403"),
        ("organisations export",       "401 200 403 403 200 200 200 200 200 200 403"),
        ("organisations create",       "401 201 403 403 403 403 403 403 403 403 403"),
        ("organisations update",       "401 200 403 403 403 403 403 403 403 403 403"),
        ("organisations delete",       "401 204 403 403 403 403 403 403 403 403 403"),
        ("towns list",                 "401 200 403 403 200 200 200 200 200 200 403"),
        ("towns get",                  "401 200 403 403 200 200 403s 200 200 200 403"),
        ("towns export",               "401 200 403 403 200 200 200 200 200 200 403"),
        ("towns create",               "401 201 403 403 403 403 403 403 403 403 403"),
        ("towns update",               "401 200 403 403 403 403 403 403 403 403 403"),
        ("towns delete",               "401 204 403 403 403 403 403 403 403 403 403"),
        ("grids list",                 "401 200 403 403 200 200 200 200 200 200 403"),
        ("grids get",                  "401 200 403 403 200 200 200 200 200 200 403"),
        ("grids export",               "401 200 403 403 200 200 200 200 200 200 403"),
        ("grids create",               "401 201 403 403 403 403 403 403 403 403 403"),
        ("grids update",               "401 200 403 403 403 403 200 403 403 403 403"),
        ("grids delete",               "401 204 403 403 403 403 403 403 403 403 403"),
        ("stations list",              "401 200 403 403 200 200 200 200 200 200 403"),
        ("stations get",               "401 200 403 403 200 200 200 200 200 200 403"),
        ("stations export",            "401 200 403 403 200 200 200 200 200 200 403"),
        ("stations create",            "401 201 403 403 403 403 403 201 403 403 403"),
        ("stations update",            "401 200 403 403 403 403 403 200 403 403 403"),
        ("stations delete",            "401 204 403 403 403 403 403 204 403 403 403"),
        ("devices list",               "401 200 403 403 200 200 200 200 200 200 200"),
        ("devices get",                "401 200 403 403 200 200 200 200 200 200 403s"),
        ("devices export",             "401 200 403 403 200 200 200 200 200 200 200"),
        ("devices create",             "401 201 403 403 403 403 403 201 403 403 403"),
        ("devices update",             "401 200 403 403 403 403 403 200 403 403 403"),
        ("devices delete",             "401 204 403 403 403 403 403 204 403 403 403"),
        ("enterprises list",           "401 200 403 403 200 200 200 200 200 200 200"),
        ("enterprises get",            "401 200 403 403 200 200 200 200 200 200 403s"),
        ("enterprises export",         "401 200 403 403 200 200 200 200 200 200 200"),
        ("enterprises create",         "401 201 403 403 403 403 403 403 201 403 403"),
        ("enterprises update",         "401 200 403 403 403 403 403 403 200 403 403"),
        ("enterprises delete",         "401 204 403 403 403 403 403 403 204 403 403"),
        ("users list",                 "401 403 200 403 403 403 403 403 403 403 403"),
        ("users create",               "401 403 201 403 403 403 403 403 403 403 403"),
        ("audit list",                 "401 403 403 200 403 403 403 403 403 403 403"),
        ("audit export",               "401 403 403 200 403 403 403 403 403 403 403"),
        ("auth me",                    "401 200 200 200 200 200 200 200 200 200 200"),
        ("ingest stats",               "401 200 403 403 403 403 403 200 403 403 403"),
        ("ingest unknown",             "401 200 403 403 403 403 403 200 403 403 403"),
        ("ingest devices",             "401 200 403 403 403 403 403 200 403 403 403"),
        ("ingest effectiveness",       "401 200 403 403 403 403 403 200 403 403 403"),
        ("readings hourly",            "401 200 403 403 200 200 200 200 200 200 403"),
        ("water-bodies list",          "401 200 403 403 200 200 200 200 200 200 403"),
        ("water-bodies get",           "401 200 403 403 200 200 200 200 200 200 403"),
        ("water-bodies export",        "401 200 403 403 200 200 200 200 200 200 403"),
        ("water-bodies create",        "401 201 403 403 403 403 403 201 403 403 403"),
        ("water-bodies update",        "401 200 403 403 403 403 403 200 403 403 403"),
        ("water-bodies delete",        "401 204 403 403 403 403 403 204 403 403 403"),
        ("water-sections list",        "401 200 403 403 200 200 200 200 200 200 403"),
        ("water-sections get",         "401 200 403 403 200 200 200 200 200 200 403"),
        ("water-sections export",      "401 200 403 403 200 200 200 200 200 200 403"),
        ("water-sections create",      "401 201 403 403 403 403 403 201 403 403 403"),
        ("water-sections update",      "401 200 403 403 403 403 403 200 403 403 403"),
        ("water-sections delete",      "401 204 403 403 403 403 403 204 403 403 403"),
        ("water-sources list",         "401 200 403 403 200 200 200 200 200 200 403"),
        ("water-sources get",          "401 200 403 403 200 200 200 200 200 200 403"),
        ("water-sources export",       "401 200 403 403 200 200 200 200 200 200 403"),
        ("water-sources create",       "401 201 403 403 403 403 403 201 403 403 403"),
        ("water-sources update",       "401 200 403 403 403 403 403 200 403 403 403"),
        ("water-sources delete",       "401 204 403 403 403 403 403 204 403 403 403"),
        ("groundwater-wells list",     "401 200 403 403 200 200 200 200 200 200 403"),
        ("groundwater-wells get",      "401 200 403 403 200 200 200 200 200 200 403"),
        ("groundwater-wells export",   "401 200 403 403 200 200 200 200 200 200 403"),
        ("groundwater-wells create",   "401 201 403 403 403 403 403 201 403 403 403"),
        ("groundwater-wells update",   "401 200 403 403 403 403 403 200 403 403 403"),
        ("groundwater-wells delete",   "401 204 403 403 403 403 403 204 403 403 403"),
        ("black-odorous-waters list",  "401 200 403 403 200 200 200 200 200 200 403"),
        ("black-odorous-waters get",   "401 200 403 403 200 200 200 200 200 200 403"),
        ("black-odorous-waters export", "401 200 403 403 200 200 200 200 200 200 403"),
        ("black-odorous-waters create", "401 201 403 403 403 403 403 201 403 403 403"),
        ("black-odorous-waters update", "401 200 403 403 403 403 403 200 403 403 403"),
        ("black-odorous-waters delete", "401 204 403 403 403 403 403 204 403 403 403"),
        ("water samples",              "401 200 403 403 200 200 200 200 200 200 403"),
        ("water samples-export",       "401 200 403 403 200 200 200 200 200 200 403"),
        ("water sample-create",        "401 201 403 403 403 403 403 201 403 403 403"),
        ("water sample-import",        "401 200 403 403 403 403 403 200 403 403 403"),
        ("water sample-delete",        "401 204 403 403 403 403 403 204 403 403 403"),
        ("water assessment",           "401 200 403 403 200 200 200 200 200 200 403"),
        ("water indicators",           "401 200 403 403 200 200 200 200 200 200 403"),
        ("water monthly",              "401 200 403 403 200 200 200 200 200 200 403"),
        ("water annual",               "401 200 403 403 200 200 200 200 200 200 403"),
        ("water trend",                "401 200 403 403 200 200 200 200 200 200 403"),
        ("air-targets list",           "401 200 403 403 200 200 200 200 200 200 403"),
        ("air-targets get",            "401 200 403 403 200 200 200 200 200 200 403"),
        ("air-targets export",         "401 200 403 403 200 200 200 200 200 200 403"),
        ("air-targets create",         "401 201 403 403 201 403 403 403 403 403 403"),
        ("air-targets update",         "401 200 403 403 200 403 403 403 403 403 403"),
        ("air-targets delete",         "401 204 403 403 204 403 403 403 403 403 403"),
        ("command overview",           "401 200 403 403 200 200 200 200 200 200 403"),
        ("command playback",           "401 200 403 403 200 200 200 200 200 200 403"),
    ];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (endpoint, expected) in Table.Concat(AirTable).Concat(CommandTable).Concat(WaterTable).Concat(ForecastTable).Concat(EmergencyTable))
        {
            var statuses = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(Callers.Length, statuses.Length);
            for (var i = 0; i < Callers.Length; i++)
            {
                data.Add(endpoint, Callers[i].Role, statuses[i]);
            }
        }

        return data;
    }

    public ValueTask InitializeAsync() => new(Records.OnceAsync(factory, "matrix", async () =>
    {
        var admin = await factory.UserAsync("demo.admin");
        await Records.CreateAsync(admin, "stations", Records.New("stations", MatrixStation));
        await Records.CreateAsync(admin, "devices", Records.New("devices", MatrixDevice, station: MatrixStation));
        await Records.CreateAsync(admin, "enterprises", Records.New("enterprises", "matrix", 900001));
        foreach (var area in (string[])["water-bodies", "water-sections", "water-sources", "groundwater-wells", "black-odorous-waters"])
        {
            await Records.CreateAsync(admin, area, Records.New(area, "MX-" + area));
        }
        await CommandSetupAsync();
        await WaterSetupAsync();
        await ForecastSetupAsync();
        await EmergencySetupAsync();
    }));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Endpoint_answers_each_role_as_the_policies_say(string endpoint, string role, string expected)
    {
        var roleIndex = Array.FindIndex(Callers, c => c.Role == role);
        var client = await factory.UserAsync(Callers[roleIndex].User);
        var parts = endpoint.Split(' ');
        using var response = await SendAsync(parts[0], parts[1], roleIndex, client);

        var status = (HttpStatusCode)int.Parse(expected[..3], System.Globalization.CultureInfo.InvariantCulture);
        var body = await response.Content.ReadAsStringAsync(TestApi.Ct);
        Assert.True(status == response.StatusCode, $"{endpoint} as {role}: expected {expected}, got {(int)response.StatusCode} {body}");
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            var type = status == HttpStatusCode.Unauthorized ? "urn:oasis:unauthenticated"
                : expected.EndsWith('s') ? "urn:oasis:out-of-scope" : "urn:oasis:forbidden";
            Assert.Equal(type, JsonDocument.Parse(body).RootElement.GetProperty("type").GetString());
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string area, string operation, int roleIndex, HttpClient client)
    {
        var ct = TestApi.Ct;
        if (CommandAreas.Contains(area))
        {
            return await CommandSendAsync(area, operation, roleIndex, client);
        }

        if (area == "forecast")
        {
            return await ForecastSendAsync(operation, roleIndex, client);
        }

        if (area == "emergency")
        {
            return await EmergencySendAsync(operation, roleIndex, client);
        }

        if (area == "air")
        {
            return await AirSendAsync(operation, roleIndex, client);
        }

        switch (area, operation)
        {
            case ("auth", "me"):
                return await client.GetAsync("/api/auth/me", ct);
            case ("ingest", "stats"):
                return await client.GetAsync("/api/ingest/stats", ct);
            case ("ingest", "unknown"):
                return await client.GetAsync("/api/ingest/unknown-devices", ct);
            case ("ingest", "devices"):
                return await client.GetAsync("/api/ingest/devices", ct);
            case ("ingest", "effectiveness"):
                return await client.GetAsync("/api/ingest/effectiveness?date=2026-11-27", ct);
            case ("readings", "hourly"):
                return await client.GetAsync($"/api/stations/{MatrixStation}/hourly", ct);
            case ("water", _):
                return await WaterAsync(operation, roleIndex, client);
            case ("command", "overview"):
                return await client.GetAsync("/api/command/overview", ct);
            case ("command", "playback"):
                return await client.GetAsync("/api/command/playback", ct);
            case ("audit", "list"):
                return await client.GetAsync("/api/audit", ct);
            case ("audit", "export"):
                return await client.GetAsync("/api/audit/export?format=csv", ct);
            case ("users", "list"):
                return await client.GetAsync("/api/users", ct);
            case ("users", "create"):
                return await client.PostAsJsonAsync("/api/users", Records.New("users", $"mx.user{roleIndex}"), ct);
            case (_, "list"):
                return await client.GetAsync($"/api/{area}", ct);
            case (_, "export"):
                return await client.GetAsync($"/api/{area}/export?format=csv", ct);
            case (_, "get"):
                return await client.GetAsync($"/api/{area}/{ExistingCode(area)}", ct);
            case (_, "create"):
                return await client.PostAsJsonAsync($"/api/{area}", Records.New(area, $"MXC{roleIndex}-{area}", 910000 + roleIndex), ct);
            case (_, "update"):
            {
                // PUT the record exactly as the admin reads it: a no-op that still needs the right to edit.
                var admin = await factory.UserAsync("demo.admin");
                var current = await admin.GetFromJsonAsync<JsonElement>($"/api/{area}/{ExistingCode(area)}", ct);
                return await client.PutAsJsonAsync($"/api/{area}/{ExistingCode(area)}", current, ct);
            }

            case (_, "delete"):
            {
                var admin = await factory.UserAsync("demo.admin");
                var code = $"MXD{roleIndex}-{area}";
                var record = Records.New(area, code, 920000 + roleIndex, station: MatrixStation);
                await Records.CreateAsync(admin, area, record);
                var key = area == "enterprises" ? Records.CreditCode(920000 + roleIndex) : code;
                return await client.DeleteAsync($"/api/{area}/{key}", ct);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(operation), $"{area} {operation}");
        }
    }

    private static string ExistingCode(string area) => area switch
    {
        "water-bodies" or "water-sections" or "water-sources" or "groundwater-wells" or "black-odorous-waters" => "MX-" + area,
        "air-targets" => "CJ-14-GOOD-2025",
        "organisations" => "CJ-EEB",
        "towns" => "CJ-T01",
        "grids" => Records.OwnGrid,
        "stations" => MatrixStation,
        "devices" => MatrixDevice,
        "enterprises" => MatrixEnterprise,
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, null),
    };
}
