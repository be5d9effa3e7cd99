using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Oasis.Browser.Tests;

/// <summary>Debian's Chromium, headless, driven by Playwright; never a downloaded browser.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public HostProcess Host { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        // Playwright's expect timeout is one process-wide value (5 s by default). Set here, once, for every test class:
        // set in a test class's static constructor it applied only after that class had run, so a test's timeout
        // depended on the order the classes ran in (a weather-upload check failed after 5 s under CI's load).
        Assertions.SetDefaultExpectTimeout(60_000);
        var chromium = Environment.GetEnvironmentVariable("OASIS_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"{chromium} is missing: install Debian's Chromium (apt-get install chromium fonts-noto-cjk) or set OASIS_CHROMIUM. .ci/run does this.");
        }

        await Host.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }

    public async Task<IPage> LoggedInPageAsync(string userName, string password)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        // Generous: on CI's PostgreSQL pass the browser suite shares two cores with the host suite.
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync("/login");
        await page.GetByTestId("username").FillAsync(userName);
        await page.GetByTestId("password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>An HTTP client of the host's API logged in as <paramref name="userName"/> with a bearer token.</summary>
    public async Task<HttpClient> ApiClientAsync(string userName, string password)
    {
        var http = new HttpClient { BaseAddress = new Uri(Host.BaseUrl) };
        var ct = TestContext.Current.CancellationToken;
        var login = await http.PostAsJsonAsync("/api/auth/login", new { username = userName, password }, ct);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
