using System.Text;

namespace Oasis.Hj212.Tests;

public sealed class CommandRoundTripTests
{
    private static readonly DeviceIdentity Device = new("010000A8900016F000169DC0", "123456", "32");
    private static readonly DateTime T = new(2016, 8, 1, 8, 58, 57);
    private const string Qn = "20160801085857223";

    public static TheoryData<string, Hj212Message> AllCommands() => new()
    {
        { "1000", Hj212Commands.SetTimeoutAndRetries(Device, Qn, 5, 3) },
        { "1011 request", Hj212Commands.GetTime(Device, Qn, "w01018") },
        { "1011 upload", Hj212Commands.TimeUpload(Device, Qn, T, "w01018") },
        { "1012", Hj212Commands.SetTime(Device, Qn, T, "w01018") },
        { "1013", Hj212Commands.TimeCalibrationRequest(Device, Qn, "w01018") },
        { "1061 request", Hj212Commands.GetRtdInterval(Device, Qn) },
        { "1061 upload", Hj212Commands.RtdIntervalUpload(Device, Qn, 30) },
        { "1062", Hj212Commands.SetRtdInterval(Device, Qn, 30) },
        { "1063 request", Hj212Commands.GetMinInterval(Device, Qn) },
        { "1063 upload", Hj212Commands.MinIntervalUpload(Device, Qn, 10) },
        { "1064", Hj212Commands.SetMinInterval(Device, Qn, 10) },
        { "1072", Hj212Commands.SetPassword(Device, Qn, "654321") },
        { "2011 request", Hj212Commands.RequestRealTimeData(Device, Qn) },
        { "2011 upload", Hj212Commands.DataUpload(Device, Qn, 2011, T, [FactorSample.Single("w01018", FieldKind.Rtd, 50.1), FactorSample.Single("a01013", FieldKind.Rtd, -0.25, 'D')]) },
        { "2012", Hj212Commands.StopRealTimeData(Device, Qn) },
        { "2021 request", Hj212Commands.RequestRunningState(Device, Qn) },
        { "2021 upload", Hj212Commands.RunningStateUpload(Device, Qn, T, [new("SB1", 1), new("SB2", 0)]) },
        { "2022", Hj212Commands.StopRunningState(Device, Qn) },
        { "2031 request", Hj212Commands.RequestHistory(Device, Qn, 2031, T.Date, T.Date.AddDays(1)) },
        { "2031 upload", Hj212Commands.DataUpload(Device, Qn, 2031, T.Date, [new FactorSample("w00000", [new(FieldKind.Cou, 1512), new(FieldKind.Avg, 17.5)])]) },
        { "2041 upload", Hj212Commands.RunningTimeUpload(Device, Qn, T.Date, [new("SB1", 1.1)]) },
        { "2051 request", Hj212Commands.RequestHistory(Device, Qn, 2051, T, T.AddHours(1)) },
        { "2051 upload", Hj212Commands.DataUpload(Device, Qn, 2051, new DateTime(2016, 8, 1, 8, 40, 0), [new FactorSample("w01018", [new(FieldKind.Cou, 10.5), new(FieldKind.Min, 40.1), new(FieldKind.Avg, 40.1), new(FieldKind.Max, 40.1)])]) },
        { "2061 request", Hj212Commands.RequestHistory(Device, Qn, 2061, T, T.AddHours(1)) },
        { "2061 upload", Hj212Commands.DataUpload(Device, Qn, 2061, new DateTime(2016, 8, 1, 8, 0, 0), [new FactorSample("a34004", [new(FieldKind.Avg, 35), new(FieldKind.ZsAvg, 40)], 'M')]) },
        { "2081", Hj212Commands.RestartTimeUpload(Device, Qn, T, T.AddDays(-1)) },
        { "3011", Hj212Commands.Control(Device, Qn, 3011, "w01018") },
        { "3012", Hj212Commands.Control(Device, Qn, 3012, "w01018") },
        { "3013", Hj212Commands.Control(Device, Qn, 3013, "w01018") },
        { "3014", Hj212Commands.Control(Device, Qn, 3014, "w01018") },
        { "3015 request", Hj212Commands.RetainSample(Device, Qn) },
        { "3015 response", Hj212Commands.SampleRetained(Device, Qn, T, 1) },
        { "3016", Hj212Commands.SetSamplingCycle(Device, Qn, "w01018", "000000", 2) },
        { "3017 request", Hj212Commands.GetSamplingCycle(Device, Qn, "w01018") },
        { "3017 response", Hj212Commands.SamplingCycle(Device, Qn, "w01018", "000000", 2) },
        { "3018 request", Hj212Commands.GetSampleOutputTime(Device, Qn, "w01018") },
        { "3018 response", Hj212Commands.SampleOutputTime(Device, Qn, "w01018", 40) },
        { "3019 request", Hj212Commands.GetDeviceSn(Device, Qn, "w01018") },
        { "3019 upload", Hj212Commands.DeviceSn(Device, Qn, "w01018", "010000A8900016F000169DC0", T) },
        { "3020 request", Hj212Commands.GetInfo(Device, Qn, "w01018", "i11001", T, T.AddHours(1)) },
        { "3020 upload", Hj212Commands.Info(Device, Qn, T, "w01018", "i11001", "//运行正常, 无报警;//", upload: true) },
        { "3021", Hj212Commands.SetParameter(Device, Qn, "w01018", "i13004", "168.0") },
        { "9011", Hj212Commands.RequestAnswer(Device, Qn, 1) },
        { "9012", Hj212Commands.ExecutionResult(Device, Qn, 1) },
        { "9013", Hj212Commands.NoticeAnswer(Qn, Device.Mn, Device.Pw) },
        { "9014", Hj212Commands.DataAnswer(Qn, Device.Mn, Device.Pw) },
        { "8013 vendor heartbeat", Hj212Commands.Heartbeat(Device) },
    };

    [Theory]
    [MemberData(nameof(AllCommands))]
    public void Every_appendix_c_command_decodes_to_what_was_encoded(string name, Hj212Message message)
    {
        var bytes = message.ToPacket();
        var decoded = Hj212Packet.TryDecode(bytes, out var reason);

        Assert.True(reason == RejectReason.None, name + ": " + reason);
        Assert.Equal(message.Qn, decoded!.Qn);
        Assert.Equal(message.St, decoded.St);
        Assert.Equal(message.Cn, decoded.Cn);
        Assert.Equal(message.Pw, decoded.Pw);
        Assert.Equal(message.Mn, decoded.Mn);
        Assert.Equal(message.Flag, decoded.Flag);
        Assert.Equal(message.ToSegment(), decoded.Segment);
        var rebuilt = string.Join(';', decoded.Fields.GroupBy(f => f.Group).Select(g => string.Join(',', g.Select(f => f.Name + "=" + f.Value))));
        Assert.Equal(message.Cp, rebuilt);
        Assert.Equal(Encoding.UTF8.GetByteCount(message.ToSegment()), int.Parse(Encoding.ASCII.GetString(bytes, 2, 4), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Data_answer_echoes_qn_and_mn_with_st_91_flag_4_and_empty_cp()
    {
        var upload = "##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80"u8;
        Hj212Parser.Parse(upload, out var view);

        var answer = Encoding.ASCII.GetString(Hj212Commands.DataAnswerFor(view));

        Assert.StartsWith("##0087QN=20160801085857223;ST=91;CN=9014;PW=100000;MN=010000A8900016F000169DC0;Flag=4;CP=&&&&", answer, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", answer, StringComparison.Ordinal);
        Assert.Equal(RejectReason.None, Hj212Parser.Parse(Encoding.ASCII.GetBytes(answer), out _));
    }

    [Fact]
    public void Info_log_with_chinese_text_is_framed_with_the_byte_count_and_also_accepted_with_the_character_count()
    {
        var message = Hj212Commands.Info(Device, Qn, T, "w01018", "i11001", "//运行//", upload: true);
        var segment = message.ToSegment();
        var byteCount = Encoding.UTF8.GetByteCount(segment);
        var charCount = segment.Length;
        var crc = Hj212Crc.Compute(Encoding.UTF8.GetBytes(segment)).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        var withChars = Encoding.UTF8.GetBytes($"##{charCount:D4}{segment}{crc}\r\n");

        Assert.NotEqual(byteCount, charCount);
        Assert.Equal(RejectReason.None, Hj212Parser.Parse(message.ToPacket(), out var v1));
        Assert.False(v1.Warnings.HasFlag(Hj212Warnings.LengthCountsCharacters));
        Assert.Equal(RejectReason.None, Hj212Parser.Parse(withChars, out var v2));
        Assert.True(v2.Warnings.HasFlag(Hj212Warnings.LengthCountsCharacters));
        Assert.Equal("//运行//", Hj212Packet.From(v2).Fields.Single(f => f.Kind == FieldKind.Info).Value);
    }

    [Fact]
    public void Data_answer_written_into_a_span_equals_the_allocating_one_and_uses_the_registered_password()
    {
        var upload = "##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80"u8;
        Hj212Parser.Parse(upload, out var view);
        Span<byte> buffer = stackalloc byte[Hj212Commands.MaxDataAnswerBytes];

        Assert.True(Hj212Commands.TryWriteDataAnswer(view, default, buffer, out var n));
        Assert.Equal(Hj212Commands.DataAnswerFor(view), buffer[..n].ToArray());
        Assert.True(Hj212Commands.TryWriteDataAnswer(view, "654321"u8, buffer, out n));
        Assert.Equal(Hj212Commands.DataAnswerFor(view, "654321"), buffer[..n].ToArray());
    }
}
