using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oasis.Tests;

/// <summary>
/// The water module's second part in the matrix: reports (the city's, so a grid manager's scope refuses them: 403s), the
/// automatic-station routes, and the rural sewage rates registry (written by <c>water-editors</c>, city-wide only).
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static readonly (string Endpoint, string Expected)[] WaterTable =
    [
        //                              anon Admin Sec  Aud  Lead Oper Grid Mon  Enf  Risk Ent
        ("water reports-create",       "401 201 403 403 201 201 403s 201 201 201 403"),
        ("water reports-list",         "401 200 403 403 200 200 403s 200 200 200 403"),
        ("water reports-file",         "401 200 403 403 200 200 403s 200 200 200 403"),
        ("water automatic",            "401 200 403 403 200 200 200 200 200 200 403"),
        ("water automatic-monthly",    "401 200 403 403 200 200 200 200 200 200 403"),
        ("water rural-list",           "401 200 403 403 200 200 200 200 200 200 403"),
        ("water rural-get",            "401 200 403 403 200 200 200 200 200 200 403"),
        ("water rural-export",         "401 200 403 403 200 200 200 200 200 200 403"),
        ("water rural-create",         "401 201 403 403 403 403 403 201 403 403 403"),
        ("water rural-update",         "401 200 403 403 403 403 403 200 403 403 403"),
        ("water rural-delete",         "401 204 403 403 403 403 403 204 403 403 403"),
    ];

    private async Task WaterSetupAsync()
    {
        var admin = await factory.UserAsync("demo.admin");
        await Records.CreateAsync(admin, "rural-sewage-rates", new { year = 2049, rate = 30.0, source = "矩阵测试" });
    }

    private async Task<HttpResponseMessage> WaterAsync(string operation, int roleIndex, HttpClient client)
    {
        var ct = TestApi.Ct;
        const string section = "MX-water-sections";
        var day = $"2020-01-{roleIndex + 1:D2}";
        switch (operation)
        {
            case "samples":
                return await client.GetAsync($"/api/water/samples?site={section}", ct);
            case "samples-export":
                return await client.GetAsync("/api/water/samples/export", ct);
            case "sample-create":
                return await client.PostAsJsonAsync("/api/water/samples", new { site = section, date = day, waterbody = "river", values = new { pH = "7.5" } }, ct);
            case "sample-import":
                return await client.UploadAsync("/api/water/samples/import", $"section,date,waterbody,pH\n{section},2020-02-{roleIndex + 1:D2},river,7.6\n");
            case "sample-delete":
            {
                var admin = await factory.UserAsync("demo.admin");
                var created = await admin.PostAsJsonAsync("/api/water/samples", new { site = section, date = $"2020-03-{roleIndex + 1:D2}", waterbody = "river", values = new { pH = "7.5" } }, ct);
                var id = (await created.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetInt32();
                return await client.DeleteAsync($"/api/water/samples/{id}", ct);
            }

            case "assessment":
                return await client.GetAsync("/api/water/assessment?year=2020", ct);
            case "indicators":
                return await client.GetAsync("/api/water/indicators?year=2020", ct);
            case "monthly":
                return await client.GetAsync($"/api/water/sections/{section}/monthly?from=2020-01&to=2020-12", ct);
            case "annual":
                return await client.GetAsync($"/api/water/sections/{section}/annual?from=2020&to=2020", ct);
            case "trend":
                return await client.GetAsync($"/api/water/sections/{section}/trend?indicator=pH&from=2016&to=2020", ct);
            default:
                return await Water2Async(operation, roleIndex, client);
        }
    }

    private async Task<HttpResponseMessage> Water2Async(string operation, int roleIndex, HttpClient client)
    {
        var ct = TestApi.Ct;
        const string section = "MX-water-sections";
        switch (operation)
        {
            case "reports-create":
                return await client.PostAsJsonAsync("/api/water/reports", new { kind = "monthly", date = "2020-01-01", format = "xlsx" }, ct);
            case "reports-list":
                return await client.GetAsync("/api/water/reports", ct);
            case "reports-file":
            {
                var admin = await factory.UserAsync("demo.admin");
                var created = await (await admin.PostAsJsonAsync("/api/water/reports", new { kind = "monthly", date = "2020-02-01", format = "xlsx" }, ct))
                    .Content.ReadFromJsonAsync<JsonElement>(ct);
                return await client.GetAsync($"/api/water/reports/{created.GetProperty("id").GetInt32()}/file", ct);
            }

            case "automatic":
                return await client.GetAsync($"/api/water/sections/{section}/automatic?from=2020-01-01&to=2020-01-31", ct);
            case "automatic-monthly":
                return await client.GetAsync($"/api/water/sections/{section}/automatic/monthly?from=2020-01&to=2020-03", ct);
            case "rural-list":
                return await client.GetAsync("/api/rural-sewage-rates", ct);
            case "rural-get":
                return await client.GetAsync("/api/rural-sewage-rates/2049", ct);
            case "rural-export":
                return await client.GetAsync("/api/rural-sewage-rates/export?format=csv", ct);
            case "rural-create":
                return await client.PostAsJsonAsync("/api/rural-sewage-rates", new { year = 2050 + roleIndex, rate = 31.0, source = "矩阵" }, ct);
            case "rural-update":
            {
                var current = await (await factory.UserAsync("demo.admin")).GetFromJsonAsync<JsonElement>("/api/rural-sewage-rates/2049", ct);
                return await client.PutAsJsonAsync("/api/rural-sewage-rates/2049", current, ct);
            }

            case "rural-delete":
            {
                var admin = await factory.UserAsync("demo.admin");
                await Records.CreateAsync(admin, "rural-sewage-rates", new { year = 2070 + roleIndex, rate = 31.0, source = "矩阵" });
                return await client.DeleteAsync($"/api/rural-sewage-rates/{2070 + roleIndex}", ct);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }
}
