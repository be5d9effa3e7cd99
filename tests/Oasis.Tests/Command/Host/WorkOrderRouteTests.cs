using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oasis.Tests.CommandCentre.Host;

/// <summary>The state table through the routes: refused transitions are 409s that say why, data scopes are 403s, bad input 400s.</summary>
public sealed class WorkOrderRouteTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private async Task<long> CreateAsync(string grid = Records.OwnGrid, string? level = "severe")
    {
        var op = await factory.UserAsync("demo.operator");
        var response = await op.PostAsJsonAsync("/api/work-orders", new { gridCode = grid, title = "巡查露天焚烧", level, latitude = 44.02, longitude = 87.30 },
            TestApi.Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestApi.Ct)).GetProperty("id").GetInt64();
    }

    private async Task<HttpResponseMessage> ActAsync(string user, long id, string action, object? body = null) =>
        await (await factory.UserAsync(user)).PostAsJsonAsync($"/api/work-orders/{id}/{action}", body ?? new { }, TestApi.Ct);

    [Fact]
    public async Task A_severe_order_is_due_in_4_hours_and_a_manual_one_without_level_in_72()
    {
        var op = await factory.UserAsync("demo.operator");
        var severe = await op.GetFromJsonAsync<JsonElement>($"/api/work-orders/{await CreateAsync()}", TestApi.Ct);
        var manual = await op.GetFromJsonAsync<JsonElement>($"/api/work-orders/{await CreateAsync(level: null)}", TestApi.Ct);

        Assert.Equal(TimeSpan.FromHours(4), severe.GetProperty("deadline").GetDateTimeOffset() - severe.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(TimeSpan.FromHours(72), manual.GetProperty("deadline").GetDateTimeOffset() - manual.GetProperty("createdAt").GetDateTimeOffset());
        Assert.EndsWith("+08:00", severe.Str("deadline"), StringComparison.Ordinal);
        Assert.False(severe.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Out_of_order_and_wrong_role_actions_are_409s_naming_the_reason()
    {
        var id = await CreateAsync();

        var accept = await ActAsync("demo.grid", id, "accept");
        var problem = await accept.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:work-order-transition");
        // States, actions and roles are named in the reader's language, not by their codes.
        Assert.Contains("当前状态为“待派发”，不能执行“接单”", problem.Str("detail"), StringComparison.Ordinal);

        var close = await ActAsync("demo.operator", id, "close");
        var noReport = await close.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:work-order-transition");
        Assert.Contains("尚无处置报告", noReport.Str("detail"), StringComparison.Ordinal);

        (await ActAsync("demo.operator", id, "dispatch")).EnsureSuccessStatusCode();
        var operatorAccepts = await ActAsync("demo.operator", id, "accept");
        var wrongRole = await operatorAccepts.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:work-order-transition");
        Assert.Contains("只有“网格员”角色可以执行工单操作“接单”", wrongRole.Str("detail"), StringComparison.Ordinal);

        var refuseWithoutReason = await ActAsync("demo.grid", id, "refuse", new { reason = " " });
        var required = await refuseWithoutReason.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Contains(required.Errors(), e => e.Field == "reason");

        (await ActAsync("demo.grid", id, "refuse", new { reason = "不在本网格，位于相邻网格" })).EnsureSuccessStatusCode();
        var order = await (await factory.UserAsync("demo.operator")).GetFromJsonAsync<JsonElement>($"/api/work-orders/{id}", TestApi.Ct);
        Assert.Equal("pending", order.Str("state"));
        Assert.Equal("不在本网格，位于相邻网格", order.GetProperty("timeline")[2].Str("note"));
    }

    [Fact]
    public async Task A_grid_manager_neither_sees_nor_acts_on_another_grids_orders()
    {
        var other = await CreateAsync(grid: "CJ-G100");
        var grid = await factory.UserAsync("demo.grid");

        var list = await grid.GetFromJsonAsync<JsonElement[]>("/api/work-orders", TestApi.Ct);
        Assert.DoesNotContain(list!, o => o.GetProperty("id").GetInt64() == other);
        await (await grid.GetAsync($"/api/work-orders/{other}", TestApi.Ct)).ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
        await (await ActAsync("demo.grid", other, "accept")).ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
    }

    [Fact]
    public async Task Dispatching_to_a_grid_without_grid_managers_says_so_and_unknown_actions_and_grids_are_named()
    {
        var lonely = await CreateAsync(grid: "CJ-G150");
        var dispatch = await ActAsync("demo.operator", lonely, "dispatch");
        var problem = await dispatch.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:work-order-transition");
        Assert.Contains("CJ-G150", problem.Str("detail"), StringComparison.Ordinal);

        await (await ActAsync("demo.operator", lonely, "explode")).ProblemAsync(HttpStatusCode.NotFound, "urn:oasis:not-found");
        var op = await factory.UserAsync("demo.operator");
        var bad = await op.PostAsJsonAsync("/api/work-orders", new { gridCode = "NO-SUCH", title = "x" }, TestApi.Ct);
        var unknown = await bad.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Contains(unknown.Errors(), e => e.Field == "gridCode");
    }

    [Fact]
    public async Task An_old_photo_taken_far_away_is_flagged_and_a_retried_upload_is_the_same_photo()
    {
        var id = await CreateAsync();
        (await ActAsync("demo.operator", id, "dispatch")).EnsureSuccessStatusCode();
        (await ActAsync("demo.grid", id, "accept")).EnsureSuccessStatusCode();
        var grid = await factory.UserAsync("demo.grid");
        var jpeg = TestImages.Jpeg(DateTime.UtcNow.AddHours(8).AddHours(-3), 44.05, 87.30); // 3 h old, ≈ 3.3 km north

        var first = await grid.UploadAsync($"/api/work-orders/{id}/photos", jpeg, "old.jpg");
        var retry = await grid.UploadAsync($"/api/work-orders/{id}/photos", jpeg, "old.jpg");
        var notImage = await grid.UploadAsync($"/api/work-orders/{id}/photos", "not a picture"u8.ToArray(), "x.jpg");

        var photo = await first.Content.ReadFromJsonAsync<JsonElement>(TestApi.Ct);
        Assert.True(photo.GetProperty("old").GetBoolean());
        Assert.True(photo.GetProperty("far").GetBoolean());
        Assert.Equal(photo.Str("key"), (await retry.Content.ReadFromJsonAsync<JsonElement>(TestApi.Ct)).Str("key"));
        await notImage.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        var order = await grid.GetFromJsonAsync<JsonElement>($"/api/work-orders/{id}", TestApi.Ct);
        Assert.Single(order.GetProperty("photos").EnumerateArray());
    }

    [Fact]
    public async Task Statistics_count_orders_per_grid_and_grid_manager_with_response_and_handling_times_and_export_to_excel()
    {
        var id = await CreateAsync(level: "general");
        (await ActAsync("demo.operator", id, "dispatch")).EnsureSuccessStatusCode();
        (await ActAsync("demo.grid", id, "accept")).EnsureSuccessStatusCode();
        (await ActAsync("demo.grid", id, "start")).EnsureSuccessStatusCode();
        (await ActAsync("demo.grid", id, "report", new { text = "已处置" })).EnsureSuccessStatusCode();
        (await ActAsync("demo.operator", id, "close")).EnsureSuccessStatusCode();
        var leader = await factory.UserAsync("demo.leader");

        var byManager = await leader.GetFromJsonAsync<JsonElement[]>("/api/work-orders/statistics?by=manager", TestApi.Ct);
        var row = Assert.Single(byManager!, r => r.Str("key") == "demo.grid");
        Assert.True(row.GetProperty("closed").GetInt32() >= 1);
        Assert.True(row.GetProperty("responseMinutes").GetDouble() >= 0);
        Assert.Equal(1.0, row.GetProperty("onTimeRate").GetDouble());
        var byGrid = await leader.GetFromJsonAsync<JsonElement[]>("/api/work-orders/statistics?by=grid", TestApi.Ct);
        Assert.Contains(byGrid!, r => r.Str("key") == Records.OwnGrid && r.GetProperty("orders").GetInt32() >= 1);

        var xlsx = await leader.GetAsync("/api/work-orders/statistics?by=grid&format=xlsx", TestApi.Ct);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(TestApi.Ct)), useHeaderRow: true)
            .Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => (string)r["Key"] == Records.OwnGrid);
        await (await leader.GetAsync("/api/work-orders/statistics?by=planet", TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
    }
}
