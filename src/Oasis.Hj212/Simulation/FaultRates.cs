namespace Oasis.Hj212.Simulation;

/// <summary>What kind of field unit to simulate.</summary>
public enum DeviceKind
{
    /// <summary>Ambient air quality station (ST 22): PM2.5, PM10, SO2, NO2, CO, O3.</summary>
    Air,

    /// <summary>Surface water station (ST 21): pH, DO, CODMn, NH3-N, TP, TN, temperature.</summary>
    Water,

    /// <summary>Flue-gas CEMS at a stack (ST 31): SO2, NOx, dust (also converted), O2, flow, temperature, pressure.</summary>
    Gas,
}

/// <summary>
/// Fault injection knobs, each a probability per upload (0–1). Flags replace the normal flag
/// of a value: D fault, M maintenance, C calibration, T above range. Silence drops the upload;
/// duplicate sends it twice (as a device that missed the answer would); the clock skew shifts
/// DataTime and QN as a device with a wrong clock does.
/// </summary>
public sealed record FaultRates
{
    public double Fault { get; init; }
    public double Maintenance { get; init; }
    public double Calibration { get; init; }
    public double OverRange { get; init; }
    public double Silence { get; init; }
    public double Duplicate { get; init; }
    public TimeSpan ClockSkew { get; init; }

    public static FaultRates None { get; } = new();

    /// <summary>A lively demonstration: a few per cent of everything.</summary>
    public static FaultRates Demo { get; } = new()
    {
        Fault = 0.01, Maintenance = 0.005, Calibration = 0.005, OverRange = 0.002, Silence = 0.01, Duplicate = 0.02,
    };
}

/// <summary>A simulated field unit's identity and behaviour.</summary>
public sealed record FieldUnitOptions(string Mn, string Pw, DeviceKind Kind)
{
    public FaultRates Faults { get; init; } = FaultRates.None;

    /// <summary>The ST the kind reports under.</summary>
    public string St => Kind switch
    {
        DeviceKind.Air => "22",
        DeviceKind.Water => "21",
        _ => "31",
    };
}
