using System.Net.Http.Json;
using System.Text.Json;
using Oasis.Tests.CommandCentre.Host;

namespace Oasis.Tests;

/// <summary>
/// The command centre's rows of the matrix. Actions that change state get their own record per caller, prepared in
/// the state the action needs, so each cell sees only the policy and the state table: a role the policy admits but the
/// order's table does not (an operator accepting, a grid manager dispatching) is a 409, not a 403.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static readonly (string Endpoint, string Expected)[] CommandTable =
    [
        //                              anon Admin Sec  Aud  Lead Oper Grid Mon  Enf  Risk Ent
        ("alarm-rules list",           "401 200 403 403 200 200 200 200 200 200 403"),
        ("alarm-rules get",            "401 200 403 403 200 200 200 200 200 200 403"),
        ("alarm-rules create",         "401 201 403 403 403 201 403 403 403 403 403"),
        ("alarm-rules update",         "401 200 403 403 403 200 403 403 403 403 403"),
        ("alarms list",                "401 200 403 403 200 200 200 200 200 200 403"),
        ("alarms get",                 "401 200 403 403 200 200 200 200 200 200 403"),
        ("alarms acknowledge",         "401 403 403 403 403 200 403 403 403 403 403"),
        ("alarms clear",               "401 403 403 403 403 200 403 403 403 403 403"),
        ("incidents list",             "401 200 403 403 200 200 200 200 200 200 403"),
        ("incidents get",              "401 404 403 403 404 404 404 404 404 404 403"), // past the policy, an unknown incident is a 404
        ("work-orders list",           "401 200 403 403 200 200 200 200 200 200 403"),
        ("work-orders get",            "401 200 403 403 200 200 200 200 200 200 403"),
        ("work-orders statistics",     "401 200 403 403 200 200 200 200 200 200 403"),
        ("work-orders create",         "401 403 403 403 403 201 403 403 403 403 403"),
        ("work-orders dispatch",       "401 403 403 403 403 200 409 403 403 403 403"),
        ("work-orders accept",         "401 403 403 403 403 409 200 403 403 403 403"),
        ("work-orders photo",          "401 403 403 403 403 409 201 403 403 403 403"),
        ("duty list",                  "401 200 403 403 200 200 200 200 200 200 403"),
        ("duty create",                "401 201 403 403 403 201 403 403 403 403 403"),
        ("duty delete",                "401 204 403 403 403 204 403 403 403 403 403"),
        ("duty handovers",             "401 200 403 403 200 200 200 200 200 200 403"),
        ("duty handover",              "401 403 403 403 403 201 403 403 403 403 403"),
        ("notifications list",         "401 200 200 200 200 200 200 200 200 200 200"),
        ("notifications unread",       "401 200 200 200 200 200 200 200 200 200 200"),
    ];

    private static readonly string[] CommandAreas = ["alarm-rules", "alarms", "incidents", "work-orders", "duty", "notifications"];

    // xUnit makes an instance per case while the set-up runs once per fixture: the records it made are kept here.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _command = new(StringComparer.Ordinal);

    private async Task CommandSetupAsync()
    {
        foreach (var (station, mn) in new[] { ("MX-ALARM-A", "MXALARMMN000000000000001"), ("MX-ALARM-C", "MXALARMMN000000000000002") })
        {
            var device = await CommandKit.StationAsync(factory, station, mn);
            await CommandKit.SendHourAsync(factory, device, CommandKit.LastHourBeijing(), 130);
        }

        await CommandKit.EvaluateAsync(factory);
        var op = await factory.UserAsync("demo.operator");
        var alarms = await op.GetFromJsonAsync<JsonElement[]>("/api/alarms?state=raised", TestApi.Ct);
        _command["ack"] = alarms!.Single(a => a.Str("station") == "MX-ALARM-A").GetProperty("id").GetInt64();
        _command["clear"] = alarms!.Single(a => a.Str("station") == "MX-ALARM-C").GetProperty("id").GetInt64();

        var grid = await factory.UserAsync("demo.grid");
        for (var i = 0; i < Callers.Length; i++)
        {
            _command[$"pending{i}"] = await NewOrderAsync(op);
            _command[$"dispatched{i}"] = await NewOrderAsync(op, "dispatch");
            _command[$"accepted{i}"] = await NewOrderAsync(op, "dispatch");
            (await grid.PostAsJsonAsync($"/api/work-orders/{_command[$"accepted{i}"]}/accept", new { }, TestApi.Ct)).EnsureSuccessStatusCode();
        }
    }

    private static async Task<long> NewOrderAsync(HttpClient op, string? then = null)
    {
        var response = await op.PostAsJsonAsync("/api/work-orders", new { gridCode = Records.OwnGrid, title = "矩阵测试工单" }, TestApi.Ct);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(TestApi.Ct)).GetProperty("id").GetInt64();
        if (then is not null)
        {
            (await op.PostAsJsonAsync($"/api/work-orders/{id}/{then}", new { }, TestApi.Ct)).EnsureSuccessStatusCode();
        }

        return id;
    }

    private async Task<HttpResponseMessage> CommandSendAsync(string area, string operation, int roleIndex, HttpClient client)
    {
        var ct = TestApi.Ct;
        var rule = new
        {
            code = $"MX-RULE-{roleIndex}", name = "矩阵规则", kind = "threshold", level = "general", pollutant = "PM2.5", enabled = true, limit = 300.0,
        };
        var shift = new
        {
            shift = $"MX{roleIndex}", post = "operator", userName = "demo.operator", from = "2027-02-01T08:00:00+08:00", until = "2027-02-01T20:00:00+08:00",
        };
        switch (area, operation)
        {
            case ("alarm-rules", "list"): return await client.GetAsync("/api/alarm-rules", ct);
            case ("alarm-rules", "get"): return await client.GetAsync("/api/alarm-rules/PM25-MODERATE", ct);
            case ("alarm-rules", "create"): return await client.PostAsJsonAsync("/api/alarm-rules", rule, ct);
            case ("alarm-rules", "update"):
            {
                var current = await (await factory.UserAsync("demo.admin")).GetFromJsonAsync<JsonElement>("/api/alarm-rules/PM25-MODERATE", ct);
                return await client.PutAsJsonAsync("/api/alarm-rules/PM25-MODERATE", current, ct);
            }

            case ("alarms", "list"): return await client.GetAsync("/api/alarms", ct);
            case ("alarms", "get"): return await client.GetAsync($"/api/alarms/{_command["ack"]}", ct);
            case ("alarms", "acknowledge"): return await client.PostAsync($"/api/alarms/{_command["ack"]}/acknowledge", null, ct);
            case ("alarms", "clear"): return await client.PostAsJsonAsync($"/api/alarms/{_command["clear"]}/clear", new { note = "矩阵" }, ct);
            case ("incidents", "list"): return await client.GetAsync("/api/incidents", ct);
            case ("incidents", "get"): return await client.GetAsync("/api/incidents/987654", ct);
            case ("work-orders", "list"): return await client.GetAsync("/api/work-orders", ct);
            case ("work-orders", "get"): return await client.GetAsync($"/api/work-orders/{_command["pending0"]}", ct);
            case ("work-orders", "statistics"): return await client.GetAsync("/api/work-orders/statistics?by=grid", ct);
            case ("work-orders", "create"):
                return await client.PostAsJsonAsync("/api/work-orders", new { gridCode = Records.OwnGrid, title = "矩阵新建" }, ct);
            case ("work-orders", "dispatch"): return await client.PostAsJsonAsync($"/api/work-orders/{_command[$"pending{roleIndex}"]}/dispatch", new { }, ct);
            case ("work-orders", "accept"): return await client.PostAsJsonAsync($"/api/work-orders/{_command[$"dispatched{roleIndex}"]}/accept", new { }, ct);
            case ("work-orders", "photo"):
                return await client.UploadAsync($"/api/work-orders/{_command[$"accepted{roleIndex}"]}/photos",
                    TestImages.Jpeg(DateTime.UtcNow.AddHours(8), 44.02, 87.30, 64 + roleIndex, 48), "p.jpg");
            case ("duty", "list"): return await client.GetAsync("/api/duty", ct);
            case ("duty", "create"): return await client.PostAsJsonAsync("/api/duty", shift, ct);
            case ("duty", "delete"):
            {
                var made = await (await factory.UserAsync("demo.admin")).PostAsJsonAsync("/api/duty", shift with { shift = $"MXD{roleIndex}" }, ct);
                var id = (await made.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt64();
                return await client.DeleteAsync($"/api/duty/{id}", ct);
            }

            case ("duty", "handovers"): return await client.GetAsync("/api/duty/handovers", ct);
            case ("duty", "handover"): return await client.PostAsJsonAsync("/api/duty/handovers", new { note = "矩阵交接" }, ct);
            case ("notifications", "list"): return await client.GetAsync("/api/notifications", ct);
            case ("notifications", "unread"): return await client.GetAsync("/api/notifications/unread", ct);
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), $"{area} {operation}");
        }
    }
}
