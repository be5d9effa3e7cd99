using System.Security.Claims;

namespace Oasis.Platform.Audit;

/// <summary>
/// Who is acting and from where: the HTTP caller, the user of a Blazor circuit (set by
/// <c>UiData</c>, since a circuit has no HttpContext), or <c>system</c> for workers and start-up.
/// </summary>
internal sealed class AuditActor(IHttpContextAccessor accessor)
{
    public const string System = "system";

    private string? _userName;
    private string? _remoteAddress;

    public string UserName => _userName ?? accessor.HttpContext?.User.FindFirstValue(ClaimTypes.Name) ?? System;

    public string? RemoteAddress => _remoteAddress ?? accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public void ActAs(ClaimsPrincipal user, string? remoteAddress)
    {
        _userName = user.FindFirstValue(ClaimTypes.Name);
        _remoteAddress = remoteAddress;
    }
}
