using System.Globalization;
using System.Text;

namespace Oasis.Hj212;

// Field unit → platform: uploads and responses (C.2, C.4, C.5, C.7, C.14–C.24).
public static partial class Hj212Commands
{
    /// <summary>
    /// A data upload: 2011 real-time (DataTime = sampling instant), 2051 minute, 2061 hourly or
    /// 2031 daily data (DataTime = start of the period). One <c>;</c> group per factor.
    /// </summary>
    public static Hj212Message DataUpload(DeviceIdentity d, string qn, int cn, DateTime dataTime, IEnumerable<FactorSample> factors, bool answerWanted = true)
    {
        ArgumentNullException.ThrowIfNull(factors);
        var sb = new StringBuilder("DataTime=").Append(DataTimes.Format(dataTime));
        foreach (var f in factors)
        {
            sb.Append(';');
            f.AppendTo(sb);
        }

        return new(qn, d.St, Int(cn), d.Pw, d.Mn, answerWanted ? Request : Plain, sb.ToString());
    }

    /// <summary>2021 equipment running state (<c>SB1-RS=1</c>; 0 off … 5 blowback).</summary>
    public static Hj212Message RunningStateUpload(DeviceIdentity d, string qn, DateTime dataTime, IEnumerable<KeyValuePair<string, int>> states) =>
        new(qn, d.St, "2021", d.Pw, d.Mn, Request,
            Join([$"DataTime={DataTimes.Format(dataTime)}", .. states.Select(s => $"{s.Key}-RS={Int(s.Value)}")]));

    /// <summary>2041 equipment daily running time in hours (<c>SB1-RT=1.1</c>).</summary>
    public static Hj212Message RunningTimeUpload(DeviceIdentity d, string qn, DateTime day, IEnumerable<KeyValuePair<string, double>> hours) =>
        new(qn, d.St, "2041", d.Pw, d.Mn, Request,
            Join([$"DataTime={DataTimes.Format(day)}", .. hours.Select(h => $"{h.Key}-RT={FactorSample.FormatNumber(h.Value)}")]));

    /// <summary>2081 data-acquisition unit restart time.</summary>
    public static Hj212Message RestartTimeUpload(DeviceIdentity d, string qn, DateTime dataTime, DateTime restartTime) =>
        new(qn, d.St, "2081", d.Pw, d.Mn, Request, $"DataTime={DataTimes.Format(dataTime)};RestartTime={DataTimes.Format(restartTime)}");

    /// <summary>1011 response: the field unit's clock.</summary>
    public static Hj212Message TimeUpload(DeviceIdentity d, string qn, DateTime systemTime, string? polId = null) =>
        new(qn, d.St, "1011", d.Pw, d.Mn, Plain, Join(PolId(polId), "SystemTime=" + DataTimes.Format(systemTime)));

    /// <summary>1013 time-calibration request (a notice: the platform answers 9013, then sends 1012).</summary>
    public static Hj212Message TimeCalibrationRequest(DeviceIdentity d, string qn, string? polId = null) =>
        new(qn, d.St, "1013", d.Pw, d.Mn, Request, PolId(polId));

    /// <summary>1061 response: real-time data interval in seconds.</summary>
    public static Hj212Message RtdIntervalUpload(DeviceIdentity d, string qn, int seconds) =>
        new(qn, d.St, "1061", d.Pw, d.Mn, Plain, "RtdInterval=" + Int(seconds));

    /// <summary>1063 response: minute-data interval in minutes.</summary>
    public static Hj212Message MinIntervalUpload(DeviceIdentity d, string qn, int minutes) =>
        new(qn, d.St, "1063", d.Pw, d.Mn, Plain, "MinInterval=" + Int(minutes));

    /// <summary>Vendor heartbeat 8013 as 2005-era devices send it (not in the standard).</summary>
    public static Hj212Message Heartbeat(DeviceIdentity d, int heartbeatSeconds = 120) =>
        new(null, d.St, "8013", d.Pw, d.Mn, 0, "HeartbeatTime=" + heartbeatSeconds.ToString(CultureInfo.InvariantCulture));
}
