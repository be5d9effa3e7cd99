using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oasis.CommandCentre.Rules;
using Oasis.Data;
using Oasis.Platform.Errors;

namespace Oasis.CommandCentre.Alarms.Host;

/// <summary>
/// The host's one alarm book: evaluates the rules over the recent data, applies the result, persists it and sends the
/// notices — and takes the operators' acknowledgements and clearances. Every operation runs under one lock, so the
/// book, the database and the notices never disagree; a failed write drops the book, which is read back from the
/// database on the next operation.
/// </summary>
internal sealed partial class AlarmCentre(IServiceScopeFactory scopes, RecentStationData recent, AlarmNotices notices,
    TimeProvider clock, IOptions<CommandOptions> options, OasisMetrics metrics, CommandTallyCache tallies, ILogger<AlarmCentre> logger)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly AlarmStore _store = new();
    private AlarmBook? _book;

    /// <summary>Raised after every operation that changed alarms; the pages re-read.</summary>
    public event Action? Changed;

    public async Task<int> EvaluateAsync(CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        var conditions = await RunAsync(async (db, book, rules) =>
        {
            var stations = await recent.RefreshAsync(db, ct).ConfigureAwait(false);
            var evaluator = new AlarmEvaluator(clock);
            var conditions = evaluator.Evaluate(rules.Values.Where(r => r.Enabled).ToList(), stations);
            var sent = book.Apply(conditions);
            return (sent, conditions.Count);
        }, ct).ConfigureAwait(false);
        metrics.TimeAlarmEvaluation(clock.GetElapsedTime(started));
        return conditions;
    }

    public Task AcknowledgeAsync(long id, string by, CancellationToken ct) =>
        RunAsync((_, book, _) => Task.FromResult(Act(book, id, () => book.Acknowledge(id, by))), ct);

    public Task ClearAsync(long id, string by, string? note, CancellationToken ct) =>
        RunAsync((_, book, _) => Task.FromResult(Act(book, id, () => book.Clear(id, by, note))), ct);

    public Task StartHandlingAsync(long id, long workOrderId, string by, CancellationToken ct) =>
        RunAsync((_, book, _) => Task.FromResult(Act(book, id, () => book.StartHandling(id, workOrderId, by))), ct);

    /// <summary>The open alarm with this id as the book holds it, for a work order's snapshot; null when not open.</summary>
    public async Task<Alarm?> FindOpenAsync(long id, CancellationToken ct)
    {
        await _lock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return _book is not null && _book.TryGet(id, out var alarm) && alarm.IsOpen ? alarm : null;
        }
        finally
        {
            _lock.Release();
        }
    }

    private static (IReadOnlyList<AlarmNotice>, int) Act(AlarmBook book, long id, Action action)
    {
        if (!book.TryGet(id, out _))
        {
            // Not open (cleared and dropped from memory) or unknown: the route tells which from the database.
            throw OasisProblemException.Rule("alarm-transition", "Command.Alarm.NotOpen", id);
        }

        action();
        return ([], 0);
    }

    private async Task<T> RunAsync<T>(Func<OasisDb, AlarmBook, IReadOnlyDictionary<string, AlarmRule>, Task<(IReadOnlyList<AlarmNotice> Notices, T Result)>> operation,
        CancellationToken ct)
    {
        await _lock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
            var rules = await LoadRulesAsync(db, ct).ConfigureAwait(false);
            var book = _book ?? await RestoreAsync(db, rules, ct).ConfigureAwait(false);
            try
            {
                var (sent, result) = await operation(db, book, rules).ConfigureAwait(false);
                await notices.CreateOrdersAsync(db, book, sent, ct).ConfigureAwait(false);
                var written = await _store.SaveAsync(db, book, ct).ConfigureAwait(false);
                _book = book;
                if (sent.Count > 0)
                {
                    await notices.SendAsync(db, book, sent, ct).ConfigureAwait(false);
                }

                book.Forget();
                _store.Forget(book);
                if (written > 0)
                {
                    // Most runs (every minute, and after each packet) change nothing: the screens re-read only after a change.
                    tallies.Invalidate();
                    Changed?.Invoke();
                }
                return result;
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException)
            {
                LogWriteFailed(logger, ex);
                _book = null; // read back from the database next time: memory must not run ahead of what is stored
                throw;
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<AlarmBook> RestoreAsync(OasisDb db, IReadOnlyDictionary<string, AlarmRule> rules, CancellationToken ct)
    {
        var book = new AlarmBook(clock, options.Value.Alarms);
        var stations = await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Code, AlarmStation.From, StringComparer.Ordinal, ct)
            .ConfigureAwait(false);
        await _store.RestoreAsync(db, book, rules, stations, clock.GetUtcNow(), ct).ConfigureAwait(false);
        return book;
    }

    private async Task<Dictionary<string, AlarmRule>> LoadRulesAsync(OasisDb db, CancellationToken ct)
    {
        var rules = new Dictionary<string, AlarmRule>(StringComparer.Ordinal);
        foreach (var record in await db.AlarmRules.AsNoTracking().ToListAsync(ct).ConfigureAwait(false))
        {
            try
            {
                rules[record.Code] = record.ToRule();
            }
            catch (OasisProblemException ex)
            {
                // Rules are validated when saved; one changed behind the API's back must not stop the others.
                LogBadRule(logger, record.Code, ex.Message);
            }
        }

        return rules;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store alarm changes; the alarm book is read back from the database")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Alarm rule {Code} is invalid and skipped: {Reason}")]
    private static partial void LogBadRule(ILogger logger, string code, string reason);

    internal static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
