using Oasis.Platform.Errors;
using Oasis.CommandCentre.Alarms;

namespace Oasis.CommandCentre.WorkOrders;

/// <summary>
/// How long an order may take from creation to closing, per alarm level; orders made by hand without a level use
/// <see cref="Manual"/>. Defaults in docs/decisions/0603-work-order-transitions-and-deadlines.md.
/// </summary>
internal sealed record WorkOrderDeadlines
{
    public TimeSpan General { get; init; } = TimeSpan.FromHours(72);

    public TimeSpan Serious { get; init; } = TimeSpan.FromHours(24);

    public TimeSpan Severe { get; init; } = TimeSpan.FromHours(4);

    public TimeSpan Manual { get; init; } = TimeSpan.FromHours(72);

    public TimeSpan For(AlarmLevel? level) => level switch
    {
        AlarmLevel.General => General,
        AlarmLevel.Serious => Serious,
        AlarmLevel.Severe => Severe,
        _ => Manual,
    };
}

/// <summary>The resource keys of refused transitions; the host's handler turns them into 409 ProblemDetails.</summary>
internal static class WorkOrderProblems
{
    public const string Type = "work-order-transition";
    public const string WrongRole = "Command.WorkOrder.WrongRole";
    public const string WrongState = "Command.WorkOrder.WrongState";
    public const string OtherGrid = "Command.WorkOrder.OtherGrid";
    public const string NoReport = "Command.WorkOrder.NoReport";

    public static TextArg StateArg(string code) => new("Command.WorkOrderState." + code, code);

    public static TextArg ActionArg(string code) => new("CommandUi.Action." + code, code);

    public static TextArg RoleArg(string role) => new("Role." + role, role);
}
