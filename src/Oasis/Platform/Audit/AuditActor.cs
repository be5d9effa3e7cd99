using System.Security.Claims;

namespace Oasis.Platform.Audit;

/// <summary>Who is acting and from where: the HTTP caller, or <c>system</c> for workers and start-up.</summary>
internal sealed class AuditActor(IHttpContextAccessor accessor)
{
    public const string System = "system";

    public string UserName => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.Name) ?? System;

    public string? RemoteAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
