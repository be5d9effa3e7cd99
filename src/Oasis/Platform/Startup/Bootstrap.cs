using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Demo;
using Oasis.Platform.Auth;
using Oasis.Platform.Scopes;
using Oasis.Platform.Users;

namespace Oasis.Platform.Startup;

/// <summary>Roles, the first <c>admin</c> and, in demo mode on an empty database, the demonstration city and users.</summary>
internal sealed class Bootstrap(OasisDb db, UserManager<OasisUser> users, RoleManager<IdentityRole> roles, DemoCity demo,
    CityInfo city, TimeProvider clock)
{
    public const string AdminUserName = "admin";

    /// <summary>Demonstration accounts, one per role (README lists them).</summary>
    public static readonly (string UserName, string Role, string DisplayName)[] DemoUsers =
    [
        ("demo.admin", Roles.Admin, "演示系统管理员"),
        ("demo.security", Roles.SecurityAdmin, "演示安全管理员"),
        ("demo.auditor", Roles.Auditor, "演示审计管理员"),
        ("demo.leader", Roles.Leader, "演示局领导"),
        ("demo.operator", Roles.Operator, "演示指挥中心值班员"),
        ("demo.grid", Roles.GridManager, "演示网格员"),
        ("demo.monitor", Roles.Monitor, "演示监测人员"),
        ("demo.enforcer", Roles.Enforcer, "演示执法人员"),
        ("demo.risk", Roles.RiskOfficer, "演示固废与风险管理"),
        ("demo.enterprise", Roles.Enterprise, "演示企业用户"),
    ];

    public async Task<List<string>> RunAsync(IConfiguration configuration, CancellationToken ct)
    {
        var lines = new List<string>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false);
            }
        }

        var empty = !await db.Users.AnyAsync(ct).ConfigureAwait(false);
        if (empty)
        {
            var configured = configuration["Oasis:Bootstrap:AdminPassword"];
            var password = string.IsNullOrEmpty(configured) ? GeneratePassword() : configured;
            var admin = new OasisUser { UserName = AdminUserName, DisplayName = "系统管理员", CreatedAt = clock.GetUtcNow().UtcDateTime };
            await CheckPasswordAsync(admin, password).ConfigureAwait(false);
            await CreateAsync(admin, password, Roles.Admin).ConfigureAwait(false);
            lines.Add(string.IsNullOrEmpty(configured)
                ? $"管理员 admin: admin / {password}   (generated once; change it after logging in)"
                : "管理员 admin: password from Oasis:Bootstrap:AdminPassword");
        }

        var demoWanted = !bool.TryParse(configuration["Oasis:Demo"], out var demoFlag) || demoFlag;
        if (demoWanted && !await db.Grids.AnyAsync(ct).ConfigureAwait(false) && !await db.Stations.AnyAsync(ct).ConfigureAwait(false))
        {
            await demo.LoadAsync(ct).ConfigureAwait(false);
            lines.Add("演示数据 demonstration city loaded (昌吉市, synthetic geometry). Demo logins:");
            var enterprise = await db.Enterprises.OrderBy(e => e.CreditCode).Select(e => e.CreditCode).FirstAsync(ct).ConfigureAwait(false);
            var grid = await db.Grids.OrderBy(g => g.Code).FirstAsync(ct).ConfigureAwait(false);
            foreach (var (userName, role, displayName) in DemoUsers)
            {
                var password = GeneratePassword();
                var user = new OasisUser
                {
                    UserName = userName,
                    DisplayName = displayName,
                    IsDemo = true,
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                    EnterpriseCode = role == Roles.Enterprise ? enterprise : null,
                };
                await CreateAsync(user, password, role).ConfigureAwait(false);
                var node = role switch
                {
                    Roles.GridManager => grid.Code,
                    Roles.Enterprise => null,
                    _ => city.Code,
                };
                if (node is not null)
                {
                    db.UserScopes.Add(new UserScope { UserId = user.Id, NodeCode = node });
                }

                if (role == Roles.GridManager)
                {
                    grid.Managers = [userName];
                }

                lines.Add($"  {userName,-16} {password}   {role}");
            }

            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        return lines;
    }

    private async Task CheckPasswordAsync(OasisUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                throw new BootstrapException("Oasis:Bootstrap:AdminPassword 不符合密码规则 does not meet the password rules: "
                    + string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }
    }

    private async Task CreateAsync(OasisUser user, string password, string role)
    {
        var created = await users.CreateAsync(user, password).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            throw new BootstrapException($"cannot create {user.UserName}: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role).ConfigureAwait(false);
    }

    /// <summary>16 characters with all four classes, from the OS's cryptographic generator.</summary>
    public static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        const string symbols = "!@#%*-_+=";
        var chars = new char[16];
        chars[0] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[1] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        const string all = lower + upper + digits + symbols;
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
