using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
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
        var tracked = new TrackedEntries(context);
        foreach (var (entry, state) in ChangedOwners(tracked))
        {
            var before = state == EntityState.Added ? null : Snapshot(tracked, entry, original: true);
            var after = state == EntityState.Deleted ? null : Snapshot(tracked, entry, original: false);
            if (state == EntityState.Modified && before == after)
            {
                continue;
            }

            records.Add(new AuditRecord
            {
                At = now,
                UserName = actor.UserName,
                RemoteAddress = actor.RemoteAddress,
                Action = state switch
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

    /// <summary>
    /// The audited entities that change, each once: changed entities themselves, and the owners of
    /// changed owned values (a device whose factors alone changed is an updated device).
    /// </summary>
    private static List<(EntityEntry Entry, EntityState State)> ChangedOwners(TrackedEntries tracked)
    {
        var result = new List<(EntityEntry, EntityState)>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var entry in tracked.All)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var owner = entry;
            var state = entry.State;
            while (owner.Metadata.IsOwned())
            {
                var principal = tracked.OwnerOf(owner, owner.Metadata.FindOwnership()!);
                if (principal is null)
                {
                    break;
                }

                owner = principal;
                state = principal.State == EntityState.Unchanged ? EntityState.Modified : principal.State;
            }

            if (!owner.Metadata.IsOwned() && IsAudited(owner) && seen.Add(owner.Entity))
            {
                result.Add((owner, state));
            }
        }

        return result;
    }

    private static bool IsAudited(EntityEntry entry) => entry.Entity is not AuditRecord
        && entry.Entity is not OasisUser
        && entry.Entity is not UserScope
        && !entry.Metadata.ClrType.Namespace!.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal)
        && entry.Entity is not IdentityRole
        // Derived rows (the air daily aggregates and their bookkeeping): the changes they follow are audited themselves.
        && !entry.Metadata.ClrType.Namespace!.StartsWith("Oasis.Air.Aggregates", StringComparison.Ordinal);

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
        // A key the database has yet to generate is a temporary stand-in: record none rather than a false one.
        return key is null || key.Properties.Any(p => entry.Property(p.Name).IsTemporary)
            ? ""
            : string.Join("/", key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
    }

    private static string Snapshot(TrackedEntries tracked, EntityEntry entry, bool original) =>
        JsonSerializer.Serialize(Values(tracked, entry, original), Json);

    private static SortedDictionary<string, object?> Values(TrackedEntries tracked, EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var meta = property.Metadata;
            if (meta.IsShadowProperty() || meta.IsPrimaryKey() || meta.IsForeignKey())
            {
                continue;
            }

            if (meta.Name.StartsWith("Protected", StringComparison.Ordinal))
            {
                // Secrets never enter the log; whether one changed does.
                var changed = entry.State == EntityState.Modified && !Equals(property.OriginalValue, property.CurrentValue);
                values[meta.Name] = property.CurrentValue is null && property.OriginalValue is null ? null : original || !changed ? "***" : "*** (changed)";
                continue;
            }

            values[meta.Name] = original ? property.OriginalValue : property.CurrentValue;
        }

        foreach (var navigation in entry.Navigations)
        {
            var target = navigation.Metadata.TargetEntityType;
            if (!target.IsOwned() && !navigation.Metadata.IsCollection)
            {
                continue;
            }

            // Owned and child rows as they were (original) or are (current), from the change tracker.
            var children = navigation.Metadata is INavigation { ForeignKey: var foreignKey }
                ? tracked.ChildrenOf(entry, foreignKey)
                    .Where(e => original ? e.State != EntityState.Added : e.State != EntityState.Deleted)
                    .Select(e => Values(tracked, e, original))
                    .ToList()
                : [];
            values[navigation.Metadata.Name] = children;
        }

        return values;
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
