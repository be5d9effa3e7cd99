using Oasis.Data;

namespace Oasis.Forecasting.Warnings;

/// <summary>
/// Told after an issued change of a warning is saved (<c>issue</c>, <c>upgrade</c>, <c>downgrade</c>, <c>lift</c>), so
/// that other modules (the emergency-reduction tasks, decision 0421) follow the warning without Forecasting knowing them.
/// </summary>
internal interface IWarningListener
{
    Task OnIssuedAsync(OasisDb db, PollutionWarning warning, string action, CancellationToken ct);
}
