using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Oasis.Tests.CommandCentre.Mobile;

/// <summary>
/// A phone's browser without JavaScript: a cookie login through the login form, pages read as HTML, forms posted with
/// the antiforgery token and form name the page carries, redirects seen rather than followed.
/// </summary>
internal sealed partial class PhoneClient(HttpClient http)
{
    public HttpClient Http => http;

    public static HttpClient Anonymous(OasisFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<PhoneClient> LoginAsync(OasisFactory factory, string userName, string password)
    {
        var http = Anonymous(factory);
        var response = await PostLoginAsync(http, userName, password, "/m");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/m", response.Headers.Location?.OriginalString);
        return new PhoneClient(http);
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient http, string userName, string password, string returnUrl)
    {
        var login = await http.GetStringAsync("/login", TestApi.Ct);
        return await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(login), ["username"] = userName, ["password"] = password, ["returnUrl"] = returnUrl,
        }), TestApi.Ct);
    }

    /// <summary>The page's status and its text with HTML entities decoded (the renderer escapes Chinese).</summary>
    public async Task<(HttpStatusCode Status, string Html)> PageAsync(string path)
    {
        var response = await http.GetAsync(path, TestApi.Ct);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestApi.Ct)));
    }

    /// <summary>Posts form <paramref name="formName"/> of the order page, as the phone's browser would after loading it.</summary>
    public async Task<HttpResponseMessage> PostAsync(long orderId, string formName, IDictionary<string, string>? fields = null, byte[]? photo = null)
    {
        var (_, page) = await PageAsync($"/m/orders/{orderId}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(formName), "_handler" },
            { new StringContent(Token(page)), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            content.Add(new StringContent(value), name);
        }

        if (photo is not null)
        {
            var file = new ByteArrayContent(photo);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            content.Add(file, "file", "现场.jpg");
        }

        return await http.PostAsync($"/m/orders/{orderId}", content, TestApi.Ct);
    }

    /// <summary>Posts and expects the redirect back to the order with the confirmation of <paramref name="done"/>.</summary>
    public async Task PostAndConfirmAsync(long orderId, string formName, string done, IDictionary<string, string>? fields = null, byte[]? photo = null)
    {
        var response = await PostAsync(orderId, formName, fields, photo);
        var body = await response.Content.ReadAsStringAsync(TestApi.Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{formName}: {(int)response.StatusCode} {WebUtility.HtmlDecode(body)}");
        Assert.Equal($"/m/orders/{orderId}?done={done}", response.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
    }

    public static string Token(string html) =>
        TokenInput().Match(html) is { Success: true } input && TokenValue().Match(input.Value) is { Success: true } value
            ? WebUtility.HtmlDecode(value.Groups[1].Value)
            : throw new InvalidOperationException("no antiforgery token in the page");

    /// <summary>A pending order on demo.grid's grid (made and dispatched by the operator through the API).</summary>
    public static async Task<long> DispatchedOrderAsync(OasisFactory factory, string title, double latitude = 44.02, double longitude = 87.30)
    {
        var op = await factory.UserAsync("demo.operator");
        var created = await op.PostAsJsonAsync("/api/work-orders",
            new { gridCode = Records.OwnGrid, title, level = "serious", latitude, longitude }, TestApi.Ct);
        var order = await created.ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = order.GetProperty("id").GetInt64();
        (await op.PostAsJsonAsync($"/api/work-orders/{id}/dispatch", new { }, TestApi.Ct)).EnsureSuccessStatusCode();
        return id;
    }

    public static async Task<JsonElement> OrderAsync(OasisFactory factory, long id) =>
        await (await factory.UserAsync("demo.operator")).GetFromJsonAsync<JsonElement>($"/api/work-orders/{id}", TestApi.Ct);

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*>""")]
    private static partial Regex TokenInput();

    [GeneratedRegex("""value="([^"]+)"[^>]*""")]
    private static partial Regex TokenValue();
}
