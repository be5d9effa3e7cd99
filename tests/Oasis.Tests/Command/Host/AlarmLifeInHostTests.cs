using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Oasis.CommandCentre;
using Oasis.CommandCentre.Alarms.Host;
using Oasis.Data;
using Oasis.Tests.Ingest;

namespace Oasis.Tests.CommandCentre.Host;

/// <summary>The alarm book in the host: what it stores survives a restart, hand-clearing holds, scopes and filters apply.</summary>
public sealed class AlarmLifeInHostTests(IngestFactory ingest) : IClassFixture<IngestFactory>
{
    private OasisFactory Host => ingest.Host;

    [Fact]
    public async Task An_alarm_cleared_by_hand_stays_cleared_while_its_condition_lasts_even_across_a_restart()
    {
        var device = await CommandKit.StationAsync(Host, "CJ-LIFE-1", "LIFEMN000000000000000001");
        await CommandKit.SendHourAsync(Host, device, CommandKit.LastHourBeijing(), 130); // IAQI 171: 中度 → PM25-MODERATE
        await CommandKit.EvaluateAsync(Host);
        var op = await Host.UserAsync("demo.operator");
        var alarm = (await op.GetFromJsonAsync<JsonElement[]>("/api/alarms?state=open", TestApi.Ct))!
            .Single(a => a.Str("station") == "CJ-LIFE-1" && a.Str("rule") == "PM25-MODERATE");
        var id = alarm.GetProperty("id").GetInt64();

        (await op.PostAsJsonAsync($"/api/alarms/{id}/clear", new { note = "现场核实为设备标定干扰" }, TestApi.Ct)).EnsureSuccessStatusCode();
        await CommandKit.EvaluateAsync(Host);
        // A second centre reads the same database, as after a restart: the suppression is stored, not only remembered.
        using (var scope = Host.Services.CreateScope())
        {
            var restarted = new AlarmCentre(Host.Services.GetRequiredService<IServiceScopeFactory>(), Host.Services.GetRequiredService<RecentStationData>(),
                Host.Services.GetRequiredService<AlarmNotices>(), TimeProvider.System, Host.Services.GetRequiredService<IOptions<CommandOptions>>(),
                Host.Services.GetRequiredService<Oasis.Platform.Errors.OasisMetrics>(), Host.Services.GetRequiredService<CommandTallyCache>(), NullLogger<AlarmCentre>.Instance);
            await restarted.EvaluateAsync(TestApi.Ct);
        }

        var after = await op.GetFromJsonAsync<JsonElement[]>("/api/alarms?state=open", TestApi.Ct);
        Assert.DoesNotContain(after!, a => a.Str("station") == "CJ-LIFE-1" && a.Str("rule") == "PM25-MODERATE");
        var cleared = await op.GetFromJsonAsync<JsonElement>($"/api/alarms/{id}", TestApi.Ct);
        Assert.Equal("cleared", cleared.Str("state"));
        var last = cleared.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("demo.operator", last.Str("by"));
        Assert.Equal("现场核实为设备标定干扰", last.Str("note"));
        using var check = Host.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<OasisDb>();
        Assert.True(await db.Alarms.Where(a => a.Id == id).Select(a => a.Suppressed).SingleAsync(TestApi.Ct));

        var again = await op.PostAsync($"/api/alarms/{id}/acknowledge", null, TestApi.Ct);
        await again.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:alarm-transition");
    }

    [Fact]
    public async Task Alarms_are_listed_within_the_callers_scope_and_by_state_and_a_bad_state_is_a_400()
    {
        var own = await CommandKit.StationAsync(Host, "CJ-LIFE-2", "LIFEMN000000000000000002");
        var other = await CommandKit.StationAsync(Host, "CJ-LIFE-3", "LIFEMN000000000000000003", grid: "CJ-G120", latitude: 43.9, longitude: 87.1);
        var hour = CommandKit.LastHourBeijing();
        await CommandKit.SendHourAsync(Host, own, hour, 130);
        await CommandKit.SendHourAsync(Host, other, hour, 130);
        await CommandKit.EvaluateAsync(Host);

        var grid = await Host.UserAsync("demo.grid");
        var seen = await grid.GetFromJsonAsync<JsonElement[]>("/api/alarms?state=raised", TestApi.Ct);
        Assert.Contains(seen!, a => a.Str("station") == "CJ-LIFE-2");
        Assert.DoesNotContain(seen!, a => a.Str("station") == "CJ-LIFE-3");
        Assert.All(seen!, a => Assert.Equal(Records.OwnGrid, a.Str("grid")));

        var leader = await Host.UserAsync("demo.leader");
        var byGrid = await leader.GetFromJsonAsync<JsonElement[]>("/api/alarms?grid=CJ-G120", TestApi.Ct);
        Assert.Contains(byGrid!, a => a.Str("station") == "CJ-LIFE-3");
        Assert.All(byGrid!, a => Assert.Equal("CJ-G120", a.Str("grid")));
        await (await leader.GetAsync("/api/alarms?state=burning", TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        // Leaders read; only operators acknowledge.
        var id = byGrid!.First().GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync($"/api/alarms/{id}/acknowledge", null, TestApi.Ct)).StatusCode);
    }

    [Fact]
    public async Task Operators_on_duty_are_told_of_a_raised_alarm_in_their_language()
    {
        var device = await CommandKit.StationAsync(Host, "CJ-LIFE-4", "LIFEMN000000000000000004");
        await CommandKit.SendHourAsync(Host, device, CommandKit.LastHourBeijing(), 130);
        await CommandKit.EvaluateAsync(Host);

        var op = await Host.UserAsync("demo.operator");
        var zh = await op.GetFromJsonAsync<JsonElement[]>("/api/notifications?unread=true&limit=500", TestApi.Ct);
        Assert.Contains(zh!, n => n.Str("kind") == "alarm" && n.Str("text")!.Contains("站点 CJ-LIFE-4 PM2.5", StringComparison.Ordinal));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications?unread=true&limit=500");
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        var en = await (await op.SendAsync(request, TestApi.Ct)).Content.ReadFromJsonAsync<JsonElement[]>(TestApi.Ct);
        Assert.Contains(en!, n => n.Str("text")!.Contains("station CJ-LIFE-4 PM2.5", StringComparison.Ordinal));

        var count = await op.GetFromJsonAsync<JsonElement>("/api/notifications/unread", TestApi.Ct);
        Assert.True(count.GetProperty("unread").GetInt32() > 0);
        (await op.PostAsync("/api/notifications/read-all", null, TestApi.Ct)).EnsureSuccessStatusCode();
        Assert.Equal(0, (await op.GetFromJsonAsync<JsonElement>("/api/notifications/unread", TestApi.Ct)).GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task The_alarm_list_pages_newest_first_after_a_given_alarm()
    {
        var device = await CommandKit.StationAsync(Host, "CJ-LIFE-9", "LIFEMN000000000000000009");
        await CommandKit.SendHourAsync(Host, device, CommandKit.LastHourBeijing(), 260); // IAQI > 300: several rules at once
        await CommandKit.EvaluateAsync(Host);
        var op = await Host.UserAsync("demo.operator");
        var all = (await op.GetFromJsonAsync<JsonElement[]>("/api/alarms?limit=5000", TestApi.Ct))!.Select(a => a.GetProperty("id").GetInt64()).ToList();
        Assert.True(all.Count >= 2);

        var pages = new List<long>();
        string url = "/api/alarms?limit=1";
        for (var i = 0; i < all.Count; i++)
        {
            var page = (await op.GetFromJsonAsync<JsonElement[]>(url, TestApi.Ct))!;
            var only = Assert.Single(page).GetProperty("id").GetInt64();
            pages.Add(only);
            url = $"/api/alarms?limit=1&before={only}";
        }

        Assert.Equal(all, pages);
        Assert.Empty((await op.GetFromJsonAsync<JsonElement[]>(url, TestApi.Ct))!);
        await (await op.GetAsync("/api/alarms?before=99999999", TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
    }
}
