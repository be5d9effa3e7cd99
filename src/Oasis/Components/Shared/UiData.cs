using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Oasis.Data;
using Oasis.Platform.Audit;
using Oasis.Platform.Scopes;

namespace Oasis.Components.Shared;

/// <summary>
/// Runs one UI operation in its own DI scope (a fresh DbContext), as the circuit's user and
/// within that user's data scope, so that pages keep the API's rules and audit trail.
/// </summary>
internal sealed class UiData(IServiceScopeFactory scopes, AuthenticationStateProvider authentication, IAuthorizationService authorization)
{
    public string? RemoteAddress { get; set; }

    public async Task<ClaimsPrincipal> UserAsync() => (await authentication.GetAuthenticationStateAsync().ConfigureAwait(false)).User;

    public async Task<bool> AllowedAsync(string policy) =>
        (await authorization.AuthorizeAsync(await UserAsync().ConfigureAwait(false), policy).ConfigureAwait(false)).Succeeded;

    public async Task<T> RunAsync<T>(Func<OasisDb, DataScope, IServiceProvider, Task<T>> work, CancellationToken ct = default)
    {
        var user = await UserAsync().ConfigureAwait(false);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().ActAs(user, RemoteAddress);
        var dataScope = await scope.ServiceProvider.GetRequiredService<DataScopeResolver>().ResolveAsync(user, ct).ConfigureAwait(false);
        return await work(scope.ServiceProvider.GetRequiredService<OasisDb>(), dataScope, scope.ServiceProvider).ConfigureAwait(false);
    }

    public Task RunAsync(Func<OasisDb, DataScope, IServiceProvider, Task> work, CancellationToken ct = default) =>
        RunAsync<bool>(async (db, scope, sp) =>
        {
            await work(db, scope, sp).ConfigureAwait(false);
            return true;
        }, ct);
}
