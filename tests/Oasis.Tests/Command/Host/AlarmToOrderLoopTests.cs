using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Oasis.Tests.Ingest;

namespace Oasis.Tests.CommandCentre.Host;

/// <summary>
/// The loop of issue #5 through the real host: an HJ 212 packet over TCP → alarm → work order → the grid manager's
/// report with a photo → closed, with its timeline, notifications and audit.
/// </summary>
public sealed class AlarmToOrderLoopTests(IngestFactory ingest) : IClassFixture<IngestFactory>
{
    private OasisFactory Host => ingest.Host;

    [Fact]
    public async Task A_packet_over_tcp_becomes_an_alarm_an_order_a_report_with_a_photo_and_a_closed_order()
    {
        var device = await CommandKit.StationAsync(Host, "CJ-LOOP-1", "LOOPMN000000000000000001");
        await CommandKit.SendHourAsync(Host, device, CommandKit.LastHourBeijing(), 180); // PM2.5 hour 180 → IAQI 230 under 2026: 重度 → serious+severe rules
        await CommandKit.EvaluateAsync(Host);

        var op = await Host.UserAsync("demo.operator");
        var alarms = await op.GetFromJsonAsync<JsonElement[]>("/api/alarms?state=open", TestApi.Ct);
        var mine = alarms!.Where(a => a.Str("station") == "CJ-LOOP-1").ToList();
        var moderate = Assert.Single(mine, a => a.Str("rule") == "PM25-MODERATE");
        var heavy = Assert.Single(mine, a => a.Str("rule") == "PM25-HEAVY");
        Assert.Equal("serious", moderate.Str("level"));
        Assert.Equal("raised", moderate.Str("state"));
        Assert.Equal(Records.OwnGrid, moderate.Str("grid"));
        Assert.Equal(180, moderate.GetProperty("values")[0].GetProperty("value").GetDouble());
        // The heavy-pollution rule asks for an order at once: its alarm is already being handled.
        Assert.Equal("handling", heavy.Str("state"));
        Assert.True(heavy.GetProperty("workOrderId").GetInt64() > 0);

        // A second evaluation with the same data raises nothing new.
        await CommandKit.EvaluateAsync(Host);
        var again = await op.GetFromJsonAsync<JsonElement[]>("/api/alarms?state=open", TestApi.Ct);
        Assert.Equal(mine.Count, again!.Count(a => a.Str("station") == "CJ-LOOP-1"));

        var id = moderate.GetProperty("id").GetInt64();
        (await op.PostAsync($"/api/alarms/{id}/acknowledge", null, TestApi.Ct)).EnsureSuccessStatusCode();
        var created = await op.PostAsJsonAsync("/api/work-orders", new { alarmId = id, title = "核查 PM2.5 中度污染" }, TestApi.Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var order = await created.Content.ReadFromJsonAsync<JsonElement>(TestApi.Ct);
        var orderId = order.GetProperty("id").GetInt64();
        Assert.Equal("pending", order.Str("state"));
        Assert.Equal("serious", order.Str("level"));
        Assert.Equal(180, order.GetProperty("snapshot")[0].GetProperty("value").GetDouble());
        var alarm = await op.GetFromJsonAsync<JsonElement>($"/api/alarms/{id}", TestApi.Ct);
        Assert.Equal("handling", alarm.Str("state"));
        Assert.Equal(["raised", "acknowledged", "handling"], alarm.GetProperty("history").EnumerateArray().Select(h => h.Str("to")).ToArray());

        var dispatched = await Act(op, orderId, "dispatch", new { });
        Assert.Equal(["demo.grid"], dispatched.GetProperty("assignees").EnumerateArray().Select(a => a.GetString()!).ToArray());
        var grid = await Host.UserAsync("demo.grid");
        var unread = await grid.GetFromJsonAsync<JsonElement[]>("/api/notifications?unread=true", TestApi.Ct);
        Assert.Contains(unread!, n => n.Str("link") == $"/command/orders/{orderId}" && n.Str("kind") == "work-order");

        await Act(grid, orderId, "accept", new { });
        await Act(grid, orderId, "start", new { });
        var photo = await grid.UploadAsync($"/api/work-orders/{orderId}/photos", TestImages.Jpeg(DateTime.UtcNow.AddHours(8), 44.0201, 87.3001),
            "现场.jpg");
        Assert.Equal(HttpStatusCode.Created, photo.StatusCode);
        var reported = await Act(grid, orderId, "report", new { text = "现场为道路扬尘，已通知洒水降尘。", latitude = 44.0201, longitude = 87.3001 });
        Assert.Equal("reported", reported.Str("state"));
        var closed = await Act(op, orderId, "close", new { });

        Assert.Equal("closed", closed.Str("state"));
        Assert.Equal(["create", "dispatch", "accept", "start", "report", "close"],
            closed.GetProperty("timeline").EnumerateArray().Select(s => s.Str("action")).ToArray());
        Assert.Equal(["demo.operator", "demo.operator", "demo.grid", "demo.grid", "demo.grid", "demo.operator"],
            closed.GetProperty("timeline").EnumerateArray().Select(s => s.Str("by")).ToArray());
        var saved = Assert.Single(closed.GetProperty("photos").EnumerateArray());
        Assert.True(saved.GetProperty("reported").GetBoolean());
        Assert.False(saved.GetProperty("old").GetBoolean());
        Assert.False(saved.GetProperty("far").GetBoolean());
        var thumbnail = await op.GetAsync(saved.Str("thumbnailUrl"), TestApi.Ct);
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);

        var auditor = await Host.UserAsync("demo.auditor");
        var audit = await auditor.GetFromJsonAsync<JsonElement[]>("/api/audit?entity=WorkOrderRecord&pageSize=5000", TestApi.Ct);
        var ofOrder = audit!.Where(r => r.Str("entityKey") == orderId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(ofOrder, r => r.Str("userName") == "demo.grid" && r.Str("action") == "update");
        // Created with a key the database generates: the create record holds the order's fields, not yet its number.
        Assert.Contains(audit!, r => r.Str("userName") == "demo.operator" && r.Str("action") == "create"
            && r.Str("after")!.Contains("核查 PM2.5 中度污染", StringComparison.Ordinal));
        Assert.Contains(ofOrder, r => r.Str("userName") == "demo.operator" && r.Str("action") == "update" && r.Str("after")!.Contains("\"State\":\"closed\"", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> Act(HttpClient client, long id, string action, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/work-orders/{id}/{action}", body, TestApi.Ct);
        var text = await response.Content.ReadAsStringAsync(TestApi.Ct);
        Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}
