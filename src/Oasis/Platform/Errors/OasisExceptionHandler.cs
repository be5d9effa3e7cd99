using Microsoft.AspNetCore.Diagnostics;

namespace Oasis.Platform.Errors;

/// <summary>
/// Turns refusals into ProblemDetails: rule violations 409, validation 400, scope 403,
/// unreadable bodies 400. Everything else stays a logged 500 with no internals shown.
/// </summary>
internal sealed partial class OasisExceptionHandler(ProblemWriter problems, ILogger<OasisExceptionHandler> logger, OasisMetrics metrics)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            OasisProblemException p => problems.Create(p.Status, p.Type, p.DetailKey, p.Args, p.Errors),
            BadHttpRequestException b => problems.Create(b.StatusCode, "bad-request", "Problem.BadRequest.Detail", [b.Message]),
            System.Text.Json.JsonException j => problems.Create(400, "bad-request", "Problem.BadRequest.Detail", [j.Message]),
            _ => null,
        };
        if (problem is null)
        {
            LogUnhandled(logger, exception, httpContext.Request.Path);
            problem = problems.Create(500, "internal", "Problem.Internal.Detail", [httpContext.TraceIdentifier]);
        }
        else
        {
            LogRefused(logger, problem.Status ?? 0, problem.Type ?? "", httpContext.Request.Path, problem.Detail ?? "");
        }

        metrics.CountRefusal(problem.Type ?? "urn:oasis:internal");
        httpContext.Response.StatusCode = problem.Status ?? 500;
        await TypedResults.Problem(problem).ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Status} {Type} on {Path}: {Detail}")]
    private static partial void LogRefused(ILogger logger, int status, string type, string path, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);
}
