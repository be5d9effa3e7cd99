namespace Oasis.Hj212;

/// <summary>Command codes (CN) of Table 9 that the platform and simulator use by name.</summary>
public static class CommandCodes
{
    public const int SetTimeoutAndRetries = 1000;
    public const int GetTime = 1011;
    public const int SetTime = 1012;
    public const int TimeCalibrationRequest = 1013;
    public const int GetRtdInterval = 1061;
    public const int SetRtdInterval = 1062;
    public const int GetMinInterval = 1063;
    public const int SetMinInterval = 1064;
    public const int SetPassword = 1072;
    public const int RealTimeData = 2011;
    public const int StopRealTimeData = 2012;
    public const int RunningState = 2021;
    public const int StopRunningState = 2022;
    public const int DailyData = 2031;
    public const int DailyRunningTime = 2041;
    public const int MinuteData = 2051;
    public const int HourlyData = 2061;
    public const int RestartTime = 2081;
    public const int RequestAnswer = 9011;
    public const int ExecutionResult = 9012;
    public const int NoticeAnswer = 9013;
    public const int DataAnswer = 9014;

    /// <summary>Vendor heartbeat seen in 2005-era traffic (not in the standard).</summary>
    public const int VendorHeartbeat8013 = 8013;

    /// <summary>Vendor heartbeat seen in 2005-era traffic (reserved range in the standard).</summary>
    public const int VendorHeartbeat9015 = 9015;

    /// <summary>True for the codes of Table 9.</summary>
    public static bool IsStandard(int cn) => cn is 1000 or 1011 or 1012 or 1013 or (>= 1061 and <= 1064) or 1072
        or 2011 or 2012 or 2021 or 2022 or 2031 or 2041 or 2051 or 2061 or 2081
        or (>= 3011 and <= 3021) or (>= 9011 and <= 9014);

    /// <summary>Vendor heartbeats: kept and counted, never carry readings.</summary>
    public static bool IsHeartbeat(int cn) => cn is VendorHeartbeat8013 or VendorHeartbeat9015;

    /// <summary>Data uploads whose readings are keyed by (MN, CN, DataTime, factor).</summary>
    public static bool IsDataUpload(int cn) => cn is RealTimeData or MinuteData or HourlyData or DailyData;
}

/// <summary>System codes (ST) of Table 5.</summary>
public static class SystemCodes
{
    public const int SurfaceWater = 21;
    public const int AirQuality = 22;
    public const int FlueGasSource = 31;
    public const int WastewaterSource = 32;
    public const int SystemInteraction = 91;

    public static bool IsStandard(int st) => st is (>= 21 and <= 27) or (>= 31 and <= 39) or 41 or 51 or 52 or 91;
}

/// <summary>Data flags of Table 8. Only <see cref="Normal"/> values feed statistics.</summary>
public static class DataFlags
{
    public const char Normal = 'N';
    public const char Stopped = 'F';
    public const char Maintenance = 'M';
    public const char ManuallySet = 'S';
    public const char Fault = 'D';
    public const char Calibration = 'C';
    public const char OverRange = 'T';
    public const char CommunicationFault = 'B';

    public static bool IsStandard(byte flag) => flag is (byte)'N' or (byte)'F' or (byte)'M' or (byte)'S'
        or (byte)'D' or (byte)'C' or (byte)'T' or (byte)'B';
}

/// <summary>Which edition's rules a packet follows, read from the Flag version bits.</summary>
public enum Hj212Dialect : byte
{
    /// <summary>HJ/T 212-2005: no Flag, or version bits 0.</summary>
    Hj2005,

    /// <summary>HJ 212-2017: version bits 1 (and 2, HJ 212-2025, read as compatible).</summary>
    Hj2017,
}
