using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Oasis.Platform.Errors;
using Oasis.Platform.Users;

namespace Oasis.Platform.Audit;

/// <summary>
/// Writes an audit record for every create, update and delete in the same transaction as the
/// change itself, so a change without its record cannot exist. Identity's own tables are
/// audited explicitly (logins and role changes are events, not row diffs).
/// </summary>
internal sealed class AuditInterceptor(AuditActor actor, TimeProvider clock, OasisMetrics metrics) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddRecords(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddRecords(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddRecords(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var records = new List<AuditRecord>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !IsAudited(entry))
            {
                continue;
            }

            if (entry.Metadata.IsOwned())
            {
                continue; // owned values are part of their owner's snapshot
            }

            var before = entry.State == EntityState.Added ? null : Snapshot(entry, original: true);
            var after = entry.State == EntityState.Deleted ? null : Snapshot(entry, original: false);
            if (entry.State == EntityState.Modified && before == after)
            {
                continue;
            }

            records.Add(new AuditRecord
            {
                At = now,
                UserName = actor.UserName,
                RemoteAddress = actor.RemoteAddress,
                Action = entry.State switch
                {
                    EntityState.Added => AuditActions.Create,
                    EntityState.Modified => AuditActions.Update,
                    _ => AuditActions.Delete,
                },
                EntityType = entry.Metadata.ClrType.Name,
                EntityKey = KeyOf(entry),
                Before = before,
                After = after,
            });
        }

        if (records.Count > 0)
        {
            context.AddRange(records);
            metrics.CountAudit(records.Count);
        }
    }

    private static bool IsAudited(EntityEntry entry) => entry.Entity is not AuditRecord
        && entry.Entity is not OasisUser
        && entry.Entity is not UserScope
        && !entry.Metadata.ClrType.Namespace!.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal)
        && entry.Entity is not IdentityRole;

    private static string KeyOf(EntityEntry entry)
    {
        foreach (var name in (string[])["Code", "Mn", "CreditCode"])
        {
            var property = entry.Metadata.FindProperty(name);
            if (property is not null)
            {
                return entry.Property(name).CurrentValue?.ToString() ?? "";
            }
        }

        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? "" : string.Join("/", key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
    }

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsShadowProperty() || property.Metadata.Name == "Id")
            {
                continue;
            }

            values[property.Metadata.Name] = property.Metadata.Name.StartsWith("Protected", StringComparison.Ordinal)
                ? "***"
                : original ? property.OriginalValue : property.CurrentValue;
        }

        foreach (var navigation in entry.Navigations)
        {
            if (navigation.Metadata.TargetEntityType.IsOwned() || navigation.Metadata.IsCollection)
            {
                values[navigation.Metadata.Name] = navigation.CurrentValue;
            }
        }

        return JsonSerializer.Serialize(values, Json);
    }
}

internal static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Login = "login";
    public const string LoginFailed = "login-failed";
    public const string Lockout = "lockout";
    public const string Logout = "logout";
    public const string RoleChange = "role-change";
    public const string Import = "import";
    public const string PasswordReset = "password-reset";
    public const string Unlock = "unlock";
}
