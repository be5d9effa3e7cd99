using System.Globalization;

namespace Oasis.Hj212.Simulation;

// The field unit's side of Appendix C: what it sends back when the platform asks.
public sealed partial class SimulatedFieldUnit
{
    /// <summary>
    /// Answers one packet from the platform: 9014/9013 answers need nothing back; a notice
    /// (2012, 2022) gets 9013; a request gets 9011 (QnRtn=1), its response if it has one, and 9012
    /// (ExeRtn=1), as Appendix C shows. A wrong PW gets QnRtn=3 only.
    /// </summary>
    public IReadOnlyList<Hj212Message> Respond(Hj212Packet request, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var qn = request.Qn ?? NextQn(now);
        var cn = request.CnCode;
        if (cn is CommandCodes.DataAnswer or CommandCodes.NoticeAnswer)
        {
            return [];
        }

        if (cn is CommandCodes.StopRealTimeData or CommandCodes.StopRunningState)
        {
            return [Hj212Commands.NoticeAnswer(qn, Identity.Mn, Identity.Pw)];
        }

        if (request.Pw != Identity.Pw)
        {
            return [Hj212Commands.RequestAnswer(Identity, qn, 3)];
        }

        var accepted = Hj212Commands.RequestAnswer(Identity, qn, 1);
        var response = Execute(request, qn, now);
        var done = Hj212Commands.ExecutionResult(Identity, qn, 1);
        return response is null ? [accepted, done] : [accepted, response, done];
    }

    private Hj212Message? Execute(Hj212Packet request, string qn, DateTime now)
    {
        switch (request.CnCode)
        {
            case CommandCodes.GetTime:
                return Hj212Commands.TimeUpload(Identity, qn, now + ClockSkew, request.Get("PolId"));
            case CommandCodes.SetTime when request.Get("SystemTime") is { } text
                && DataTimes.TryParse(System.Text.Encoding.ASCII.GetBytes(text), out var platformTime):
                ClockSkew = platformTime - now;
                return null;
            case CommandCodes.GetRtdInterval:
                return Hj212Commands.RtdIntervalUpload(Identity, qn, RtdIntervalSeconds);
            case CommandCodes.SetRtdInterval:
                RtdIntervalSeconds = ReadInt(request.Get("RtdInterval"), RtdIntervalSeconds);
                return null;
            case CommandCodes.GetMinInterval:
                return Hj212Commands.MinIntervalUpload(Identity, qn, MinIntervalMinutes);
            case CommandCodes.SetMinInterval:
                MinIntervalMinutes = ReadInt(request.Get("MinInterval"), MinIntervalMinutes);
                return null;
            case CommandCodes.SetPassword when request.Get("NewPW") is { Length: > 0 } pw:
                Identity = Identity with { Pw = pw };
                return null;
            case CommandCodes.RealTimeData:
                return Hj212Commands.DataUpload(Identity, qn, CommandCodes.RealTimeData, now + ClockSkew,
                    SyntheticValues(now).Select(v => Sample(CommandCodes.RealTimeData, v.Key, v.Value)), answerWanted: false);
            default:
                return null;
        }
    }

    private static int ReadInt(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;
}
