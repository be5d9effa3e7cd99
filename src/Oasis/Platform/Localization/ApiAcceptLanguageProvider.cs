using Microsoft.AspNetCore.Localization;

namespace Oasis.Platform.Localization;

/// <summary>
/// Accept-Language chooses the language of API answers (CONTRACTS.md). Pages ignore it: the UI
/// is Chinese first and changes only by the user's own switch (the culture cookie).
/// </summary>
internal sealed class ApiAcceptLanguageProvider : AcceptLanguageHeaderRequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        httpContext.Request.Path.StartsWithSegments("/api")
            ? base.DetermineProviderCultureResult(httpContext)
            : Task.FromResult<ProviderCultureResult?>(null);
}
