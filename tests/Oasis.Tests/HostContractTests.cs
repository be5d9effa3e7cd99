using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oasis.Tests;

/// <summary>The host contract of CONTRACTS.md: anonymous health and OpenAPI, 401 ProblemDetails, login.</summary>
public sealed class HostContractTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task Health_is_anonymous_and_checks_the_database()
    {
        var response = await factory.CreateClient().GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Openapi_document_and_reference_page_are_anonymous()
    {
        var client = factory.CreateClient();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/grids", out _));
        var page = await client.GetAsync("/api-reference", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("/api/grids")]
    [InlineData("/api/stations")]
    [InlineData("/api/users")]
    [InlineData("/api/audit")]
    [InlineData("/api/enterprises/export")]
    public async Task Anonymous_api_calls_get_401_problem_details_not_a_redirect(string path)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("urn:oasis:unauthenticated", problem.GetProperty("type").GetString());
        Assert.Equal("需要登录", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Problem_details_follow_accept_language()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var response = await client.GetAsync("/api/grids", TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Login required", problem.GetProperty("title").GetString());
        Assert.Equal("Log in first (cookie or bearer token).", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Login_returns_a_bearer_token_with_its_lifetime()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login",
            new { username = "admin", password = OasisFactory.AdminPassword }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        Assert.Equal(3600, body.GetProperty("expiresIn").GetInt32());
    }

    [Fact]
    public async Task Bad_credentials_get_401_problem_details()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login",
            new { username = "admin", password = "wrong" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("urn:oasis:bad-credentials", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Demo_city_has_167_grids_and_at_least_62_stations()
    {
        var client = await factory.ClientForAsync("demo.leader");
        var grids = await client.GetFromJsonAsync<JsonElement[]>("/api/grids", TestContext.Current.CancellationToken);
        Assert.Equal(167, grids!.Length);
        var first = grids[0];
        foreach (var field in (string[])["code", "name", "town", "managers", "stationCodes"])
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }

        var stations = await client.GetFromJsonAsync<JsonElement[]>("/api/stations", TestContext.Current.CancellationToken);
        Assert.True(stations!.Length >= 62, $"{stations.Length} stations");
        var micro = await client.GetFromJsonAsync<JsonElement[]>("/api/stations?kind=micro", TestContext.Current.CancellationToken);
        Assert.Equal(60, micro!.Length);
        Assert.True(stations.Count(s => s.GetProperty("kind").GetString() == "national" && s.GetProperty("evaluation").GetBoolean()) >= 2);
    }

    [Fact]
    public async Task Grids_as_geojson_are_a_feature_collection_of_167_polygons()
    {
        var client = await factory.ClientForAsync("demo.operator");
        var collection = await client.GetFromJsonAsync<JsonElement>("/api/grids?format=geojson", TestContext.Current.CancellationToken);
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var features = collection.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(167, features.Count);
        Assert.All(features, f => Assert.Equal("Polygon", f.GetProperty("geometry").GetProperty("type").GetString()));
        Assert.All(features, f => Assert.True(f.GetProperty("properties").TryGetProperty("stationCodes", out _)));
    }

    [Fact]
    public async Task Metrics_are_anonymous_in_prometheus_format_with_request_and_login_counters()
    {
        var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/auth/login", new { username = "admin", password = "wrong" }, TestContext.Current.CancellationToken);
        await client.GetAsync("/api/grids", TestContext.Current.CancellationToken);

        var text = await client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.Contains("oasis_logins_total", text, StringComparison.Ordinal);
        Assert.Contains("oasis_requests_refused_total", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_login_form_refuses_a_post_without_its_antiforgery_token()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsync("/account/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "admin", ["password"] = OasisFactory.AdminPassword }),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?error=expired", response.Headers.Location?.OriginalString);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("oasis.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        var response = await factory.CreateClient().GetAsync("/login", TestContext.Current.CancellationToken);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public void Account_rules_default_to_8_characters_5_failures_15_minutes_and_30_idle_minutes()
    {
        var identity = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Identity.IdentityOptions>>().Value;
        var cookie = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>()
            .Get(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);

        Assert.Equal(8, identity.Password.RequiredLength);
        Assert.Equal(5, identity.Lockout.MaxFailedAccessAttempts);
        Assert.Equal(TimeSpan.FromMinutes(15), identity.Lockout.DefaultLockoutTimeSpan);
        Assert.Equal(TimeSpan.FromMinutes(30), cookie.ExpireTimeSpan);
        Assert.True(cookie.SlidingExpiration);
    }
}
