namespace Oasis.CommandCentre.Live;

/// <summary>
/// The live air state the screens and <c>/api/command/overview</c> read: one immutable snapshot, replaced by the
/// live worker after each batch of committed packets (and every 30 s, as the moving hour advances).
/// </summary>
internal sealed class LiveAirState
{
    private volatile LiveAirSnapshot _current = LiveAirSnapshot.Empty;

    public LiveAirSnapshot Current => _current;

    /// <summary>Raised on the worker's thread after a new snapshot is in place; handlers must only schedule work (InvokeAsync).</summary>
    public event Action<LiveAirSnapshot>? Changed;

    public void Publish(LiveAirSnapshot snapshot)
    {
        _current = snapshot;
        Changed?.Invoke(snapshot);
    }
}
