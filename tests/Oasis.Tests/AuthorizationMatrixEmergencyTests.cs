using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oasis.Emergency;
using Oasis.Forecasting.Warnings;

namespace Oasis.Tests;

/// <summary>
/// The emergency-reduction module's rows of the matrix: the list and baseline registries and <c>/api/emergency</c>. A task of
/// the matrix enterprise (in demo.grid's grid, not demo.enterprise's) under a lifted warning is made here directly in the
/// database, so the enterprise's read is out of scope (403s). Each creating caller gets its own enterprise (930000 + role);
/// the baselines are one per pollutant, so <c>vocs</c> is deleted before each create and <c>so2</c> restored before each delete.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static readonly (string Endpoint, string Expected)[] EmergencyTable =
    [
        //                              anon Admin Sec  Aud  Lead Oper Grid Mon  Enf  Risk Ent
        ("emergency measures-list",    "401 200 403 403 200 200 200 200 200 200 200"),
        ("emergency measures-get",     "401 200 403 403 200 200 200 200 200 200 403s"),
        ("emergency measures-export",  "401 200 403 403 200 200 200 200 200 200 200"),
        ("emergency measures-create",  "401 201 403 403 403 403 403 403 201 403 403"),
        ("emergency measures-update",  "401 200 403 403 403 403 403 403 200 403 403"),
        ("emergency measures-delete",  "401 204 403 403 403 403 403 403 204 403 403"),
        ("emergency baselines-list",   "401 200 403 403 200 200 200 200 200 200 403"),
        ("emergency baselines-get",    "401 200 403 403 200 200 200 200 200 200 403"),
        ("emergency baselines-export", "401 200 403 403 200 200 200 200 200 200 403"),
        ("emergency baselines-create", "401 201 403 403 403 403 403 403 201 403 403"),
        ("emergency baselines-update", "401 200 403 403 403 403 403 403 200 403 403"),
        ("emergency baselines-delete", "401 204 403 403 403 403 403 403 204 403 403"),
        ("emergency sufficiency",      "401 200 403 403 200 200 200 200 200 200 403"),
        ("emergency tasks-list",       "401 200 403 403 200 200 200 200 200 200 200"),
        ("emergency tasks-get",        "401 200 403 403 200 200 200 200 200 200 403s"),
        ("emergency tasks-inspect",    "401 200 403 403 403 403 403 403 200 403 403"),
        ("emergency reviews-list",     "401 200 403 403 200 200 200 200 200 200 403"),
        ("emergency reviews-get",      "401 200 403 403 200 200 200 200 200 200 403"),
        ("emergency electricity-import", "401 200 403 403 403 403 403 403 200 403 200"),
        ("emergency electricity-list", "401 200 403 403 200 200 200 200 200 200 200"),
    ];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _emergency = new(StringComparer.Ordinal);

    /// <summary>demo.enterprise's own enterprise: the only one it may import electricity use for.</summary>
    private static string _emergencyOwn = "";

    private static object Measure(string creditCode, string level) => new
    {
        code = $"{creditCode}-{level}", creditCode, grade = "B", level, cutPercent = 20.0, shutdown = false, offPeak = false,
        pm = 1.0, so2 = 2.0, nox = 3.0, vocs = 0.0,
    };

    private async Task EmergencySetupAsync()
    {
        var admin = await factory.UserAsync("demo.admin");
        for (var i = 0; i < Callers.Length; i++)
        {
            await Records.CreateAsync(admin, "enterprises", Records.New("enterprises", "mx-em", 930000 + i));
        }

        await Records.CreateAsync(admin, "emergency-measures", Measure(MatrixEnterprise, "red"));
        await factory.WithDbAsync(async db =>
        {
            var warning = new PollutionWarning
            {
                Region = "changji", State = "lifted", Level = "red", ForecastIssueId = _forecast["issue"],
                IssuedAt = new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc), LiftedAt = new DateTime(2020, 1, 4, 0, 0, 0, DateTimeKind.Utc),
            };
            db.Add(warning);
            await db.SaveChangesAsync(TestApi.Ct);
            var task = new EmergencyTask
            {
                WarningId = warning.Id, CreditCode = MatrixEnterprise, Level = "red", MeasureCode = $"{MatrixEnterprise}-red", PromisedPercent = 20,
                Measures = "cut 20%", StartedAt = warning.IssuedAt.Value,
                EndedAt = warning.LiftedAt,
            };
            db.Add(task);
            await db.SaveChangesAsync(TestApi.Ct);
            _emergencyOwn = await db.Users.Where(u => u.UserName == "demo.enterprise").Select(u => u.EnterpriseCode!).SingleAsync(TestApi.Ct);
            _emergency["warning"] = warning.Id;
            _emergency["task"] = task.Id;
            return 0;
        });
    }

    private async Task<HttpResponseMessage> EmergencySendAsync(string operation, int roleIndex, HttpClient client)
    {
        var ct = TestApi.Ct;
        var admin = await factory.UserAsync("demo.admin");
        var own = Records.CreditCode(930000 + roleIndex);
        switch (operation)
        {
            case "measures-list": return await client.GetAsync("/api/emergency-measures", ct);
            case "measures-get": return await client.GetAsync($"/api/emergency-measures/{MatrixEnterprise}-red", ct);
            case "measures-export": return await client.GetAsync("/api/emergency-measures/export?format=csv", ct);
            case "measures-create": return await client.PostAsJsonAsync("/api/emergency-measures", Measure(own, "yellow"), ct);
            case "measures-update":
            {
                var current = await admin.GetFromJsonAsync<JsonElement>($"/api/emergency-measures/{MatrixEnterprise}-red", ct);
                return await client.PutAsJsonAsync($"/api/emergency-measures/{MatrixEnterprise}-red", current, ct);
            }

            case "measures-delete":
                await Records.CreateAsync(admin, "emergency-measures", Measure(own, "orange"));
                return await client.DeleteAsync($"/api/emergency-measures/{own}-orange", ct);
            case "baselines-list": return await client.GetAsync("/api/emergency-baselines", ct);
            case "baselines-get": return await client.GetAsync("/api/emergency-baselines/pm", ct);
            case "baselines-export": return await client.GetAsync("/api/emergency-baselines/export?format=xlsx", ct);
            case "baselines-create":
                (await admin.DeleteAsync("/api/emergency-baselines/vocs", ct)).Dispose();
                return await client.PostAsJsonAsync("/api/emergency-baselines", new { pollutant = "vocs", kgPerDay = 1500.0, year = 2025, source = "matrix" }, ct);
            case "baselines-update":
            {
                var current = await admin.GetFromJsonAsync<JsonElement>("/api/emergency-baselines/pm", ct);
                return await client.PutAsJsonAsync("/api/emergency-baselines/pm", current, ct);
            }

            case "baselines-delete":
                (await admin.PostAsJsonAsync("/api/emergency-baselines", new { pollutant = "so2", kgPerDay = 2000.0, year = 2025, source = "matrix" }, ct)).Dispose();
                return await client.DeleteAsync("/api/emergency-baselines/so2", ct);
            case "sufficiency": return await client.GetAsync("/api/emergency/sufficiency", ct);
            case "tasks-list": return await client.GetAsync("/api/emergency/tasks", ct);
            case "tasks-get": return await client.GetAsync($"/api/emergency/tasks/{_emergency["task"]}", ct);
            case "tasks-inspect":
                return await client.PostAsJsonAsync($"/api/emergency/tasks/{_emergency["task"]}/inspection", new { verdict = "compliant", note = "matrix" }, ct);
            case "reviews-list": return await client.GetAsync("/api/emergency/reviews", ct);
            case "reviews-get": return await client.GetAsync($"/api/emergency/reviews/{_emergency["warning"]}", ct);
            case "electricity-import":
            {
                // Each caller its own enterprise: the matrix one (city-wide staff) or, for the enterprise account, its own.
                var code = Callers[roleIndex].Role == "Enterprise" ? _emergencyOwn : MatrixEnterprise;
                return await client.UploadAsync("/api/emergency/electricity/import", $"creditCode,meter,date,hour,kwh\n{code},,2020-01-01,{roleIndex},100\n", "use.csv");
            }

            case "electricity-list": return await client.GetAsync("/api/emergency/electricity", ct);
            default: throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }
}
