using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Oasis.Tests.CommandCentre.Host;

namespace Oasis.Tests.CommandCentre.Mobile;

/// <summary>
/// The grid manager's phone pages (issue #5) through the real host: static forms posted with a cookie login and the
/// page's antiforgery token, each action checked through the API; refusals shown in Chinese on the page.
/// </summary>
public sealed class GridManagerPhonePageTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task Grid_manager_accepts_starts_adds_a_photo_and_reports_through_the_forms()
    {
        var id = await PhoneClient.DispatchedOrderAsync(factory, "手机端核查扬尘");
        var phone = await PhoneClient.LoginAsync(factory, "demo.grid", OasisFactory.DemoPassword);

        var (status, list) = await phone.PageAsync("/m");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("待接单", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/m/orders/{id}\"", list, StringComparison.Ordinal);
        Assert.Contains("未读通知", list, StringComparison.Ordinal);

        await phone.PostAndConfirmAsync(id, "accept", "accept");
        Assert.Equal("accepted", (await PhoneClient.OrderAsync(factory, id)).Str("state"));
        var (_, accepted) = await phone.PageAsync($"/m/orders/{id}?done=accept");
        Assert.Contains("已接单。", accepted, StringComparison.Ordinal);

        await phone.PostAndConfirmAsync(id, "start", "start");
        Assert.Equal("in_progress", (await PhoneClient.OrderAsync(factory, id)).Str("state"));

        var photo = TestImages.Jpeg(DateTime.UtcNow.AddHours(8).AddMinutes(-5), 44.0201, 87.3001);
        var here = new Dictionary<string, string> { ["latitude"] = "44.0202", ["longitude"] = "87.3002" };
        await phone.PostAndConfirmAsync(id, "photo", "photo", here, photo);
        // A retried upload of the same photo (its answer lost on the way) is the same photo, not a second one.
        await phone.PostAndConfirmAsync(id, "photo", "photo", here, photo);

        await phone.PostAndConfirmAsync(id, "report", "report",
            new Dictionary<string, string> { ["text"] = "现场为道路扬尘，已通知洒水降尘。", ["latitude"] = "44.0202", ["longitude"] = "87.3002" });

        var order = await PhoneClient.OrderAsync(factory, id);
        Assert.Equal("reported", order.Str("state"));
        Assert.Equal("现场为道路扬尘，已通知洒水降尘。", order.Str("reportText"));
        Assert.Equal(["create", "dispatch", "accept", "start", "report"], order.GetProperty("timeline").EnumerateArray().Select(s => s.Str("action")).ToArray());
        var saved = Assert.Single(order.GetProperty("photos").EnumerateArray());
        Assert.True(saved.GetProperty("reported").GetBoolean());
        Assert.False(saved.GetProperty("old").GetBoolean());
        Assert.False(saved.GetProperty("far").GetBoolean());
        Assert.Equal(44.0201, saved.GetProperty("takenLatitude").GetDouble(), 4);

        var (_, page) = await phone.PageAsync($"/m/orders/{id}");
        Assert.Contains("data-testid=\"m-state\">已反馈<", page, StringComparison.Ordinal);
        Assert.Contains($"/api/work-orders/{id}/photos/{saved.Str("key")}/thumbnail", page, StringComparison.Ordinal);
        Assert.Contains("data-keep-clear", page, StringComparison.Ordinal);
        var thumbnail = await phone.Http.GetAsync($"/api/work-orders/{id}/photos/{saved.Str("key")}/thumbnail", TestApi.Ct);
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_notification_list_shows_the_dispatch_in_chinese_linking_to_the_order_and_marks_all_read_by_a_form()
    {
        var id = await PhoneClient.DispatchedOrderAsync(factory, "手机端通知列表");
        var phone = await PhoneClient.LoginAsync(factory, "demo.grid", OasisFactory.DemoPassword);

        var (status, page) = await phone.PageAsync("/m/notifications");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("我的通知", page, StringComparison.Ordinal);
        Assert.Contains($"已派发给您：手机端通知列表", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/m/orders/{id}\"", page, StringComparison.Ordinal);
        Assert.Contains("data-read=\"false\"", page, StringComparison.Ordinal);

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "read-all", ["__RequestVerificationToken"] = PhoneClient.Token(page),
        });
        var posted = await phone.Http.PostAsync("/m/notifications", content, TestApi.Ct);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var (_, after) = await phone.PageAsync("/m/notifications");
        Assert.DoesNotContain("data-read=\"false\"", after, StringComparison.Ordinal);
        Assert.Contains("data-read=\"true\"", after, StringComparison.Ordinal);
        var unread = await phone.Http.GetFromJsonAsync<JsonElement>("/api/notifications/unread", TestApi.Ct);
        Assert.Equal(0, unread.GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task The_list_groups_my_orders_by_state_and_highlights_an_overdue_one_with_its_Beijing_deadline()
    {
        var late = await PhoneClient.DispatchedOrderAsync(factory, "手机端超期工单");
        var deadline = new DateTime(2026, 1, 5, 2, 30, 0, DateTimeKind.Utc); // 10:30 in Beijing
        await factory.WithDbAsync(async db =>
        {
            var order = await db.WorkOrders.FindAsync([late], TestApi.Ct);
            order!.Deadline = deadline;
            return await db.SaveChangesAsync(TestApi.Ct);
        });
        var phone = await PhoneClient.LoginAsync(factory, "demo.grid", OasisFactory.DemoPassword);

        var (_, list) = await phone.PageAsync("/m");
        var card = System.Text.RegularExpressions.Regex.Match(list, $"<a class=\"m-card ([^\"]*)\" href=\"/m/orders/{late}\"[\\s\\S]*?</a>");
        Assert.True(card.Success, list);
        Assert.Contains("m-overdue", card.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("已超期", card.Value, StringComparison.Ordinal);
        Assert.Contains("截止 01-05 10:30", card.Value, StringComparison.Ordinal);
        var dispatched = list.IndexOf("data-testid=\"m-group-dispatched\"", StringComparison.Ordinal);
        Assert.True(dispatched >= 0 && dispatched < card.Index, "the order is listed under 待接单");

        // zh-CN first; the language switch gives the same page in English.
        (await phone.Http.GetAsync("/culture/en-US?returnUrl=%2Fm", TestApi.Ct)).Dispose();
        var (_, english) = await phone.PageAsync("/m");
        Assert.Contains("My work orders", english, StringComparison.Ordinal);
        Assert.Contains(">Overdue<", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_old_photo_taken_far_from_the_place_is_flagged_on_the_page()
    {
        var id = await PhoneClient.DispatchedOrderAsync(factory, "手机端旧照片");
        var phone = await PhoneClient.LoginAsync(factory, "demo.grid", OasisFactory.DemoPassword);
        await phone.PostAndConfirmAsync(id, "accept", "accept");

        // Three hours old, and about 2 km north of the order's place.
        await phone.PostAndConfirmAsync(id, "photo", "photo", null, TestImages.Jpeg(DateTime.UtcNow.AddHours(8).AddHours(-3), 44.038, 87.30));

        var (_, page) = await phone.PageAsync($"/m/orders/{id}");
        Assert.Contains("data-testid=\"m-photo-old\">旧照片<", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"m-photo-far\">距离过远<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_transition_is_shown_in_Chinese_on_the_page_and_changes_nothing()
    {
        var id = await PhoneClient.DispatchedOrderAsync(factory, "手机端错误操作");
        var phone = await PhoneClient.LoginAsync(factory, "demo.grid", OasisFactory.DemoPassword);

        // Starting before accepting: the order says why, in the grid manager's words.
        var response = await phone.PostAsync(id, "start");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestApi.Ct));
        Assert.Contains($"操作未完成：工单 {id} 当前状态为“已派发”，不能执行“开始处置”。", page, StringComparison.Ordinal);
        Assert.Equal("dispatched", (await PhoneClient.OrderAsync(factory, id)).Str("state"));

        // A refusal without a reason names the field; the page still offers the forms of the state.
        var blank = await phone.PostAsync(id, "refuse", new Dictionary<string, string> { ["reason"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        var blankPage = WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync(TestApi.Ct));
        Assert.Contains("退回原因：必填。", blankPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"m-accept\"", blankPage, StringComparison.Ordinal);

        // Accepting twice (a retry after a lost answer) is refused as such, not as a missing form.
        await phone.PostAndConfirmAsync(id, "accept", "accept");
        var twice = await phone.PostAsync(id, "accept");
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("当前状态为“已接单”，不能执行“接单”", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync(TestApi.Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grid_manager_of_another_grid_is_refused()
    {
        var id = await PhoneClient.DispatchedOrderAsync(factory, "手机端他人网格");
        var security = await factory.UserAsync("demo.security");
        (await security.PostAsJsonAsync("/api/users", new
        {
            userName = "phone.other", displayName = "其他网格员", roles = new[] { "GridManager" }, scopes = new[] { Records.OtherGrid },
            password = "Test-Passw0rd!",
        }, TestApi.Ct)).EnsureSuccessStatusCode();
        var other = await PhoneClient.LoginAsync(factory, "phone.other", "Test-Passw0rd!");

        var (status, page) = await other.PageAsync($"/m/orders/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("工单不存在，或不在您负责的网格内。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("手机端他人网格", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/m/orders/{id}\"", (await other.PageAsync("/m")).Html, StringComparison.Ordinal);

        var accept = await other.PostAsync(id, "accept");
        Assert.Equal(HttpStatusCode.Forbidden, accept.StatusCode);
        Assert.Equal("dispatched", (await PhoneClient.OrderAsync(factory, id)).Str("state"));
    }

    [Fact]
    public async Task An_unauthenticated_phone_is_sent_to_login_and_back_and_other_roles_are_denied()
    {
        var anonymous = PhoneClient.Anonymous(factory);
        var response = await anonymous.GetAsync("/m/orders/1", TestApi.Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("/login?ReturnUrl=%2Fm%2Forders%2F1", location, StringComparison.Ordinal);

        var back = await PhoneClient.PostLoginAsync(anonymous, "demo.grid", OasisFactory.DemoPassword, "/m/orders/1");
        Assert.Equal("/m/orders/1", back.Headers.Location?.OriginalString);

        var operatorPhone = PhoneClient.Anonymous(factory);
        await PhoneClient.PostLoginAsync(operatorPhone, "demo.operator", OasisFactory.DemoPassword, "/m");
        var denied = await operatorPhone.GetAsync("/m", TestApi.Ct);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
