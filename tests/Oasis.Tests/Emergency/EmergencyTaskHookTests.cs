using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Oasis.CommandCentre.Notifications;
using Oasis.Data;
using Oasis.Emergency;
using Oasis.Forecasting.Warnings;
using Oasis.Standards.Warning;
using Oasis.Tests.Forecast;

namespace Oasis.Tests.Emergency;

/// <summary>
/// The task hook made durable (decision 0425): the work a warning change owes its listeners is stored with the change; a
/// listener that fails is rolled back whole and completed by a later run, once.
/// </summary>
public sealed class EmergencyTaskHookTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    /// <summary>The real emergency listener, which fails after doing its work while <see cref="Broken"/>: its changes must not survive.</summary>
    private sealed class FlakyListener(IWarningListener inner) : IWarningListener
    {
        public bool Broken { get; set; } = true;

        public string Name => inner.Name;

        public async Task OnIssuedAsync(OasisDb db, PollutionWarning warning, string action, DateTime issuedAt, CancellationToken ct)
        {
            await inner.OnIssuedAsync(db, warning, action, issuedAt, ct);
            if (Broken)
            {
                throw new InvalidOperationException("notice channel down");
            }
        }
    }

    [Fact]
    public async Task A_failed_task_hook_leaves_the_warning_issued_and_a_later_run_creates_the_tasks_once()
    {
        var real = factory.Services.GetServices<IWarningListener>().OfType<EmergencyTaskLife>().Single();
        var flaky = new FlakyListener(real);
        var runner = new WarningListenerRunner([flaky], TimeProvider.System, NullLogger<WarningListenerRunner>.Instance);
        var life = new WarningLife(factory.Services.GetRequiredService<Notifier>(), runner, TimeProvider.System);
        await WarningKit.ForecastAsync(factory, EmergencyKit.BeijingToday().AddDays(-1), 250, 250, 250, 150, 100, 100, 100, 100, 100, 100);

        var warning = await WithDb(async db =>
        {
            var proposed = await life.ProposeAsync(db, WarningRegions.Changji, WarningLevel.None, "demo.monitor", TestApi.Ct);
            await life.ApproveAsync(db, proposed.Id, "changji", null, "demo.leader", TestApi.Ct);
            return await life.IssueAsync(db, proposed.Id, "demo.leader", TestApi.Ct);
        });
        Assert.Equal(("issued", "yellow"), (warning.State, warning.Level));

        // The hook failed after creating the tasks: rolled back, none stored, the work open with its error.
        Assert.Equal(0, await TaskCountAsync(warning.Id));
        var work = await WithDb(db => db.Set<WarningListenerWork>().AsNoTracking().SingleAsync(w => w.WarningId == warning.Id, TestApi.Ct));
        Assert.Equal(("emergency-tasks", "issue", "yellow", null, 1), (work.Listener, work.Action, work.Level, work.CompletedAt, work.Attempts));
        Assert.Contains("notice channel down", work.LastError, StringComparison.Ordinal);

        // Still failing: still nothing. Repaired: the worker's run creates the ten yellow tasks, starting when the warning was issued.
        Assert.Equal(0, await WithDb(db => runner.RunPendingAsync(db, null, TestApi.Ct)));
        Assert.Equal(0, await TaskCountAsync(warning.Id));
        flaky.Broken = false;
        Assert.Equal(1, await WithDb(db => runner.RunPendingAsync(db, null, TestApi.Ct)));
        Assert.Equal(10, await TaskCountAsync(warning.Id));
        var starts = await WithDb(db => db.EmergencyTasks.Where(t => t.WarningId == warning.Id).Select(t => t.StartedAt).Distinct().ToListAsync(TestApi.Ct));
        Assert.Equal([work.IssuedAt], starts);

        // Run again, and by two runners at once: the work is done, no task is created twice.
        Assert.Equal(0, await WithDb(db => runner.RunPendingAsync(db, null, TestApi.Ct)));
        await Task.WhenAll(WithDb(db => runner.RunPendingAsync(db, null, TestApi.Ct)), WithDb(db => runner.RunPendingAsync(db, null, TestApi.Ct)));
        Assert.Equal(10, await TaskCountAsync(warning.Id));
        var done = await WithDb(db => db.Set<WarningListenerWork>().AsNoTracking().SingleAsync(w => w.Id == work.Id, TestApi.Ct));
        Assert.Equal(3, done.Attempts);
        Assert.NotNull(done.CompletedAt);
    }

    [Fact]
    public async Task Two_runners_claiming_the_same_open_work_complete_it_once()
    {
        var real = factory.Services.GetServices<IWarningListener>().OfType<EmergencyTaskLife>().Single();
        var runner = new WarningListenerRunner([real], TimeProvider.System, NullLogger<WarningListenerRunner>.Instance);
        await WarningKit.ForecastAsync(factory, new DateOnly(2026, 1, 1), 100, 100, 100, 100, 100, 100, 100, 100, 100, 100);
        var warningId = await WithDb(async db =>
        {
            var issue = await db.Set<Oasis.Forecasting.Issues.ForecastIssue>().MaxAsync(i => i.Id, TestApi.Ct);
            var w = new PollutionWarning { Region = WarningRegions.Joint, State = "issued", Level = "orange", ForecastIssueId = issue, IssuedAt = DateTime.UtcNow };
            db.Add(w);
            await db.SaveChangesAsync(TestApi.Ct);
            db.Add(new WarningListenerWork { WarningId = w.Id, Listener = real.Name, Action = "issue", Level = "orange", IssuedAt = w.IssuedAt.Value });
            await db.SaveChangesAsync(TestApi.Ct);
            return w.Id;
        });

        var runs = await Task.WhenAll(WithDb(db => runner.RunPendingAsync(db, warningId, TestApi.Ct)), WithDb(db => runner.RunPendingAsync(db, warningId, TestApi.Ct)));
        Assert.Equal(1, runs.Sum());
        var orange = await WithDb(db => db.EmergencyMeasures.CountAsync(m => m.Level == "orange" && m.Grade != "A" && m.Grade != "leading", TestApi.Ct));
        Assert.Equal(orange, await TaskCountAsync(warningId));
    }

    [Theory]
    [InlineData(null, "compliant", null, "compliant")]
    [InlineData(null, "unmeasured", "non-compliant", "non-compliant")]
    [InlineData(null, "compliant", "non-compliant", "non-compliant")]
    [InlineData(null, "unmeasured", "unmeasured", "unmeasured")]
    [InlineData("compliant", "non-compliant", "non-compliant", "compliant")]
    public void The_verdict_is_the_inspections_else_any_judging_source_that_finds_the_promise_missed(string? inspection, string flueGas, string? electricity, string expected) =>
        Assert.Equal(expected, EmergencyVerdict.Combine(inspection, flueGas, electricity));

    private async Task<T> WithDb<T>(Func<OasisDb, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OasisDb>());
    }

    private Task<int> TaskCountAsync(int warningId) => WithDb(db => db.EmergencyTasks.CountAsync(t => t.WarningId == warningId, TestApi.Ct));
}
