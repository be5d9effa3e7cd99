using Microsoft.AspNetCore.Identity;
using Oasis.Platform.Audit;
using Oasis.Platform.Errors;
using Oasis.Platform.Users;

namespace Oasis.Platform.Auth;

internal enum LoginOutcome
{
    Success,
    Failed,
    LockedOut,
}

internal sealed record LoginResult(LoginOutcome Outcome, OasisUser? User, DateTimeOffset? LockedUntil);

/// <summary>One password check for both the UI form and the token endpoint; audits every attempt.</summary>
internal sealed class LoginService(UserManager<OasisUser> users, SignInManager<OasisUser> signIn, AuditLog audit, OasisMetrics metrics)
{
    public async Task<LoginResult> CheckAsync(string? userName, string? password, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName).ConfigureAwait(false);
        if (user is null || string.IsNullOrEmpty(password))
        {
            await audit.WriteAsync(AuditActions.LoginFailed, userName, "User", userName, null, new { reason = "unknown-user" }, ct).ConfigureAwait(false);
            metrics.CountLogin("failed");
            return new LoginResult(LoginOutcome.Failed, null, null);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await audit.WriteAsync(AuditActions.Login, user.UserName, "User", user.UserName, null, null, ct).ConfigureAwait(false);
            metrics.CountLogin("success");
            return new LoginResult(LoginOutcome.Success, user, null);
        }

        var until = await users.GetLockoutEndDateAsync(user).ConfigureAwait(false);
        if (result.IsLockedOut)
        {
            await audit.WriteAsync(AuditActions.Lockout, user.UserName, "User", user.UserName, null, new { until }, ct).ConfigureAwait(false);
            metrics.CountLogin("locked-out");
            return new LoginResult(LoginOutcome.LockedOut, user, until);
        }

        await audit.WriteAsync(AuditActions.LoginFailed, user.UserName, "User", user.UserName, null, new { reason = "password" }, ct).ConfigureAwait(false);
        metrics.CountLogin("failed");
        return new LoginResult(LoginOutcome.Failed, user, null);
    }
}
