using Oasis.CommandCentre;
using Oasis.CommandCentre.Live;

namespace Oasis.Components.Pages.Command;

/// <summary>
/// Runs an action at most once per <c>delay</c>, however many pokes arrive meanwhile: pokes during the delay are folded
/// into the pending run. A circuit that ends meanwhile ends the run quietly.
/// </summary>
internal sealed class Coalescer(TimeSpan delay, Func<Task> run)
{
    private int _pending;

    public void Poke()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _ = RunAsync();
        }
    }

    private async Task RunAsync()
    {
        await Task.Delay(delay).ConfigureAwait(false);
        Interlocked.Exchange(ref _pending, 0);
        try
        {
            await run().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // the circuit ended between the poke and the run
        }
    }
}

/// <summary>
/// Ties a component to <see cref="LiveAirState"/>: each new snapshot schedules one re-render on the component's
/// dispatcher; snapshots arriving while one is pending are folded into it (at most one render per 100 ms).
/// </summary>
internal sealed class LiveSubscription : IDisposable
{
    private readonly LiveAirState _state;
    private readonly Coalescer _coalescer;

    public LiveSubscription(LiveAirState state, Func<LiveAirSnapshot, Task> render)
    {
        _state = state;
        _coalescer = new Coalescer(TimeSpan.FromMilliseconds(100), () => render(state.Current));
        _state.Changed += OnChanged;
    }

    private void OnChanged(LiveAirSnapshot snapshot) => _coalescer.Poke();

    public void Dispose() => _state.Changed -= OnChanged;
}

/// <summary>
/// Ties a component to the command tallies (alarms by level, orders by state, on duty): every change the alarm
/// centre, the work-order service or the roster makes schedules one reload (at most one per 250 ms).
/// </summary>
internal sealed class TallySubscription : IDisposable
{
    private readonly CommandTallyCache _cache;
    private readonly Coalescer _coalescer;

    public TallySubscription(CommandTallyCache cache, Func<Task> reload)
    {
        _cache = cache;
        _coalescer = new Coalescer(TimeSpan.FromMilliseconds(250), reload);
        _cache.Changed += _coalescer.Poke;
    }

    public void Dispose() => _cache.Changed -= _coalescer.Poke;
}
