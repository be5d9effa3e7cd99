namespace Oasis.Standards.Air;

/// <summary>A column of the IAQI breakpoint table (HJ 633-2012 Table 1, HJ 633-2026 Table 3).</summary>
public enum AqiIndicator
{
    So2Daily,
    So2Hourly,
    No2Daily,
    No2Hourly,
    Pm10Daily,
    CoDaily,
    CoHourly,
    O3Hourly,
    O3EightHour,
    Pm25Daily,
}
