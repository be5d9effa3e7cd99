namespace Oasis.Platform.Auth;

/// <summary>The roles of Oasis. Admin, SecurityAdmin and Auditor are the 三员 of 等保 2.0 and never combine.</summary>
internal static class Roles
{
    public const string Admin = "Admin";
    public const string SecurityAdmin = "SecurityAdmin";
    public const string Auditor = "Auditor";
    public const string Leader = "Leader";
    public const string Operator = "Operator";
    public const string GridManager = "GridManager";
    public const string Monitor = "Monitor";
    public const string Enforcer = "Enforcer";
    public const string RiskOfficer = "RiskOfficer";
    public const string Enterprise = "Enterprise";

    public static readonly string[] All =
        [Admin, SecurityAdmin, Auditor, Leader, Operator, GridManager, Monitor, Enforcer, RiskOfficer, Enterprise];

    /// <summary>The three duties that separation of duties keeps apart (三权分立).</summary>
    public static readonly string[] SeparatedDuties = [Admin, SecurityAdmin, Auditor];

    /// <summary>Roles that work on the city's data (everyone but the enterprise and the two security duties).</summary>
    public static readonly string[] Staff = [Admin, Leader, Operator, GridManager, Monitor, Enforcer, RiskOfficer];

    public static bool IsKnown(string role) => Array.IndexOf(All, role) >= 0;

    /// <summary>More than one of Admin, SecurityAdmin, Auditor on one account is refused.</summary>
    public static bool ViolatesSeparation(IEnumerable<string> roles) =>
        roles.Count(r => Array.IndexOf(SeparatedDuties, r) >= 0) > 1;
}

/// <summary>Named authorization policies; every endpoint names one.</summary>
internal static class Policies
{
    public const string Staff = "staff";
    public const string StaffOrEnterprise = "staff-or-enterprise";
    public const string Admin = "admin";
    public const string Security = "security";
    public const string Audit = "audit";
    public const string GridEditors = "grid-editors";
    public const string StationEditors = "station-editors";
    public const string EnterpriseEditors = "enterprise-editors";
    public const string Authenticated = "authenticated";
    public const string Ingest = "ingest";

    /// <summary>Water registries and sampling results: the monitoring station (监测站) and the admin.</summary>
    public const string WaterEditors = "water-editors";

    /// <summary>Set the city's air targets: the administrator and the bureau's leaders.</summary>
    public const string TargetEditors = "target-editors";

    /// <summary>Monitoring staff's air work (proposing dust periods, importing the national decisions).</summary>
    public const string AirMonitoring = "air-monitoring";

    /// <summary>A leader's decision (approving a dust period).</summary>
    public const string Leaders = "leaders";

    /// <summary>Alarm rules and the duty roster: Admin and the command centre's operators.</summary>
    public const string CommandEditors = "command-editors";

    /// <summary>Acknowledging and clearing alarms, hand-overs: the operators on duty.</summary>
    public const string Operators = "operators";

    /// <summary>Importing electricity use (用电量, decision 0425): the enterprise its own, enforcers and the admin any in scope.</summary>
    public const string ElectricityImporters = "electricity-importers";

    /// <summary>Work-order actions: operators and grid managers (the order's state table decides which action).</summary>
    public const string WorkOrderActors = "work-order-actors";
}
