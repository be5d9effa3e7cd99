using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Oasis.Data;

namespace Oasis.Tests;

/// <summary>Small helpers shared by the HTTP tests: cached logins, problem checks, file uploads.</summary>
internal static class TestApi
{
    // The login endpoint allows 60 attempts a minute per address, and every test client shares one
    // address: one login per user and factory keeps table-driven tests under that limit.
    private static readonly ConditionalWeakTable<OasisFactory, ConcurrentDictionary<string, Lazy<Task<HttpClient>>>> Clients = new();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A logged-in client of <paramref name="userName"/>, shared by the tests of one factory; null gives an anonymous one.</summary>
    public static Task<HttpClient> UserAsync(this OasisFactory factory, string? userName)
    {
        var cache = Clients.GetValue(factory, _ => new ConcurrentDictionary<string, Lazy<Task<HttpClient>>>(StringComparer.Ordinal));
        return cache.GetOrAdd(userName ?? "", name => new Lazy<Task<HttpClient>>(() =>
            name.Length == 0 ? Task.FromResult(factory.CreateClient()) : factory.ClientForAsync(name))).Value;
    }

    /// <summary>Logs in with a password and gives a fresh client holding the token (calling from <paramref name="from"/> when given).</summary>
    public static async Task<HttpClient> LoginAsync(this OasisFactory factory, string userName, string password, IPAddress? from = null)
    {
        var client = from is null ? factory.CreateClient() : factory.ClientFrom(from);
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = userName, password }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>
    /// An anonymous client whose requests arrive from <paramref name="address"/> (the test server
    /// leaves the remote address empty otherwise).
    /// </summary>
    public static HttpClient ClientFrom(this OasisFactory factory, IPAddress address) =>
        new(factory.Server.CreateHandler(http => http.Connection.RemoteIpAddress = address)) { BaseAddress = factory.Server.BaseAddress };

    /// <summary>Asserts a ProblemDetails of the given status and type and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string type)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>The <c>errors</c> of a problem as (row, field, message).</summary>
    public static List<(int? Row, string Field, string Message)> Errors(this JsonElement problem) =>
        problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").ValueKind == JsonValueKind.Number ? e.GetProperty("row").GetInt32() : (int?)null,
                e.GetProperty("field").GetString()!, e.GetProperty("message").GetString()!))
            .ToList();

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string path, byte[] file, string fileName,
        string? acceptLanguage = null)
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return await client.SendAsync(request, Ct);
    }

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string path, string csv, string fileName = "import.csv",
        string? acceptLanguage = null) =>
        client.UploadAsync(path, Encoding.UTF8.GetBytes(csv), fileName, acceptLanguage);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, JsonSerializerOptions.Web)!;
    }

    public static async Task<JsonElement[]> ListAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        return await response.ReadAsync<JsonElement[]>();
    }

    public static async Task<string> TextAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return body;
    }

    public static async Task<byte[]> BytesAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    /// <summary>Runs <paramref name="work"/> against the host's own database.</summary>
    public static async Task<T> WithDbAsync<T>(this OasisFactory factory, Func<OasisDb, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OasisDb>());
    }

    public static string Str(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}

/// <summary>Valid new records for each registry, keyed by a code the caller makes unique.</summary>
internal static class Records
{
    public const string OwnGrid = "CJ-G001";
    public const string OtherGrid = "CJ-G002";

    private static readonly ConditionalWeakTable<OasisFactory, ConcurrentDictionary<string, Lazy<Task>>> Once = new();

    /// <summary>A credit code that passes GB 32100: a fixed prefix, <paramref name="n"/> in six digits, the check character.</summary>
    public static string CreditCode(int n)
    {
        var first17 = "91652301MAT" + n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        return first17 + Standards.Identifiers.CreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>Runs <paramref name="work"/> once per factory (e.g. seeding records several tests use).</summary>
    public static Task OnceAsync(OasisFactory factory, string key, Func<Task> work) =>
        Once.GetValue(factory, _ => new ConcurrentDictionary<string, Lazy<Task>>(StringComparer.Ordinal))
            .GetOrAdd(key, _ => new Lazy<Task>(work)).Value;

    /// <summary>A valid new record of <paramref name="registry"/>; <paramref name="n"/> makes enterprise codes unique.</summary>
    public static object New(string registry, string code, int n = 0, string station = "CJ-A01") => registry switch
    {
        "organisations" => new { code, name = "测试单位 " + code, parentCode = "CJ-EEB", phone = "0994-0000000" },
        "towns" => new { code, name = "测试镇 " + code, kind = "town" },
        "grids" => new { code, name = "测试网格 " + code, town = "CJ-T01", managers = Array.Empty<string>() },
        "stations" => new
        {
            code, name = "测试点位 " + code, kind = "micro", latitude = 44.08, longitude = 87.28, gridCode = OwnGrid, evaluation = false,
            pollutants = new[] { "PM2.5", "PM10" },
        },
        "devices" => new
        {
            mn = code, systemCode = "22", protocol = "2017", realtimeIntervalSeconds = 30, minuteIntervalMinutes = 10, stationCode = station,
            factors = new[] { new { code = "a34004", unit = "µg/m³", min = 0.0, max = 1000.0 } },
        },
        "enterprises" => new
        {
            creditCode = CreditCode(n), name = "测试企业 " + code, industry = "测试", category = "industrial", address = "昌吉市",
            latitude = 44.08, longitude = 87.28, gridCode = OwnGrid,
            outlets = new[] { new { code = "DA001", name = "废气排放口", kind = "gas" } },
        },
        "water-bodies" => new { code, name = "测试河 " + code, kind = "river", basin = (string?)null },
        "water-sections" => new
        {
            code, name = "测试断面 " + code, waterBody = "SANTUN", controlLevel = "city", assessment = false, targetClass = "III",
            latitude = 44.08, longitude = 87.28, gridCode = OwnGrid,
        },
        "water-sources" => new
        {
            code, name = "测试水源地 " + code, kind = "surface", thousandTonne = false, latitude = 44.08, longitude = 87.28, gridCode = OwnGrid,
        },
        "groundwater-wells" => new { code, name = "测试井 " + code, latitude = 44.08, longitude = 87.28, gridCode = OwnGrid, depthMetres = 50.0 },
        "black-odorous-waters" => new
        {
            code, name = "测试水体 " + code, status = "remediated", latitude = 44.08, longitude = 87.28, gridCode = OwnGrid, identifiedYear = 2018,
        },
        "air-targets" => new
        {
            code, indicator = "good-ratio", year = 2030, role = "target", value = 80.0, kind = "binding", edition = "2026", dust = "deduct",
        },
        "users" => new
        {
            userName = code, displayName = "测试用户 " + code, roles = new[] { "Operator" }, scopes = new[] { "652301" }, password = "Test-Passw0rd!",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(registry), registry, null),
    };

    public static async Task CreateAsync(HttpClient admin, string registry, object record)
    {
        var response = await admin.PostAsJsonAsync("/api/" + registry, record, TestApi.Ct);
        var body = await response.Content.ReadAsStringAsync(TestApi.Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"seeding {registry}: {(int)response.StatusCode} {body}");
    }
}
