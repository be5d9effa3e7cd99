using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Oasis.Platform.Errors;

namespace Oasis.Platform.Auth;

/// <summary>
/// On <c>/api/**</c> an anonymous caller gets 401 and a caller without the role 403, both as
/// ProblemDetails, never a redirect to the login page; pages keep the cookie redirects.
/// </summary>
internal sealed class ApiAuthorizationResultHandler(ProblemWriter problems, OasisMetrics metrics) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!context.Request.Path.StartsWithSegments("/api") || authorizeResult.Succeeded)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult).ConfigureAwait(false);
            return;
        }

        var (status, type, key) = authorizeResult.Challenged
            ? (401, "unauthenticated", "Problem.Unauthenticated.Detail")
            : (403, "forbidden", "Problem.Forbidden.Detail");
        metrics.CountRefusal("urn:oasis:" + type);
        context.Response.StatusCode = status;
        await TypedResults.Problem(problems.Create(status, type, key, [])).ExecuteAsync(context).ConfigureAwait(false);
    }
}
