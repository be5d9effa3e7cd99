using Microsoft.AspNetCore.Localization;

namespace Oasis.Platform.Localization;

/// <summary>The language switch: stores the chosen culture in the culture cookie and goes back.</summary>
internal static class CultureEndpoints
{
    public static void MapCulture(this WebApplication app) =>
        app.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext http) =>
        {
            var chosen = Cultures.Supported.Contains(culture) ? culture : Cultures.Chinese;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
            var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
            return TypedResults.LocalRedirect(target);
        }).AllowAnonymous().ExcludeFromDescription();
}
