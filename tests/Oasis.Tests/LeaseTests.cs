using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Oasis.Data;
using Oasis.Platform.Leases;

namespace Oasis.Tests;

/// <summary>The database lease of the scheduled jobs (decision 0701), on the test database's provider (SQLite, or PostgreSQL in CI).</summary>
public sealed class LeaseTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private async Task<bool> TryAsync(LeaseStore leases, string holder, int minutes)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await leases.TryAcquireAsync(scope.ServiceProvider.GetRequiredService<OasisDb>(), "lease-test", holder, TimeSpan.FromMinutes(minutes), TestApi.Ct);
    }

    [Fact]
    public async Task Two_holders_compete_one_wins_renews_and_the_other_takes_over_only_after_expiry()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero));
        var leases = new LeaseStore(clock);

        // Both ask at once for a name no one holds: the insert lets exactly one in.
        var first = await Task.WhenAll(TryAsync(leases, "host-a", 90), TryAsync(leases, "host-b", 90));
        Assert.Equal(1, first.Count(won => won));
        var (winner, loser) = first[0] ? ("host-a", "host-b") : ("host-b", "host-a");

        // The winner renews; the other is refused while the lease lasts.
        clock.Advance(TimeSpan.FromMinutes(60));
        Assert.True(await TryAsync(leases, winner, 90));
        clock.Advance(TimeSpan.FromMinutes(89));
        Assert.False(await TryAsync(leases, loser, 90));

        // The winner stops renewing: once its lease has run out, the other takes over and the first is refused.
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await TryAsync(leases, loser, 90));
        Assert.False(await TryAsync(leases, winner, 90));

        // Given up, it can be taken at once.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await leases.ReleaseAsync(scope.ServiceProvider.GetRequiredService<OasisDb>(), "lease-test", loser, TestApi.Ct);
        }

        Assert.True(await TryAsync(leases, winner, 90));
    }
}
