using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oasis.Tests;

/// <summary>
/// The own/other scope-node half of the authorisation matrix: a grid manager holds one grid, an
/// enterprise user one enterprise, a town-scoped user the grids of one town.
/// </summary>
public sealed class DataScopeTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Theory]
    [InlineData(Records.OwnGrid, HttpStatusCode.OK)]
    [InlineData(Records.OtherGrid, HttpStatusCode.Forbidden)]
    public async Task Grid_manager_reads_and_edits_only_its_own_grid(string grid, HttpStatusCode expected)
    {
        var admin = await factory.UserAsync("demo.admin");
        var manager = await factory.UserAsync("demo.grid");
        var current = await admin.GetFromJsonAsync<JsonElement>($"/api/grids/{grid}", TestApi.Ct);

        var get = await manager.GetAsync($"/api/grids/{grid}", TestApi.Ct);
        var put = await manager.PutAsJsonAsync($"/api/grids/{grid}", current, TestApi.Ct);

        Assert.Equal(expected, get.StatusCode);
        Assert.Equal(expected, put.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            await get.ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
            await put.ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
        }
        else
        {
            Assert.Equal(grid, (await get.ReadAsync<JsonElement>()).Str("code"));
        }
    }

    [Fact]
    public async Task Grid_manager_cannot_move_its_grid_to_another_town()
    {
        var admin = await factory.UserAsync("demo.admin");
        var manager = await factory.UserAsync("demo.grid");
        var current = await admin.GetFromJsonAsync<JsonElement>($"/api/grids/{Records.OwnGrid}", TestApi.Ct);
        var town = current.Str("town");
        var otherTown = town == "CJ-T09" ? "CJ-T10" : "CJ-T09";
        var moved = System.Text.Json.Nodes.JsonNode.Parse(current.GetRawText())!.AsObject();
        moved["town"] = otherTown;

        var put = await manager.PutAsJsonAsync($"/api/grids/{Records.OwnGrid}", moved, TestApi.Ct);

        await put.ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
        Assert.Equal(town, (await admin.GetFromJsonAsync<JsonElement>($"/api/grids/{Records.OwnGrid}", TestApi.Ct)).Str("town"));
    }

    [Fact]
    public async Task Grid_manager_lists_only_its_own_grid()
    {
        var grids = await (await factory.UserAsync("demo.grid")).ListAsync("/api/grids");
        Assert.Equal([Records.OwnGrid], grids.Select(g => g.Str("code")));
        var geo = await (await factory.UserAsync("demo.grid")).GetFromJsonAsync<JsonElement>("/api/grids?format=geojson", TestApi.Ct);
        Assert.Equal([Records.OwnGrid], geo.GetProperty("features").EnumerateArray().Select(f => f.Str("id")));
    }

    [Fact]
    public async Task Grid_manager_lists_only_the_stations_of_its_grid()
    {
        var admin = await factory.UserAsync("demo.admin");
        await Records.OnceAsync(factory, "own-station", () => Records.CreateAsync(admin, "stations", Records.New("stations", "SC-OWN")));
        var all = await admin.ListAsync("/api/stations");
        var expected = all.Where(s => s.GetProperty("gridCode").GetString() == Records.OwnGrid).Select(s => s.Str("code")).ToList();

        var seen = await (await factory.UserAsync("demo.grid")).ListAsync("/api/stations");

        Assert.Contains("SC-OWN", expected);
        Assert.True(all.Length > expected.Count);
        Assert.Equal(expected, seen.Select(s => s.Str("code")));
        var other = await (await factory.UserAsync("demo.grid")).GetAsync("/api/stations/CJ-M001", TestApi.Ct);
        await other.ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
    }

    [Fact]
    public async Task Enterprise_user_sees_exactly_its_own_enterprise()
    {
        var enterprise = await factory.UserAsync("demo.enterprise");
        var own = (await (await factory.UserAsync("demo.security")).GetFromJsonAsync<JsonElement>("/api/users/demo.enterprise", TestApi.Ct))
            .Str("enterpriseCode");
        var all = await (await factory.UserAsync("demo.admin")).ListAsync("/api/enterprises");
        var other = all.Select(e => e.Str("creditCode")).First(c => c != own);

        var list = await enterprise.ListAsync("/api/enterprises");
        var mine = await enterprise.GetAsync($"/api/enterprises/{own}", TestApi.Ct);
        var theirs = await enterprise.GetAsync($"/api/enterprises/{other}", TestApi.Ct);

        Assert.Equal([own], list.Select(e => e.Str("creditCode")));
        Assert.Equal(own, (await mine.ReadAsync<JsonElement>()).Str("creditCode"));
        await theirs.ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
        var export = await enterprise.TextAsync("/api/enterprises/export?format=csv");
        Assert.Equal(2, export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Enterprise_user_lists_only_its_own_devices()
    {
        var own = (await (await factory.UserAsync("demo.security")).GetFromJsonAsync<JsonElement>("/api/users/demo.enterprise", TestApi.Ct))
            .Str("enterpriseCode");
        var all = await (await factory.UserAsync("demo.admin")).ListAsync("/api/devices");
        var expected = all.Where(d => d.GetProperty("enterpriseCode").GetString() == own).Select(d => d.Str("mn")).ToList();

        var seen = await (await factory.UserAsync("demo.enterprise")).ListAsync("/api/devices");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, seen.Select(d => d.Str("mn")));
        var foreign = all.First(d => d.GetProperty("enterpriseCode").GetString() != own).Str("mn");
        var response = await (await factory.UserAsync("demo.enterprise")).GetAsync($"/api/devices/{foreign}", TestApi.Ct);
        await response.ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
    }

    [Fact]
    public async Task Town_scoped_operator_sees_exactly_the_grids_of_its_town()
    {
        const string town = "CJ-T03";
        var security = await factory.UserAsync("demo.security");
        var user = new { userName = "town.operator", displayName = "乡镇值班员", roles = new[] { "Operator" }, scopes = new[] { town }, password = "Town-Passw0rd!" };
        Assert.Equal(HttpStatusCode.Created, (await security.PostAsJsonAsync("/api/users", user, TestApi.Ct)).StatusCode);
        var expected = (await (await factory.UserAsync("demo.admin")).ListAsync($"/api/grids?town={town}")).Select(g => g.Str("code")).ToList();

        var client = await factory.LoginAsync("town.operator", "Town-Passw0rd!");
        var grids = await client.ListAsync("/api/grids");
        var towns = await client.ListAsync("/api/towns");

        Assert.Equal(13, expected.Count);
        Assert.Equal(expected, grids.Select(g => g.Str("code")));
        Assert.All(grids, g => Assert.Equal(town, g.Str("town")));
        Assert.Equal([town], towns.Select(t => t.Str("code")));
        var outside = await client.GetAsync($"/api/grids/{Records.OwnGrid}", TestApi.Ct);
        await outside.ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
    }
}
