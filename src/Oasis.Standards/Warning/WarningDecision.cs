namespace Oasis.Standards.Warning;

/// <summary>What to do with the warning in force given the level the latest forecast calls for.</summary>
public enum WarningAction
{
    Keep,
    Issue,
    Upgrade,
    Downgrade,
    Lift,
}

public static class WarningDecisions
{
    /// <summary>
    /// Issue from none, upgrade or downgrade between levels, lift only when the forecast shows the clean
    /// hours the scheme asks for (a warning is not lifted on one good day).
    /// </summary>
    public static WarningAction Decide(WarningLevel inForce, WarningLevel called, bool liftConfirmed) =>
        (inForce, called) switch
        {
            (WarningLevel.None, WarningLevel.None) => WarningAction.Keep,
            (WarningLevel.None, _) => WarningAction.Issue,
            (_, WarningLevel.None) => liftConfirmed ? WarningAction.Lift : WarningAction.Keep,
            _ when called > inForce => WarningAction.Upgrade,
            _ when called < inForce => WarningAction.Downgrade,
            _ => WarningAction.Keep,
        };
}
