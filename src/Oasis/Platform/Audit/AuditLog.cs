using System.Text.Json;
using Oasis.Data;
using Oasis.Platform.Errors;

namespace Oasis.Platform.Audit;

/// <summary>Explicit audit events: logins, lock-outs, role changes, account changes.</summary>
internal sealed class AuditLog(OasisDb db, AuditActor actor, TimeProvider clock, OasisMetrics metrics)
{
    public async Task WriteAsync(string action, string? userName, string? entityType, string? entityKey,
        object? before, object? after, CancellationToken ct)
    {
        db.AuditRecords.Add(new AuditRecord
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserName = userName ?? actor.UserName,
            RemoteAddress = actor.RemoteAddress,
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey,
            Before = before is null ? null : JsonSerializer.Serialize(before),
            After = after is null ? null : JsonSerializer.Serialize(after),
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        metrics.CountAudit(1);
    }
}
