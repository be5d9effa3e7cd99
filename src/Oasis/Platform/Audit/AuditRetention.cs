using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oasis.Data;

namespace Oasis.Platform.Audit;

/// <summary><c>Oasis:Audit</c>: how long audit records are kept. Never below 180 days (等保 2.0).</summary>
internal sealed class AuditOptions
{
    public const string Section = "Oasis:Audit";

    /// <summary>The floor the database itself enforces (its triggers refuse younger deletions).</summary>
    public const int MinimumRetentionDays = 180;

    [Range(MinimumRetentionDays, 36500, ErrorMessage = "Oasis:Audit:RetentionDays 审计日志保存期不得少于 180 天 must be at least 180 days.")]
    public int RetentionDays { get; set; } = 365;
}

/// <summary>Once a day, removes audit records older than the retention period; nothing younger can be removed.</summary>
internal sealed partial class AuditRetentionWorker(IServiceScopeFactory scopes, IOptions<AuditOptions> options, TimeProvider clock,
    ILogger<AuditRetentionWorker> logger) : DailyMaintenance(clock, logger)
{
    protected override string JobName => "Audit retention";

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        var removed = await PurgeAsync(ct).ConfigureAwait(false);
        if (removed > 0)
        {
            LogPurged(logger, removed, options.Value.RetentionDays);
        }
    }

    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        var cutoff = Clock.GetUtcNow().UtcDateTime.AddDays(-Math.Max(options.Value.RetentionDays, AuditOptions.MinimumRetentionDays));
        return await db.AuditRecords.Where(a => a.At < cutoff).ExecuteDeleteAsync(ct).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} audit records older than {Days} days")]
    private static partial void LogPurged(ILogger logger, int count, int days);

}
