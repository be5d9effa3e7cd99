using Oasis.Platform.Scopes;

namespace Oasis.CommandCentre;

/// <summary>What the command centre counts besides the air: open alarms by level, work orders by state, who is on duty.</summary>
/// <param name="AlarmsByLevel">Open alarms per level code (general, serious, severe), zeros included.</param>
/// <param name="OrdersByState">Work orders per state code (pending … closed), zeros included, plus "overdue".</param>
/// <param name="OnDuty">The people on duty now, leaders first.</param>
internal sealed record CommandTallies(
    IReadOnlyDictionary<string, int> AlarmsByLevel,
    IReadOnlyDictionary<string, int> OrdersByState,
    IReadOnlyList<OnDutyPerson> OnDuty);

/// <param name="Post">leader or operator.</param>
internal sealed record OnDutyPerson(string UserName, string DisplayName, string Post, DateTimeOffset From, DateTimeOffset Until);

/// <summary>Counts within a caller's data scope; implemented by the alarms, work orders and duty roster.</summary>
internal interface ICommandTallies
{
    Task<CommandTallies> CountAsync(DataScope scope, CancellationToken ct);
}
