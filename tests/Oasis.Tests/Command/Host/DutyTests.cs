using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Oasis.CommandCentre;
using Oasis.Platform.Scopes;

namespace Oasis.Tests.CommandCentre.Host;

/// <summary>The duty roster, the hand-over that records what is open, and the counts the overview shows.</summary>
public sealed class DutyTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task The_demonstration_roster_has_the_leader_and_the_operator_on_duty_now()
    {
        using var scope = factory.Services.CreateScope();
        var tallies = await scope.ServiceProvider.GetRequiredService<ICommandTallies>()
            .CountAsync(new DataScope(true, new HashSet<string>(), new HashSet<string>(), null), TestApi.Ct);

        Assert.Equal(["leader", "operator"], tallies.OnDuty.Select(p => p.Post).ToArray());
        Assert.Equal(["demo.leader", "demo.operator"], tallies.OnDuty.Select(p => p.UserName).ToArray());
        Assert.Equal(["general", "serious", "severe"], tallies.AlarmsByLevel.Keys.Order().ToArray());
        Assert.Equal(["accepted", "closed", "dispatched", "in_progress", "overdue", "pending", "reported"], tallies.OrdersByState.Keys.Order().ToArray());
    }

    [Fact]
    public async Task An_operator_adds_a_shift_a_duplicate_is_refused_and_a_bad_post_or_time_is_a_400()
    {
        var op = await factory.UserAsync("demo.operator");
        var shift = new { day = "2027-01-05", shift = "白班", post = "operator", userName = "demo.operator",
            from = "2027-01-05T08:00:00+08:00", until = "2027-01-05T20:00:00+08:00" };

        var created = await op.PostAsJsonAsync("/api/duty", shift, TestApi.Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dto = await created.Content.ReadFromJsonAsync<JsonElement>(TestApi.Ct);
        Assert.Equal("2027-01-05T08:00:00+08:00", dto.Str("from"));
        await (await op.PostAsJsonAsync("/api/duty", shift, TestApi.Ct)).ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:duplicate-code");

        var bad = await op.PostAsJsonAsync("/api/duty", shift with { post = "janitor", until = "2027-01-05T07:00:00+08:00" }, TestApi.Ct);
        var problem = await bad.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal(["post", "until"], problem.Errors().Select(e => e.Field).Order().ToArray());

        var week = await op.GetFromJsonAsync<JsonElement[]>("/api/duty?from=2027-01-05&to=2027-01-05", TestApi.Ct);
        Assert.Contains(week!, s => s.Str("userName") == "demo.operator" && s.Str("shift") == "白班" && s.Str("post") == "operator");
        var grid = await factory.UserAsync("demo.grid");
        Assert.Equal(HttpStatusCode.Forbidden, (await grid.PostAsJsonAsync("/api/duty", shift, TestApi.Ct)).StatusCode);
    }

    [Fact]
    public async Task A_hand_over_records_the_open_alarms_and_overdue_orders_of_that_moment()
    {
        var op = await factory.UserAsync("demo.operator");
        var response = await op.PostAsJsonAsync("/api/duty/handovers", new { to = "demo.operator", note = "夜班无异常，CJ-G001 扬尘工单待反馈" }, TestApi.Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var handOver = await response.Content.ReadFromJsonAsync<JsonElement>(TestApi.Ct);
        Assert.Equal("demo.operator", handOver.Str("by"));
        Assert.Equal(JsonValueKind.Array, handOver.GetProperty("openAlarms").ValueKind);
        Assert.Equal(JsonValueKind.Array, handOver.GetProperty("overdueOrders").ValueKind);
        var history = await op.GetFromJsonAsync<JsonElement[]>("/api/duty/handovers", TestApi.Ct);
        Assert.Contains(history!, h => h.Str("note") == "夜班无异常，CJ-G001 扬尘工单待反馈");
    }
}
