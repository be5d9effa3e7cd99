using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Oasis.Air;
using Oasis.Standards.Air;

namespace Oasis.Tests.Air;

/// <summary><c>/public</c> is anonymous, static and cacheable, and rates the city's latest hour with the engine.</summary>
public sealed class PublicPageTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task Public_page_is_anonymous_cacheable_and_says_so_before_data_then_shows_the_city_aqi()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // The test host runs no simulator: no hour exists yet.
        var empty = await client.GetAsync("/public", TestApi.Ct);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal("public, max-age=300", empty.Headers.CacheControl?.ToString());
        Assert.True(empty.Headers.TryGetValues("Set-Cookie", out var cookies) is false, string.Join("; ", cookies ?? []));
        var html = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync(TestApi.Ct));
        Assert.Contains("尚无空气质量数据。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("_blazor", html, StringComparison.Ordinal);

        // One imported hour (the previous hour) at both national evaluation stations of the demo city.
        var hourUtc = DateTime.SpecifyKind(DateTime.UtcNow.Date.AddHours(DateTime.UtcNow.Hour - 1), DateTimeKind.Utc);
        await factory.WithDbAsync(async db =>
        {
            foreach (var (code, pm25) in new[] { ("CJ-A01", 80.0), ("CJ-A02", 100.0) })
            {
                db.AirHours.Add(new AirHour
                {
                    StationCode = code, HourUtc = hourUtc, Status = AirDataStatus.Realtime, Source = AirDataSource.Import,
                    Pm25 = pm25, Pm10 = 120, So2 = 10, No2 = 40, Co = 0.8, O3 = 60, ImportedAt = DateTime.UtcNow,
                });
            }

            return await db.SaveChangesAsync(TestApi.Ct);
        });

        var beijing = hourUtc.AddHours(8);
        var expected = AirQualityIndex.RealTime(EditionSelector.For(DateOnly.FromDateTime(beijing)),
            new RealTimeConcentrations(90, 120, 10, 40, 0.8, 60));
        html = WebUtility.HtmlDecode(await client.GetStringAsync("/public", TestApi.Ct));
        Assert.Contains($">{expected.Aqi}</div>", html, StringComparison.Ordinal);
        Assert.Contains(expected.Category!.NameZh, html, StringComparison.Ordinal);
        Assert.Contains(expected.Category.HealthAdviceZh, html, StringComparison.Ordinal);
        Assert.Contains($"{beijing:yyyy-MM-dd HH:mm}", html, StringComparison.Ordinal);
        Assert.Contains("昌吉州环境监测站", html, StringComparison.Ordinal);
        Assert.DoesNotContain("CJ-A01", html, StringComparison.Ordinal);
    }
}
