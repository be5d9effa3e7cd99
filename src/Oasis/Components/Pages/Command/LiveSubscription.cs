using Oasis.CommandCentre.Live;

namespace Oasis.Components.Pages.Command;

/// <summary>
/// Ties a component to <see cref="LiveAirState"/>: each new snapshot schedules one re-render on the component's
/// dispatcher; snapshots arriving while one is pending are folded into it (at most one render per 200 ms).
/// </summary>
internal sealed class LiveSubscription : IDisposable
{
    private static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(200);
    private readonly LiveAirState _state;
    private readonly Func<LiveAirSnapshot, Task> _render;
    private int _pending;

    public LiveSubscription(LiveAirState state, Func<LiveAirSnapshot, Task> render)
    {
        _state = state;
        _render = render;
        _state.Changed += OnChanged;
    }

    private void OnChanged(LiveAirSnapshot snapshot)
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _ = RenderAsync();
        }
    }

    private async Task RenderAsync()
    {
        await Task.Delay(Coalesce).ConfigureAwait(false);
        Interlocked.Exchange(ref _pending, 0);
        try
        {
            await _render(_state.Current).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            // the circuit ended between the snapshot and the render
        }
    }

    public void Dispose() => _state.Changed -= OnChanged;
}
