using Oasis.Data;

namespace Oasis.Forecasting.Warnings;

/// <summary>
/// Told after an issued change of a warning is saved (<c>issue</c>, <c>upgrade</c>, <c>downgrade</c>, <c>lift</c>), so
/// that other modules (the emergency-reduction tasks, decision 0421) follow the warning without Forecasting knowing them.
/// The call runs inside a transaction that also marks the work done (decision 0425): a listener that throws is rolled
/// back and called again later, so it must do its whole work through the given database context and may be called late — it
/// is given the level and the time of the change, not the warning's present ones.
/// </summary>
internal interface IWarningListener
{
    /// <summary>Stable name stored with the work owed (at most 50 characters).</summary>
    string Name { get; }

    /// <param name="warning">The warning as of the change: <see cref="PollutionWarning.Level"/> is the level it put in force.</param>
    /// <param name="issuedAt">When the change was issued (UTC).</param>
    Task OnIssuedAsync(OasisDb db, PollutionWarning warning, string action, DateTime issuedAt, CancellationToken ct);
}
