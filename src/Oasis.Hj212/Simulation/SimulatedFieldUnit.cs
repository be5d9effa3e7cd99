namespace Oasis.Hj212.Simulation;

/// <summary>One upload as the simulated device sends it: the packets (two when duplicated, none when silent).</summary>
public sealed record SimulatedUpload(string Qn, IReadOnlyList<byte[]> Packets, bool Duplicated, bool Silent);

/// <summary>
/// A pure HJ 212-2017 field unit: builds the packets a real device would send for given values,
/// with faults injected, and answers platform commands. No sockets and no clock of its own: the
/// caller passes the time and drives it (the CLI over TCP, the host in demo mode).
/// </summary>
public sealed partial class SimulatedFieldUnit(FieldUnitOptions options, Random random)
{
    private int _qnCounter;

    public FieldUnitOptions Options => options;

    public DeviceIdentity Identity { get; private set; } = new(options.Mn, options.Pw, options.St);

    /// <summary>How far the device clock is off (fault knob, corrected by a 1012 from the platform).</summary>
    public TimeSpan ClockSkew { get; private set; } = options.Faults.ClockSkew;

    public int RtdIntervalSeconds { get; private set; } = 30;

    public int MinIntervalMinutes { get; private set; } = 10;

    /// <summary>
    /// Builds an upload (2011 real-time with -Rtd, 2051/2061/2031 with -Avg/-Min/-Max) at device
    /// time <paramref name="now"/> for the period starting at <paramref name="dataTime"/>. Null
    /// values are sent with flag D and no number. Every upload asks for an answer (Flag=5).
    /// </summary>
    public SimulatedUpload Upload(int cn, DateTime dataTime, DateTime now, IReadOnlyList<KeyValuePair<string, double?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var qn = NextQn(now);
        if (Roll(options.Faults.Silence))
        {
            return new SimulatedUpload(qn, [], false, true);
        }

        var factors = values.Select(v => Sample(cn, v.Key, v.Value)).ToList();
        var message = Hj212Commands.DataUpload(Identity, qn, cn, dataTime + ClockSkew, factors);
        var packets = Hj212Encoder.Split(message).Select(m => m.ToPacket()).ToList();
        var duplicated = Roll(options.Faults.Duplicate);
        if (duplicated)
        {
            packets.AddRange(packets.ToList());
        }

        return new SimulatedUpload(qn, packets, duplicated, false);
    }

    /// <summary>The factor codes this kind of device reports, in upload order.</summary>
    public IReadOnlyList<string> FactorCodes => SyntheticSeries.Codes(options.Kind);

    /// <summary>Plausible values for water and gas devices (and air without PRSA data).</summary>
    public IReadOnlyList<KeyValuePair<string, double?>> SyntheticValues(DateTime time) => SyntheticSeries.Values(options.Kind, time, random);

    private FactorSample Sample(int cn, string code, double? value)
    {
        var flag = value is null ? DataFlags.Fault : PickFlag();
        if (value is not { } v)
        {
            return new FactorSample(code, [], flag);
        }

        if (cn == CommandCodes.RealTimeData)
        {
            return FactorSample.Single(code, FieldKind.Rtd, v, flag);
        }

        // A direction has no arithmetic spread (350° and 10° are not around 180°): its mean alone.
        if (code == SyntheticSeries.WindDirection)
        {
            return FactorSample.Single(code, FieldKind.Avg, v, flag);
        }

        // Min and max around the mean, as a device aggregating its own readings reports them.
        var spread = Math.Abs(v) * 0.15;
        KeyValuePair<FieldKind, double>[] kinds =
            [new(FieldKind.Min, Math.Round(v - spread, 3)), new(FieldKind.Avg, v), new(FieldKind.Max, Math.Round(v + spread, 3))];
        return new FactorSample(code, kinds, flag);
    }

    private char PickFlag()
    {
        var f = options.Faults;
        return Roll(f.Fault) ? DataFlags.Fault
            : Roll(f.Maintenance) ? DataFlags.Maintenance
            : Roll(f.Calibration) ? DataFlags.Calibration
            : Roll(f.OverRange) ? DataFlags.OverRange
            : DataFlags.Normal;
    }

    private bool Roll(double rate) => rate > 0 && random.NextDouble() < rate;

    // QN is the device's own clock in milliseconds; a counter keeps QNs unique within one millisecond.
    private string NextQn(DateTime now) => Qns.From(now + ClockSkew + TimeSpan.FromMilliseconds(_qnCounter++ % 1000));
}
