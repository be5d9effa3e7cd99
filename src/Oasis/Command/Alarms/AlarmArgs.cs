using Oasis.Platform.Errors;

namespace Oasis.CommandCentre.Alarms;

/// <summary>States and actions of an alarm named in the reader's language in refusals.</summary>
internal static class AlarmArgs
{
    public static TextArg State(string code) => new("Command.AlarmState." + code, code);

    public static TextArg Action(string code) => new("Command.AlarmAction." + code, code);
}
