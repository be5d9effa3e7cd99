using Microsoft.AspNetCore.Http.HttpResults;
using Oasis.Platform.Auth;
using Oasis.Registry;

namespace Oasis.Platform.Users;

/// <summary>Accounts, roles, scopes and lock-outs: the security administrator's registry (<c>/api/users</c>).</summary>
internal static class UserEndpoints
{
    public static void MapUsers(this WebApplication app)
    {
        app.Services.GetRequiredService<RegistryCatalog>()
            .Add(new UserRegistryView(), new RegistryPolicies(Policies.Security, Policies.Security, Policies.Security));
        var group = app.MapGroup("/api/users").WithTags("users").RequireAuthorization(Policies.Security);
        group.MapGet("/", ListAsync);
        group.MapGet("/export", async (UserAccounts accounts, string? format, CancellationToken ct) =>
        {
            var users = await accounts.ListAsync(ct).ConfigureAwait(false);
            var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
            return TypedResults.File(xlsx ? TabularCodec<UserDto>.ToXlsx(users) : TabularCodec<UserDto>.ToCsv(users),
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
                xlsx ? "users.xlsx" : "users.csv");
        });
        group.MapGet("/{userName}", async Task<Ok<UserDto>> (string userName, UserAccounts accounts, CancellationToken ct) =>
            TypedResults.Ok(await accounts.GetAsync(userName, ct).ConfigureAwait(false)));
        group.MapPost("/", async Task<Created<UserDto>> (UserDto dto, UserAccounts accounts, CancellationToken ct) =>
        {
            var created = await accounts.CreateAsync(dto, ct).ConfigureAwait(false);
            return TypedResults.Created($"/api/users/{Uri.EscapeDataString(created.UserName)}", created);
        });
        group.MapPut("/{userName}", async Task<Ok<UserDto>> (string userName, UserDto dto, UserAccounts accounts, CancellationToken ct) =>
            TypedResults.Ok(await accounts.UpdateAsync(userName, dto, ct).ConfigureAwait(false)));
        group.MapDelete("/{userName}", async Task<NoContent> (string userName, UserAccounts accounts, CancellationToken ct) =>
        {
            await accounts.DeleteAsync(userName, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        });
        group.MapPost("/{userName}/unlock", async Task<Ok<UserDto>> (string userName, UserAccounts accounts, CancellationToken ct) =>
            TypedResults.Ok(await accounts.UnlockAsync(userName, ct).ConfigureAwait(false)));
        group.MapPost("/import", async Task<Ok<ImportResult>> (IFormFile file, UserAccounts accounts, CancellationToken ct) =>
            TypedResults.Ok(await accounts.ImportAsync(file, ct).ConfigureAwait(false))).DisableAntiforgery();
    }

    private static async Task<Ok<IReadOnlyList<UserDto>>> ListAsync(UserAccounts accounts, CancellationToken ct) =>
        TypedResults.Ok(await accounts.ListAsync(ct).ConfigureAwait(false));
}
