using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Oasis.Platform.Audit;
using Oasis.Platform.Errors;
using Oasis.Platform.Time;
using Oasis.Platform.Users;

namespace Oasis.Platform.Auth;

internal sealed record LoginRequest(string? Username, string? Password);

/// <summary>Token login for programs (<c>POST /api/auth/login</c>) and the cookie form login of the UI.</summary>
internal static class AuthEndpoints
{
    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("auth");
        api.MapPost("/login", LoginAsync).AllowAnonymous().RequireRateLimiting("login");
        api.MapGet("/me", (HttpContext http) => TypedResults.Ok(new
        {
            userName = http.User.Identity?.Name,
            roles = http.User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToArray(),
        })).RequireAuthorization(Policies.Authenticated);

        var account = app.MapGroup("/account").WithTags("account").ExcludeFromDescription();
        account.MapPost("/login", FormLoginAsync).AllowAnonymous().RequireRateLimiting("login");
        account.MapPost("/logout", async (HttpContext http, AuditLog audit, IAntiforgery antiforgery, CancellationToken ct) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
            {
                return TypedResults.LocalRedirect("~/");
            }

            await audit.WriteAsync(AuditActions.Logout, null, "User", http.User.Identity?.Name, null, null, ct).ConfigureAwait(false);
            await http.SignOutAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
            return TypedResults.LocalRedirect("~/login");
        }).RequireAuthorization(Policies.Authenticated);
    }

    private static async Task LoginAsync(LoginRequest request, HttpContext http, LoginService login,
        IUserClaimsPrincipalFactory<OasisUser> principals, CancellationToken ct)
    {
        var result = await login.CheckAsync(request.Username, request.Password, ct).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case LoginOutcome.Success:
                var principal = await principals.CreateAsync(result.User!).ConfigureAwait(false);
                await http.SignInAsync(IdentityConstants.BearerScheme, principal).ConfigureAwait(false);
                return;
            case LoginOutcome.LockedOut:
                throw new OasisProblemException(StatusCodes.Status423Locked, "locked-out", "Problem.LockedOut.Detail",
                    result.LockedUntil?.ToBeijing().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
            default:
                throw new OasisProblemException(StatusCodes.Status401Unauthorized, "bad-credentials", "Problem.BadCredentials.Detail");
        }
    }

    private static async Task<IResult> FormLoginAsync(HttpContext http, LoginService login, SignInManager<OasisUser> signIn,
        IAntiforgery antiforgery, CancellationToken ct)
    {
        // The form is read by hand, so the antiforgery check minimal APIs do for form binding is done here.
        if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return TypedResults.LocalRedirect("~/login?error=expired");
        }

        var form = await http.Request.ReadFormAsync(ct).ConfigureAwait(false);
        var returnUrl = form["returnUrl"].ToString();
        if (string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal))
        {
            returnUrl = "/";
        }

        var result = await login.CheckAsync(form["username"], form["password"], ct).ConfigureAwait(false);
        if (result.Outcome == LoginOutcome.Success)
        {
            await signIn.SignInAsync(result.User!, isPersistent: false).ConfigureAwait(false);
            return TypedResults.LocalRedirect(returnUrl);
        }

        var error = result.Outcome == LoginOutcome.LockedOut ? "locked" : "failed";
        return TypedResults.LocalRedirect($"~/login?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}");
    }
}
