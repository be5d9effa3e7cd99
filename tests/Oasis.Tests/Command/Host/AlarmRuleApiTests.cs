using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oasis.Tests.CommandCentre.Host;

/// <summary>Alarm rules as data: the defaults a new installation starts with, validation by kind, disabling instead of deleting.</summary>
public sealed class AlarmRuleApiTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task A_new_installation_has_the_default_rules_each_valid_for_its_kind()
    {
        var client = await factory.UserAsync("demo.leader");
        var rules = await client.GetFromJsonAsync<JsonElement[]>("/api/alarm-rules", TestApi.Ct);

        // Other tests in this class add rules to the same database; the defaults are the ones not made by a test.
        Assert.Equal(
            ["DATA-MISSING", "DEVICE-FLAG", "O3-MODERATE", "PM10-MODERATE", "PM25-HEAVY", "PM25-LOCAL", "PM25-MODERATE", "PM25-RISE", "PM25-SUSTAINED"],
            rules!.Select(r => r.Str("code")!).Where(c => c != "SO2-500" && !c.StartsWith("BAD-", StringComparison.Ordinal)).ToArray());
        var local = rules!.Single(r => r.Str("code") == "PM25-LOCAL");
        Assert.Equal("neighbour-deviation", local.Str("kind"));
        Assert.Equal("micro", local.Str("stationKind"));
        Assert.True(local.GetProperty("createWorkOrder").GetBoolean());
        Assert.Equal(5, rules!.Single(r => r.Str("code") == "PM25-HEAVY").GetProperty("aqiCategory").GetInt32());
    }

    [Theory]
    [InlineData("threshold", null, null, "limit")] // neither a concentration nor a category
    [InlineData("threshold", 75.0, 4, "limit")] // both
    [InlineData("sustained", 75.0, null, "hours")]
    [InlineData("sudden-rise", null, null, "absolute")] // neither an absolute nor a relative rise
    [InlineData("bogus", 75.0, null, "kind")]
    public async Task A_rule_missing_what_its_kind_needs_is_refused_on_that_field(string kind, double? limit, int? category, string field)
    {
        var op = await factory.UserAsync("demo.operator");
        var response = await op.PostAsJsonAsync("/api/alarm-rules", new
        {
            code = "BAD-" + kind + field, name = "坏规则", kind, level = "general", pollutant = "PM2.5", enabled = true, limit, aqiCategory = category,
        }, TestApi.Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Contains(problem.Errors(), e => e.Field == field);
    }

    [Fact]
    public async Task An_operator_creates_a_rule_and_disables_it_and_a_duplicate_code_is_a_conflict()
    {
        var op = await factory.UserAsync("demo.operator");
        var rule = new
        {
            code = "SO2-500", name = "SO2 小时值超 500", kind = "threshold", level = "serious", stationKind = "national", pollutant = "SO2",
            enabled = true, createWorkOrder = false, limit = 500.0,
        };
        var created = await op.PostAsJsonAsync("/api/alarm-rules", rule, TestApi.Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var duplicate = await op.PostAsJsonAsync("/api/alarm-rules", rule, TestApi.Ct);
        await duplicate.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:duplicate-code");

        var updated = await op.PutAsJsonAsync("/api/alarm-rules/SO2-500", rule with { enabled = false }, TestApi.Ct);
        updated.EnsureSuccessStatusCode();
        var read = await op.GetFromJsonAsync<JsonElement>("/api/alarm-rules/SO2-500", TestApi.Ct);
        Assert.False(read.GetProperty("enabled").GetBoolean());
        Assert.Equal(500, read.GetProperty("limit").GetDouble());
    }
}
