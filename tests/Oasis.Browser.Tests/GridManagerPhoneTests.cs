using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Oasis.Browser.Tests;

/// <summary>
/// The grid manager on a phone-sized touch screen: the static pages of /m take him from the login through accept,
/// start, a photo from the camera input and the report, and a report typed before a reload is not lost.
/// </summary>
public sealed class GridManagerPhoneTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Grid_manager_on_a_phone_accepts_starts_uploads_a_photo_and_reports()
    {
        var id = await DispatchedOrderAsync();
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Host.BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Permissions = ["geolocation"],
            Geolocation = new Geolocation { Latitude = 44.0201f, Longitude = 87.3001f },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);

        // Not logged in: the order's link goes through the login and back to the order.
        await page.GotoAsync($"/m/orders/{id}");
        await page.GetByTestId("username").FillAsync("demo.grid");
        await page.GetByTestId("password").FillAsync(fixture.Host.DemoPasswords["demo.grid"]);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/m/orders/{id}", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("m-state")).ToHaveTextAsync("已派发");

        await page.GetByTestId("m-accept").TapAsync();
        await Assertions.Expect(page.GetByTestId("m-done")).ToHaveTextAsync("已接单。");
        await page.GetByTestId("m-start").TapAsync();
        await Assertions.Expect(page.GetByTestId("m-state")).ToHaveTextAsync("处置中");

        // A photo as the camera gives it: a JPEG drawn by the page's canvas (it carries no EXIF time, so it is flagged old).
        var jpeg = await page.EvaluateAsync<string>("""
            () => { const c = document.createElement('canvas'); c.width = 320; c.height = 240; const g = c.getContext('2d');
                    g.fillStyle = '#5a8cc8'; g.fillRect(0, 0, 320, 240); g.fillStyle = 'orange'; g.fillRect(80, 60, 160, 120);
                    return c.toDataURL('image/jpeg', 0.85).split(',')[1]; }
            """);
        await page.GetByTestId("m-photo-file").First.SetInputFilesAsync(new FilePayload
        {
            Name = "现场.jpg", MimeType = "image/jpeg", Buffer = Convert.FromBase64String(jpeg),
        });
        await page.GetByTestId("m-upload").First.TapAsync();
        await Assertions.Expect(page.GetByTestId("m-done")).ToHaveTextAsync("照片已上传。");
        await Assertions.Expect(page.GetByTestId("m-photo")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("m-photo-old")).ToHaveTextAsync("旧照片");

        // The report is kept on the phone while it is typed: a reload (or a lost connection) does not lose it.
        const string text = "现场为道路扬尘，已通知洒水降尘。";
        await page.GetByTestId("m-report-text").FillAsync(text);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("m-report-text")).ToHaveValueAsync(text);
        await Assertions.Expect(page.GetByText("已恢复本机保存的未提交内容。")).ToBeVisibleAsync();

        await page.GetByTestId("m-report").TapAsync();
        await Assertions.Expect(page.GetByTestId("m-state")).ToHaveTextAsync("已反馈");
        await Assertions.Expect(page.GetByTestId("m-done")).ToHaveTextAsync("处置反馈已提交。");
        // The kept copy is removed by the page's deferred script, which may run just after the text above is on the page.
        await page.WaitForFunctionAsync("key => localStorage.getItem(key) === null", $"oasis.m.report.{id}");
        Assert.Null(await page.EvaluateAsync<string?>($"() => localStorage.getItem('oasis.m.report.{id}')"));

        await page.GetByText("我的工单").First.TapAsync();
        await Assertions.Expect(page.Locator("[data-testid=m-group-reported]").GetByTestId($"m-order-{id}")).ToBeVisibleAsync();
        await context.CloseAsync();
    }

    /// <summary>An order on demo.grid's grid CJ-G001, created and dispatched by the operator through the API.</summary>
    private async Task<long> DispatchedOrderAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await fixture.ApiClientAsync("demo.operator", fixture.Host.DemoPasswords["demo.operator"]);
        var created = await http.PostAsJsonAsync("/api/work-orders",
            new { gridCode = "CJ-G001", title = "手机端浏览器测试：核查道路扬尘", level = "serious", latitude = 44.02, longitude = 87.30 }, ct);
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt64();
        (await http.PostAsJsonAsync($"/api/work-orders/{id}/dispatch", new { }, ct)).EnsureSuccessStatusCode();
        return id;
    }
}
