using System.Globalization;
using System.Text;

namespace Oasis.Hj212;

/// <summary>Who a command is addressed to or sent by: MN, its password and its system code.</summary>
public sealed record DeviceIdentity(string Mn, string Pw, string St);

/// <summary>
/// Every command of HJ 212-2017 Appendix C, in both directions. Requests from the platform and
/// uploads from a field unit ask for an answer (Flag=5); answers (9011–9014) use ST=91 and
/// Flag=4 with the QN of the packet they answer, as the Appendix C tables show.
/// </summary>
public static partial class Hj212Commands
{
    private const string Interaction = "91";
    private const int Request = Hj212Flags.Version2017 | Hj212Flags.Answer;
    private const int Plain = Hj212Flags.Version2017;

    // ---- answers (both directions) ----

    /// <summary>9014 data answer: <c>QN=&lt;same&gt;;ST=91;CN=9014;PW=…;MN=&lt;same&gt;;Flag=4;CP=&amp;&amp;&amp;&amp;</c>.</summary>
    public static Hj212Message DataAnswer(string? qn, string mn, string pw) => new(qn, Interaction, "9014", pw, mn, Plain, "");

    /// <summary>9013 notice answer (to 1013, 2012, 2022 …).</summary>
    public static Hj212Message NoticeAnswer(string? qn, string mn, string pw) => new(qn, Interaction, "9013", pw, mn, Plain, "");

    /// <summary>9011 request answer (QnRtn, Table 7), field unit → platform.</summary>
    public static Hj212Message RequestAnswer(DeviceIdentity device, string qn, int qnRtn) =>
        new(qn, Interaction, "9011", device.Pw, device.Mn, Plain, "QnRtn=" + Int(qnRtn));

    /// <summary>9012 execution result (ExeRtn, Table 6), field unit → platform.</summary>
    public static Hj212Message ExecutionResult(DeviceIdentity device, string qn, int exeRtn) =>
        new(qn, Interaction, "9012", device.Pw, device.Mn, Plain, "ExeRtn=" + Int(exeRtn));

    /// <summary>
    /// The 9014 answer to a parsed packet, as bytes, with the device's registered password when
    /// the host knows it (else the packet's own PW).
    /// </summary>
    public static byte[] DataAnswerFor(in Hj212PacketView packet, string? registeredPw = null) =>
        DataAnswer(Text(packet.Qn), Encoding.UTF8.GetString(packet.Mn), registeredPw ?? Encoding.UTF8.GetString(packet.Pw)).ToPacket();

    // ---- platform → field unit: parameters (C.1–C.9) ----

    public static Hj212Message SetTimeoutAndRetries(DeviceIdentity d, string qn, int overTime, int reCount) =>
        Req(d, qn, 1000, $"OverTime={Int(overTime)};ReCount={Int(reCount)}");

    public static Hj212Message GetTime(DeviceIdentity d, string qn, string? polId = null) => Req(d, qn, 1011, PolId(polId));

    public static Hj212Message SetTime(DeviceIdentity d, string qn, DateTime systemTime, string? polId = null) =>
        Req(d, qn, 1012, Join(PolId(polId), "SystemTime=" + DataTimes.Format(systemTime)));

    public static Hj212Message GetRtdInterval(DeviceIdentity d, string qn) => Req(d, qn, 1061, "");

    public static Hj212Message SetRtdInterval(DeviceIdentity d, string qn, int seconds) => Req(d, qn, 1062, "RtdInterval=" + Int(seconds));

    public static Hj212Message GetMinInterval(DeviceIdentity d, string qn) => Req(d, qn, 1063, "");

    public static Hj212Message SetMinInterval(DeviceIdentity d, string qn, int minutes) => Req(d, qn, 1064, "MinInterval=" + Int(minutes));

    public static Hj212Message SetPassword(DeviceIdentity d, string qn, string newPw) => Req(d, qn, 1072, "NewPW=" + newPw);

    // ---- platform → field unit: data requests (C.10–C.13, C.20–C.23) ----

    public static Hj212Message RequestRealTimeData(DeviceIdentity d, string qn) => Req(d, qn, 2011, "");

    /// <summary>2012 stop real-time data (a notice: answered with 9013).</summary>
    public static Hj212Message StopRealTimeData(DeviceIdentity d, string qn) => Req(d, qn, 2012, "");

    public static Hj212Message RequestRunningState(DeviceIdentity d, string qn) => Req(d, qn, 2021, "");

    public static Hj212Message StopRunningState(DeviceIdentity d, string qn) => Req(d, qn, 2022, "");

    /// <summary>History request for 2031 (days), 2041 (running time), 2051 (minutes) or 2061 (hours).</summary>
    public static Hj212Message RequestHistory(DeviceIdentity d, string qn, int cn, DateTime begin, DateTime end) =>
        Req(d, qn, cn, $"BeginTime={DataTimes.Format(begin)};EndTime={DataTimes.Format(end)}");

    private static Hj212Message Req(DeviceIdentity d, string qn, int cn, string cp) => new(qn, d.St, Int(cn), d.Pw, d.Mn, Request, cp);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string PolId(string? polId) => polId is null ? "" : "PolId=" + polId;

    private static string Join(params string[] parts) => string.Join(';', parts.Where(p => p.Length > 0));

    private static string? Text(ReadOnlySpan<byte> utf8) => utf8.IsEmpty ? null : Encoding.UTF8.GetString(utf8);
}
