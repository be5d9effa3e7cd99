using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Audit;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Platform.Time;
using Oasis.Registry;

namespace Oasis.Platform.Users;

/// <summary>Account rules: known roles, separation of duties, valid scope nodes, audited changes.</summary>
internal sealed class UserAccounts(OasisDb db, UserManager<OasisUser> users, AuditLog audit, CityInfo city, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserDto>> ListAsync(CancellationToken ct)
    {
        var all = await db.Users.OrderBy(u => u.UserName).AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(ct).ConfigureAwait(false);
        var scopes = await db.UserScopes.ToListAsync(ct).ConfigureAwait(false);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        var scopesByUser = scopes.ToLookup(s => s.UserId, s => s.NodeCode);
        return all.Select(u => ToDto(u, rolesByUser[u.Id], scopesByUser[u.Id])).ToList();
    }

    public async Task<UserDto> GetAsync(string userName, CancellationToken ct)
    {
        var user = await FindAsync(userName).ConfigureAwait(false);
        return await ToDtoAsync(user, ct).ConfigureAwait(false);
    }

    public async Task<UserDto> CreateAsync(UserDto dto, CancellationToken ct)
    {
        await ValidateAsync(dto, null, creating: true, ct).ConfigureAwait(false);
        if (await users.FindByNameAsync(dto.UserName).ConfigureAwait(false) is not null)
        {
            throw OasisProblemException.Duplicate("Entity.User", dto.UserName);
        }

        var user = new OasisUser { UserName = dto.UserName, CreatedAt = clock.GetUtcNow().UtcDateTime };
        Apply(dto, user);
        Succeeded(await users.CreateAsync(user, dto.Password!).ConfigureAwait(false), "password");
        Succeeded(await users.AddToRolesAsync(user, dto.Roles ?? []).ConfigureAwait(false), "roles");
        await SetScopesAsync(user, dto.Scopes ?? [], ct).ConfigureAwait(false);
        var after = await ToDtoAsync(user, ct).ConfigureAwait(false);
        await audit.WriteAsync(AuditActions.Create, null, "User", user.UserName, null, after, ct).ConfigureAwait(false);
        return after;
    }

    public async Task<UserDto> UpdateAsync(string userName, UserDto dto, CancellationToken ct)
    {
        var user = await FindAsync(userName).ConfigureAwait(false);
        if (!string.Equals(dto.UserName, userName, StringComparison.Ordinal))
        {
            throw OasisProblemException.Validation("userName", "Validation.KeyMismatch", userName);
        }

        await ValidateAsync(dto, null, creating: false, ct).ConfigureAwait(false);
        var before = await ToDtoAsync(user, ct).ConfigureAwait(false);
        Apply(dto, user);
        Succeeded(await users.UpdateAsync(user).ConfigureAwait(false), "userName");
        var current = await users.GetRolesAsync(user).ConfigureAwait(false);
        var wanted = dto.Roles ?? [];
        Succeeded(await users.RemoveFromRolesAsync(user, current.Except(wanted)).ConfigureAwait(false), "roles");
        Succeeded(await users.AddToRolesAsync(user, wanted.Except(current)).ConfigureAwait(false), "roles");
        if (!string.IsNullOrEmpty(dto.Password))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
            Succeeded(await users.ResetPasswordAsync(user, token, dto.Password).ConfigureAwait(false), "password");
            await audit.WriteAsync(AuditActions.PasswordReset, null, "User", user.UserName, null, null, ct).ConfigureAwait(false);
        }

        await SetScopesAsync(user, dto.Scopes ?? [], ct).ConfigureAwait(false);
        var after = await ToDtoAsync(user, ct).ConfigureAwait(false);
        var action = before.Roles!.Order().SequenceEqual(after.Roles!.Order()) ? AuditActions.Update : AuditActions.RoleChange;
        await audit.WriteAsync(action, null, "User", user.UserName, before, after, ct).ConfigureAwait(false);
        return after;
    }

    public async Task DeleteAsync(string userName, CancellationToken ct)
    {
        var user = await FindAsync(userName).ConfigureAwait(false);
        var before = await ToDtoAsync(user, ct).ConfigureAwait(false);
        Succeeded(await users.DeleteAsync(user).ConfigureAwait(false), "userName");
        await audit.WriteAsync(AuditActions.Delete, null, "User", userName, before, null, ct).ConfigureAwait(false);
    }

    public async Task<UserDto> UnlockAsync(string userName, CancellationToken ct)
    {
        var user = await FindAsync(userName).ConfigureAwait(false);
        Succeeded(await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false), "userName");
        Succeeded(await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false), "userName");
        await audit.WriteAsync(AuditActions.Unlock, null, "User", userName, null, null, ct).ConfigureAwait(false);
        return await ToDtoAsync(user, ct).ConfigureAwait(false);
    }

    public async Task<ImportResult> ImportAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return await ImportAsync(stream, file.FileName, ct).ConfigureAwait(false);
    }

    public async Task<ImportResult> ImportAsync(Stream stream, string fileName, CancellationToken ct)
    {
        var xlsx = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct).ConfigureAwait(false);
        buffer.Position = 0;
        var rows = TabularCodec<UserDto>.Read(buffer, xlsx);
        var errors = rows.SelectMany(r => r.Errors).ToList();
        foreach (var (row, dto, _) in rows.Where(r => r.Dto is not null))
        {
            var exists = await users.FindByNameAsync(dto!.UserName).ConfigureAwait(false) is not null;
            errors.AddRange(await CollectAsync(dto, row, creating: !exists, ct).ConfigureAwait(false));
        }

        if (errors.Count > 0)
        {
            throw OasisProblemException.ImportFailed(errors);
        }

        int created = 0, updated = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        foreach (var (_, dto, _) in rows)
        {
            if (await users.FindByNameAsync(dto!.UserName).ConfigureAwait(false) is null)
            {
                await CreateAsync(dto, ct).ConfigureAwait(false);
                created++;
            }
            else
            {
                await UpdateAsync(dto.UserName, dto, ct).ConfigureAwait(false);
                updated++;
            }
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return new ImportResult(rows.Count, created, updated);
    }

    private async Task ValidateAsync(UserDto dto, int? row, bool creating, CancellationToken ct)
    {
        var errors = await CollectAsync(dto, row, creating, ct).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            throw OasisProblemException.Validation(errors);
        }
    }

    private async Task<List<FieldError>> CollectAsync(UserDto dto, int? row, bool creating, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var check = new Checks(errors, row).Code(dto.UserName, "userName", 64).Required(dto.DisplayName, "displayName", 100);
        var roles = dto.Roles ?? [];
        foreach (var role in roles)
        {
            check.OneOf(role, "roles", Roles.All);
        }

        check.That(!Roles.ViolatesSeparation(roles), "roles", "Validation.SeparationOfDuties")
            .That(!creating || !string.IsNullOrEmpty(dto.Password), "password", "Validation.Required")
            .That(!roles.Contains(Roles.Enterprise) || !string.IsNullOrEmpty(dto.EnterpriseCode), "enterpriseCode", "Validation.EnterpriseUserNeedsEnterprise")
            .That(string.IsNullOrEmpty(dto.EnterpriseCode) || roles.Contains(Roles.Enterprise), "enterpriseCode", "Validation.EnterpriseOnlyForEnterpriseRole");
        if (!string.IsNullOrEmpty(dto.EnterpriseCode) && !await db.Enterprises.AnyAsync(e => e.CreditCode == dto.EnterpriseCode, ct).ConfigureAwait(false))
        {
            check.Fail("enterpriseCode", "Validation.UnknownEnterprise", dto.EnterpriseCode);
        }

        foreach (var node in dto.Scopes ?? [])
        {
            var known = node == city.Code
                || await db.Towns.AnyAsync(t => t.Code == node, ct).ConfigureAwait(false)
                || await db.Grids.AnyAsync(g => g.Code == node, ct).ConfigureAwait(false);
            check.That(known, "scopes", "Validation.UnknownScopeNode", node);
        }

        if (!string.IsNullOrEmpty(dto.Password))
        {
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, new OasisUser { UserName = dto.UserName }, dto.Password).ConfigureAwait(false);
                foreach (var error in result.Errors)
                {
                    check.Fail("password", "Validation.Password", error.Description);
                }
            }
        }

        return errors;
    }

    private async Task<OasisUser> FindAsync(string userName) =>
        await users.FindByNameAsync(userName).ConfigureAwait(false) ?? throw OasisProblemException.NotFound("Entity.User", userName);

    private static void Apply(UserDto dto, OasisUser user)
    {
        user.DisplayName = dto.DisplayName;
        user.OrganisationCode = string.IsNullOrWhiteSpace(dto.OrganisationCode) ? null : dto.OrganisationCode;
        user.EnterpriseCode = string.IsNullOrWhiteSpace(dto.EnterpriseCode) ? null : dto.EnterpriseCode;
    }

    private static void Succeeded(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw OasisProblemException.Validation(result.Errors.Select(e => new FieldError(null, field, "Validation.Password", e.Description)).ToList());
        }
    }

    private async Task SetScopesAsync(OasisUser user, IReadOnlyCollection<string> nodes, CancellationToken ct)
    {
        await db.UserScopes.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        db.UserScopes.AddRange(nodes.Distinct(StringComparer.Ordinal).Select(n => new UserScope { UserId = user.Id, NodeCode = n }));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private async Task<UserDto> ToDtoAsync(OasisUser user, CancellationToken ct)
    {
        var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
        var scopes = await db.UserScopes.Where(s => s.UserId == user.Id).Select(s => s.NodeCode).ToListAsync(ct).ConfigureAwait(false);
        return ToDto(user, roles, scopes);
    }

    private UserDto ToDto(OasisUser u, IEnumerable<string> roles, IEnumerable<string> scopes) => new(
        u.UserName!, u.DisplayName, u.OrganisationCode, u.EnterpriseCode, roles.Order(StringComparer.Ordinal).ToList(),
        scopes.Order(StringComparer.Ordinal).ToList(),
        u.LockoutEnd is { } end && end > clock.GetUtcNow() ? end.ToBeijing() : null);
}
