using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oasis.Tests;

/// <summary>
/// The air evaluation in the matrix: figures, views, dust periods, reports, review marks, export and the import jobs.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static readonly (string Endpoint, string Expected)[] AirTable =
    [
        //                              anon Admin Sec  Aud  Lead Oper Grid Mon  Enf  Risk Ent
        ("air daily",                  "401 200 403 403 200 200 200 200 200 200 403"),
        ("air period",                 "401 200 403 403 200 200 200 200 200 200 403"),
        ("air ranking",                "401 200 403 403 200 200 200 200 200 200 403"),
        ("air trend",                  "401 200 403 403 200 200 200 200 200 200 403"),
        ("air comparison",             "401 200 403 403 200 200 200 200 200 200 403"),
        ("air composition",            "401 200 403 403 200 200 200 200 200 200 403"),
        ("air rose",                   "401 200 403 403 200 200 200 200 200 200 403"),
        ("air rose-city",              "401 200 403 403 200 200 200 200 200 200 403"),
        ("air progress",               "401 200 403 403 200 200 200 200 200 200 403"),
        ("air dust-list",              "401 200 403 403 200 200 200 200 200 200 403"),
        ("air dust-propose",           "401 201 403 403 403 403 403 201 403 403 403"),
        ("air dust-approve",           "401 403 403 403 200 403 403 403 403 403 403"),
        ("air dust-reject",            "401 403 403 403 200 403 403 403 403 403 403"),
        ("air dust-confirm",           "401 200 403 403 403 403 403 200 403 403 403"),
        ("air reports-create",         "401 201 403 403 201 201 201 201 201 201 403"),
        ("air reports-list",           "401 200 403 403 200 200 200 200 200 200 403"),
        ("air reports-file",           "401 200 403 403 200 200 200 200 200 200 403"),
        ("air reviews-list",           "401 200 403 403 200 200 200 200 200 200 403"),
        ("air reviews-create",         "401 201 403 403 403 403 403 201 403 403 403"),
        ("air reviews-withdraw",       "401 200 403 403 403 403 403 200 403 403 403"),
        ("air export-hourly",          "401 200 403 403 200 200 200 200 200 200 403"),
        ("air export-daily",           "401 200 403 403 200 200 200 200 200 200 403"),
        ("air imports-start",          "401 202 403 403 403 403 403 202 403 403 403"),
        ("air imports-get",            "401 200 403 403 403 403 403 200 403 403 403"),
    ];

    private async Task<HttpResponseMessage> AirSendAsync(string operation, int roleIndex, HttpClient client)
    {
        var ct = TestApi.Ct;
        switch (operation)
        {
            case "daily":
                return await client.GetAsync($"/api/air/daily?station={MatrixStation}&from=2026-11-01&to=2026-11-30", ct);
            case "ranking":
                return await client.GetAsync("/api/air/ranking?by=towns&from=2026-11-01&to=2026-11-30", ct);
            case "trend":
                return await client.GetAsync($"/api/air/trend?stations=city,{MatrixStation}&pollutant=pm25&from=2026-11-01&to=2026-11-30", ct);
            case "comparison":
                return await client.GetAsync($"/api/air/comparison?stations={MatrixStation}&from=2026-11-01&to=2026-11-30", ct);
            case "composition":
                return await client.GetAsync($"/api/air/composition?station={MatrixStation}&from=2026-11-01&to=2026-11-30", ct);
            case "rose":
                return await client.GetAsync($"/api/air/rose?station={MatrixStation}&from=2026-11-01&to=2026-11-30", ct);
            case "rose-city":
                return await client.GetAsync("/api/air/rose?station=city&from=2026-11-01&to=2026-11-30", ct);
            case "period":
                return await client.GetAsync($"/api/air/period?station={MatrixStation}&from=2026-11-01&to=2026-11-30", ct);
            case "progress":
                return await client.GetAsync("/api/air/targets/progress?year=2025", ct);
            case "dust-list":
                return await client.GetAsync("/api/air/dust-periods?from=2026-11-01&to=2026-11-30", ct);
            case "dust-propose":
                return await client.PostAsJsonAsync("/api/air/dust-periods", DustProposal(roleIndex), ct);
            case "dust-approve" or "dust-reject":
            {
                // A fresh proposal per caller: a decision moves it out of `proposed`.
                var monitor = await factory.UserAsync("demo.monitor");
                var created = await (await monitor.PostAsJsonAsync("/api/air/dust-periods", DustProposal(roleIndex + 20), ct)).Content.ReadFromJsonAsync<JsonElement>(ct);
                var verb = operation == "dust-approve" ? "approve" : "reject";
                return await client.PostAsync($"/api/air/dust-periods/{created.GetProperty("id").GetInt32()}/{verb}", null, ct);
            }

            case "reports-create":
                return await client.PostAsJsonAsync("/api/air/reports", new { kind = "daily", date = "2026-11-01", format = "xlsx" }, ct);
            case "reports-list":
                return await client.GetAsync("/api/air/reports", ct);
            case "reports-file":
            {
                var monitor = await factory.UserAsync("demo.monitor");
                var created = await (await monitor.PostAsJsonAsync("/api/air/reports", new { kind = "daily", date = "2026-11-02", format = "xlsx" }, ct)).Content.ReadFromJsonAsync<JsonElement>(ct);
                return await client.GetAsync($"/api/air/reports/{created.GetProperty("id").GetInt32()}/file", ct);
            }

            case "reviews-list":
                return await client.GetAsync($"/api/air/reviews?station={MatrixStation}", ct);
            case "reviews-create":
                return await client.PostAsJsonAsync("/api/air/reviews", ReviewOrder(roleIndex), ct);
            case "reviews-withdraw":
            {
                var monitor = await factory.UserAsync("demo.monitor");
                var created = await (await monitor.PostAsJsonAsync("/api/air/reviews", ReviewOrder(roleIndex + 20), ct)).Content.ReadFromJsonAsync<JsonElement>(ct);
                return await client.PostAsync($"/api/air/reviews/{created.GetProperty("id").GetInt32()}/withdraw", null, ct);
            }

            case "export-hourly":
                return await client.GetAsync($"/api/air/export/hourly?station={MatrixStation}&from=2026-11-01&to=2026-11-30", ct);
            case "export-daily":
                return await client.GetAsync($"/api/air/export/daily?from=2026-11-01&to=2026-11-30&format=xlsx", ct);
            case "imports-start":
                return await client.UploadAsync("/api/air/imports", $"station,time,PM2.5,PM10,SO2,NO2,CO,O3\n{MatrixStation},2026-09-{roleIndex + 1:D2} 00:00,10,,,,,\n");
            case "imports-get":
            {
                // A caller sees only the jobs they started: start one, then read it (a refused caller reads a made-up id).
                using var started = await client.UploadAsync("/api/air/imports", $"station,time,PM2.5,PM10,SO2,NO2,CO,O3\n{MatrixStation},2026-09-{roleIndex + 15:D2} 00:00,10,,,,,\n");
                var id = started.StatusCode == HttpStatusCode.Accepted ? (await started.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid() : Guid.NewGuid();
                return await client.GetAsync($"/api/air/imports/{id}", ct);
            }

            case "dust-confirm":
                return await client.UploadAsync("/api/air/dust-periods/confirmations",
                    $"start,end,station,confirmation\n2026-10-{roleIndex + 1:D2}T00:00:00+08:00,2026-10-{roleIndex + 2:D2}T00:00:00+08:00,{MatrixStation},MX-{roleIndex}\n");

            default:
                throw new ArgumentOutOfRangeException(nameof(operation), $"air {operation}");
        }
    }

    private static object DustProposal(int n) => new
    {
        start = $"2026-08-{n + 1:D2}T00:00:00+08:00", end = $"2026-08-{n + 1:D2}T06:00:00+08:00", station = MatrixStation, evidence = "matrix",
    };

    private static object ReviewOrder(int n) => new
    {
        station = MatrixStation, pollutant = "PM2.5", start = $"2026-07-{n + 1:D2}T00:00:00+08:00", end = $"2026-07-{n + 1:D2}T02:00:00+08:00",
        reason = "maintenance", evidence = "matrix",
    };
}
