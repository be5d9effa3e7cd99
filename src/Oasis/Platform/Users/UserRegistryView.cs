using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Platform.Users;

/// <summary>Accounts shown by the generic registry page; every rule stays in <see cref="UserAccounts"/>.</summary>
internal sealed class UserRegistryView : IRegistryView
{
    public string Name => "users";

    public string KeyField => "userName";

    public IReadOnlyList<string> Columns { get; } = TabularCodec<UserDto>.Columns.Select(c => c.Name).ToList();

    public async Task<List<Dictionary<string, string>>> ListAsync(IServiceProvider services, OasisDb db, DataScope scope, string? search, CancellationToken ct)
    {
        var users = await services.GetRequiredService<UserAccounts>().ListAsync(ct).ConfigureAwait(false);
        return users.Where(u => string.IsNullOrWhiteSpace(search)
                                || u.UserName.Contains(search, StringComparison.OrdinalIgnoreCase)
                                || u.DisplayName.Contains(search, StringComparison.OrdinalIgnoreCase))
            .Select(TabularCodec<UserDto>.ToCells).ToList();
    }

    public async Task SaveAsync(IServiceProvider services, OasisDb db, DataScope scope, IReadOnlyDictionary<string, string> cells,
        string? existingKey, CancellationToken ct)
    {
        var (dto, errors) = TabularCodec<UserDto>.ParseRow(cells, null);
        if (dto is null)
        {
            throw OasisProblemException.Validation(errors);
        }

        var accounts = services.GetRequiredService<UserAccounts>();
        if (existingKey is null)
        {
            await accounts.CreateAsync(dto, ct).ConfigureAwait(false);
        }
        else
        {
            await accounts.UpdateAsync(existingKey, dto, ct).ConfigureAwait(false);
        }
    }

    public Task DeleteAsync(IServiceProvider services, OasisDb db, DataScope scope, string key, CancellationToken ct) =>
        services.GetRequiredService<UserAccounts>().DeleteAsync(key, ct);

    public Task<ImportResult> ImportAsync(IServiceProvider services, OasisDb db, DataScope scope, Stream stream, string fileName, string? crs,
        CancellationToken ct) =>
        services.GetRequiredService<UserAccounts>().ImportAsync(stream, fileName, ct);

    public bool IsDerived(string column) => column == "lockedOutUntil";
}
