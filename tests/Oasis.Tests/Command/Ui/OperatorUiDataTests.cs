using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Oasis.CommandCentre.WorkOrders.Host;
using Oasis.Components.Pages.Command;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Tests.CommandCentre.Host;
using Oasis.Tests.Ingest;

namespace Oasis.Tests.CommandCentre.Ui;

/// <summary>
/// The operator pages act through the host's services, not the HTTP API: what they do must read back through the API
/// exactly as if the API had done it (an order from an alarm, a hand-over).
/// </summary>
public sealed class OperatorUiDataTests(IngestFactory ingest) : IClassFixture<IngestFactory>
{
    private OasisFactory Host => ingest.Host;

    private static readonly DataScope City = new(true, new HashSet<string>(), new HashSet<string>(), null);

    private static ClaimsPrincipal Operator => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "demo.operator"), new Claim(ClaimTypes.Role, Roles.Operator)], "test"));

    [Fact]
    public async Task An_order_created_from_an_alarm_on_the_page_puts_the_alarm_in_handling_and_carries_its_values()
    {
        var device = await CommandKit.StationAsync(Host, "CJ-UI-1", "UIMN00000000000000000001");
        await CommandKit.SendHourAsync(Host, device, CommandKit.LastHourBeijing(), 180);
        await CommandKit.EvaluateAsync(Host);
        var op = await Host.UserAsync("demo.operator");
        var alarms = await op.GetFromJsonAsync<JsonElement[]>("/api/alarms?state=open", TestApi.Ct);
        var alarm = Assert.Single(alarms!, a => a.Str("station") == "CJ-UI-1" && a.Str("rule") == "PM25-MODERATE");
        var alarmId = alarm.GetProperty("id").GetInt64();

        var request = new CreateWorkOrderRequest(null, "核查 CJ-UI-1", null, null, alarmId, null, null);
        var orderId = await RunAsync((sp, db) => OrderData.CreateAsync(sp, db, City, Operator, request, TestApi.Ct));

        var after = await op.GetFromJsonAsync<JsonElement>($"/api/alarms/{alarmId}", TestApi.Ct);
        Assert.Equal("handling", after.Str("state"));
        Assert.Equal(orderId, after.GetProperty("workOrderId").GetInt64());
        var order = await op.GetFromJsonAsync<JsonElement>($"/api/work-orders/{orderId}", TestApi.Ct);
        Assert.Equal("pending", order.Str("state"));
        Assert.Equal("serious", order.Str("level"));
        Assert.Equal(Records.OwnGrid, order.Str("gridCode"));
        Assert.Equal(180, order.GetProperty("snapshot")[0].GetProperty("value").GetDouble());

        var again = await Assert.ThrowsAsync<OasisProblemException>(() =>
            RunAsync((sp, db) => OrderData.CreateAsync(sp, db, City, Operator, request, TestApi.Ct)));
        Assert.Equal("Command.WorkOrder.AlarmHasOrder", again.DetailKey);
    }

    [Fact]
    public async Task A_hand_over_written_on_the_page_reads_back_through_the_api_with_the_open_alarms_it_recorded()
    {
        var device = await CommandKit.StationAsync(Host, "CJ-UI-2", "UIMN00000000000000000002");
        await CommandKit.SendHourAsync(Host, device, CommandKit.LastHourBeijing(), 180);
        await CommandKit.EvaluateAsync(Host);
        var now = DateTime.UtcNow;
        var (open, _) = await RunAsync((_, db) => DutyData.OutstandingAsync(db, now, TestApi.Ct));
        Assert.Contains(open, a => a.StationCode == "CJ-UI-2");

        await RunAsync(async (_, db) =>
        {
            await DutyData.HandOverAsync(db, "demo.operator", "demo.leader", "交班测试", now, TestApi.Ct);
            return 0;
        });

        var op = await Host.UserAsync("demo.operator");
        var handOvers = await op.GetFromJsonAsync<JsonElement[]>("/api/duty/handovers", TestApi.Ct);
        var mine = Assert.Single(handOvers!, h => h.Str("note") == "交班测试");
        Assert.Equal("demo.leader", mine.Str("to"));
        var recorded = mine.GetProperty("openAlarms").EnumerateArray().Where(a => a.Str("stationCode") == "CJ-UI-2").ToList();
        Assert.Equal(open.Count(a => a.StationCode == "CJ-UI-2"), recorded.Count);
        Assert.All(recorded, a => Assert.True(a.GetProperty("id").GetInt64() > 0));
    }

    private async Task<T> RunAsync<T>(Func<IServiceProvider, OasisDb, Task<T>> work)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<OasisDb>());
    }
}
