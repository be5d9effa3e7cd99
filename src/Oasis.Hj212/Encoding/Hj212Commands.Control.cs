namespace Oasis.Hj212;

// Control commands 3011–3021 (C.30–C.46), platform → field unit, and the field unit's responses.
public static partial class Hj212Commands
{
    /// <summary>3011 zero/span calibration, 3012 immediate sampling, 3013 cleaning/blowback, 3014 comparison sampling.</summary>
    public static Hj212Message Control(DeviceIdentity d, string qn, int cn, string polId)
    {
        if (cn is < 3011 or > 3014)
        {
            throw new ArgumentOutOfRangeException(nameof(cn), cn, "3011–3014 take only PolId.");
        }

        return Req(d, qn, cn, PolId(polId));
    }

    /// <summary>3015 over-limit sample retention.</summary>
    public static Hj212Message RetainSample(DeviceIdentity d, string qn) => Req(d, qn, 3015, "");

    /// <summary>3016 set the sampling cycle: start time hhmmss and interval in hours.</summary>
    public static Hj212Message SetSamplingCycle(DeviceIdentity d, string qn, string polId, string cstartTime, int ctimeHours) =>
        Req(d, qn, 3016, $"PolId={polId};CstartTime={cstartTime};CTime={Int(ctimeHours)}");

    /// <summary>3017 get the sampling cycle.</summary>
    public static Hj212Message GetSamplingCycle(DeviceIdentity d, string qn, string polId) => Req(d, qn, 3017, PolId(polId));

    /// <summary>3018 get the sample output time.</summary>
    public static Hj212Message GetSampleOutputTime(DeviceIdentity d, string qn, string polId) => Req(d, qn, 3018, PolId(polId));

    /// <summary>3019 get the device's unique id.</summary>
    public static Hj212Message GetDeviceSn(DeviceIdentity d, string qn, string polId) => Req(d, qn, 3019, PolId(polId));

    /// <summary>3020 get field-unit information (logs with a time range, state or parameters).</summary>
    public static Hj212Message GetInfo(DeviceIdentity d, string qn, string polId, string infoId, DateTime? begin = null, DateTime? end = null) =>
        Req(d, qn, 3020, Join(PolId(polId), "InfoId=" + infoId,
            begin is { } b ? "BeginTime=" + DataTimes.Format(b) : "", end is { } e ? "EndTime=" + DataTimes.Format(e) : ""));

    /// <summary>3021 set a field-unit parameter (<c>i13004-Info=168.0</c>).</summary>
    public static Hj212Message SetParameter(DeviceIdentity d, string qn, string polId, string infoId, string value) =>
        Req(d, qn, 3021, $"PolId={polId};InfoId={infoId};{infoId}-Info={value}");

    // ---- field unit responses to 3015–3020 ----

    /// <summary>3015 response: which vase holds the sample.</summary>
    public static Hj212Message SampleRetained(DeviceIdentity d, string qn, DateTime dataTime, int vaseNo) =>
        new(qn, d.St, "3015", d.Pw, d.Mn, Request, $"DataTime={DataTimes.Format(dataTime)};VaseNo={Int(vaseNo)}");

    /// <summary>3017 response.</summary>
    public static Hj212Message SamplingCycle(DeviceIdentity d, string qn, string polId, string cstartTime, int ctimeHours) =>
        new(qn, d.St, "3017", d.Pw, d.Mn, Plain, $"PolId={polId};CstartTime={cstartTime};CTime={Int(ctimeHours)}");

    /// <summary>3018 response: minutes from sampling start to result.</summary>
    public static Hj212Message SampleOutputTime(DeviceIdentity d, string qn, string polId, int stimeMinutes) =>
        new(qn, d.St, "3018", d.Pw, d.Mn, Plain, $"PolId={polId};Stime={Int(stimeMinutes)}");

    /// <summary>3019 response or upload of the device's unique id.</summary>
    public static Hj212Message DeviceSn(DeviceIdentity d, string qn, string polId, string sn, DateTime? dataTime = null) =>
        new(qn, d.St, "3019", d.Pw, d.Mn, dataTime is null ? Plain : Request,
            Join(dataTime is { } t ? "DataTime=" + DataTimes.Format(t) : "", "PolId=" + polId, $"{polId}-SN={sn}"));

    /// <summary>3020 response or upload of field-unit information (<c>i11001-Info=//log//</c>).</summary>
    public static Hj212Message Info(DeviceIdentity d, string qn, DateTime dataTime, string polId, string infoId, string value, bool upload) =>
        new(qn, d.St, "3020", d.Pw, d.Mn, upload ? Request : Plain,
            $"DataTime={DataTimes.Format(dataTime)};PolId={polId};{infoId}-Info={value}");
}
