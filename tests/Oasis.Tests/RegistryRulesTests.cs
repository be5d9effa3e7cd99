using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oasis.Tests;

/// <summary>Validation and business rules of the registries and accounts, as 400/409 ProblemDetails.</summary>
public sealed class RegistryRulesTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    public static TheoryData<string, bool> CreditCodeExamples() => [.. CreditCodeTests.Examples().Select(e => (e.Code, e.Valid))];

    [Theory]
    [MemberData(nameof(CreditCodeExamples))]
    public async Task Enterprise_credit_codes_are_checked_per_gb_32100(string code, bool valid)
    {
        var admin = await factory.UserAsync("demo.admin");
        var enterprise = JsonSerializer.SerializeToNode(Records.New("enterprises", code))!.AsObject();
        enterprise["creditCode"] = code;

        var response = await admin.PostAsJsonAsync("/api/enterprises", enterprise, TestApi.Ct);

        if (valid)
        {
            Assert.Equal(code, (await response.ReadAsync<JsonElement>(HttpStatusCode.Created)).Str("creditCode"));
        }
        else
        {
            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
            var error = Assert.Single(problem.Errors());
            Assert.Equal((null, "creditCode"), (error.Row, error.Field));
            Assert.Contains(code, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Creating_an_existing_code_is_a_409_duplicate()
    {
        var admin = await factory.UserAsync("demo.admin");

        var response = await admin.PostAsJsonAsync("/api/stations", Records.New("stations", "CJ-A01"), TestApi.Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:duplicate-code");
        Assert.Equal("监测点位编码“CJ-A01”已存在。", problem.Str("detail"));
        Assert.NotEqual("测试点位 CJ-A01", (await admin.GetFromJsonAsync<JsonElement>("/api/stations/CJ-A01", TestApi.Ct)).Str("name"));
    }

    [Fact]
    public async Task A_grid_that_still_has_stations_cannot_be_deleted()
    {
        var admin = await factory.UserAsync("demo.admin");

        var response = await admin.DeleteAsync($"/api/grids/{Records.OtherGrid}", TestApi.Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:in-use");
        Assert.Contains(Records.OtherGrid, problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/grids/{Records.OtherGrid}", TestApi.Ct)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_station_kind_is_refused()
    {
        var admin = await factory.UserAsync("demo.admin");
        var station = JsonSerializer.SerializeToNode(Records.New("stations", "RR-K1"))!.AsObject();
        station["kind"] = "satellite";

        var response = await admin.PostAsJsonAsync("/api/stations", station, TestApi.Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal("kind", Assert.Single(problem.Errors()).Field);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/stations/RR-K1", TestApi.Ct)).StatusCode);
    }

    [Theory]
    [InlineData("sod.one", new[] { "Admin", "Auditor" }, null, "Sod-Passw0rd!", "roles")]
    [InlineData("sod.two", new[] { "SecurityAdmin", "Auditor" }, null, "Sod-Passw0rd!", "roles")]
    [InlineData("weak.one", new[] { "Operator" }, null, "password", "password")]
    [InlineData("weak.two", new[] { "Operator" }, null, "Sh0rt!", "password")]
    [InlineData("ent.none", new[] { "Enterprise" }, null, "Ent-Passw0rd!", "enterpriseCode")]
    [InlineData("ent.wrong", new[] { "Operator" }, "91350100M000100Y43", "Ent-Passw0rd!", "enterpriseCode")]
    public async Task Accounts_that_break_the_rules_are_refused(string userName, string[] roles, string? enterpriseCode, string password, string field)
    {
        var security = await factory.UserAsync("demo.security");
        var user = new { userName, displayName = "规则测试", roles, enterpriseCode, scopes = Array.Empty<string>(), password };

        var response = await security.PostAsJsonAsync("/api/users", user, TestApi.Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Contains(field, problem.Errors().Select(e => e.Field));
        Assert.Equal(HttpStatusCode.NotFound, (await security.GetAsync($"/api/users/{userName}", TestApi.Ct)).StatusCode);
    }

    [Fact]
    public async Task Separation_of_duties_also_holds_when_roles_are_added_later()
    {
        var security = await factory.UserAsync("demo.security");
        var user = new { userName = "sod.later", displayName = "三员", roles = new[] { "Auditor" }, scopes = Array.Empty<string>(), password = "Sod-Passw0rd!" };
        Assert.Equal(HttpStatusCode.Created, (await security.PostAsJsonAsync("/api/users", user, TestApi.Ct)).StatusCode);

        var response = await security.PutAsJsonAsync("/api/users/sod.later", user with { roles = new[] { "Auditor", "SecurityAdmin" } }, TestApi.Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal("系统管理员、安全管理员、审计管理员三种角色不能由同一账户兼任。", Assert.Single(problem.Errors()).Message);
        var stored = await security.GetFromJsonAsync<JsonElement>("/api/users/sod.later", TestApi.Ct);
        Assert.Equal(["Auditor"], stored.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Paging_returns_one_page_and_the_total_in_a_header()
    {
        var leader = await factory.UserAsync("demo.leader");
        var all = await leader.ListAsync("/api/grids");

        var response = await leader.GetAsync("/api/grids?page=2&pageSize=10", TestApi.Ct);

        var page = await response.ReadAsync<JsonElement[]>();
        Assert.Equal("167", Assert.Single(response.Headers.GetValues("X-Total-Count")));
        Assert.Equal(all.Skip(10).Take(10).Select(g => g.Str("code")), page.Select(g => g.Str("code")));
        Assert.Equal(167, all.Length);
        Assert.False((await leader.GetAsync("/api/grids", TestApi.Ct)).Headers.Contains("X-Total-Count"));
    }

    [Fact]
    public async Task Validation_problems_are_in_english_with_accept_language_en_us()
    {
        var admin = await factory.UserAsync("demo.admin");
        var station = JsonSerializer.SerializeToNode(Records.New("stations", "RR-EN1"))!.AsObject();
        station["kind"] = "satellite";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/stations") { Content = JsonContent.Create(station) };
        request.Headers.AcceptLanguage.ParseAdd("en-US");

        var problem = await (await admin.SendAsync(request, TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");

        Assert.Equal("Invalid input", problem.Str("title"));
        Assert.Equal("The input has 1 errors; fix them and try again.", problem.Str("detail"));
        Assert.StartsWith("'satellite' is not allowed", Assert.Single(problem.Errors()).Message, StringComparison.Ordinal);
    }
}
