using Oasis.CommandCentre.Live;

namespace Oasis.Components.Pages.Command;

/// <summary>
/// Ties a component to <see cref="LiveAirState"/>: each new snapshot schedules one re-render on the component's
/// dispatcher; snapshots arriving while one is pending are folded into it (at most one render per 100 ms).
/// </summary>
internal sealed class LiveSubscription : IDisposable
{
    private readonly ChangeWatch _watch;
    private Action<LiveAirSnapshot>? _handler;

    public LiveSubscription(LiveAirState state, Func<LiveAirSnapshot, Task> render) =>
        _watch = new ChangeWatch(
            changed => state.Changed += _handler = _ => changed(),
            _ => state.Changed -= _handler,
            () => render(state.Current),
            TimeSpan.FromMilliseconds(100));

    public void Dispose() => _watch.Dispose();
}
