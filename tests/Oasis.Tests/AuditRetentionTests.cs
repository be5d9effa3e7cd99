using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oasis.Data;
using Oasis.Platform.Audit;

namespace Oasis.Tests;

/// <summary>The retention worker removes records past the retention period and nothing younger.</summary>
public sealed class AuditRetentionTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task Purge_removes_records_older_than_the_retention_and_keeps_the_rest()
    {
        var worker = factory.Services.GetRequiredService<AuditRetentionWorker>();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        db.AuditRecords.AddRange(
            new AuditRecord { At = DateTime.UtcNow.AddDays(-400), Action = "retention-old" },
            new AuditRecord { At = DateTime.UtcNow.AddDays(-200), Action = "retention-kept" });
        await db.SaveChangesAsync(TestApi.Ct);
        var before = await db.AuditRecords.CountAsync(TestApi.Ct);

        var removed = await worker.PurgeAsync(TestApi.Ct);

        Assert.Equal(1, removed);
        Assert.Equal(before - 1, await db.AuditRecords.CountAsync(TestApi.Ct));
        Assert.False(await db.AuditRecords.AnyAsync(a => a.Action == "retention-old", TestApi.Ct));
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "retention-kept", TestApi.Ct));
    }

    [Fact]
    public void A_retention_below_180_days_stops_start_up()
    {
        using var shorter = factory.WithWebHostBuilder(b => b.UseSetting("Oasis:Audit:RetentionDays", "90"));
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => shorter.CreateClient());
        Assert.Contains("180", error.Message, StringComparison.Ordinal);
    }
}
