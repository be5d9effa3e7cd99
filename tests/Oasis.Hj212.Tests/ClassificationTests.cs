using System.Text;

namespace Oasis.Hj212.Tests;

public sealed class ClassificationTests
{
    private static RejectReason Classify(byte[] packet) => Hj212Parser.Parse(packet, out _);

    [Fact]
    public void Line_without_double_hash_is_a_framing_reject() =>
        Assert.Equal(RejectReason.Framing, Classify("QN=1;ST=22;CN=2011\r\n"u8.ToArray()));

    [Fact]
    public void Packet_shorter_than_ten_bytes_is_a_framing_reject() =>
        Assert.Equal(RejectReason.Framing, Classify("##0000FF\r\n"u8.ToArray()));

    [Fact]
    public void Packet_longer_than_the_maximum_is_a_framing_reject()
    {
        var packet = TestPackets.Frame(TestPackets.Minute2017);

        Assert.Equal(RejectReason.None, Hj212Parser.Parse(packet, out _, maxPacketBytes: packet.Length));
        Assert.Equal(RejectReason.Framing, Hj212Parser.Parse(packet, out _, maxPacketBytes: packet.Length - 1));
    }

    [Fact]
    public void Non_digit_length_field_is_a_length_reject() =>
        Assert.Equal(RejectReason.Length, Classify(TestPackets.Raw("01a1", TestPackets.Minute2017)));

    [Fact]
    public void Length_matching_neither_count_is_a_length_reject_even_when_the_crc_is_also_wrong() =>
        Assert.Equal(RejectReason.Length, Classify(TestPackets.Raw("0001", TestPackets.Minute2017, "0000")));

    [Fact]
    public void Crc_mismatch_is_a_crc_reject_and_the_fields_are_still_read()
    {
        var reason = Hj212Parser.Parse(TestPackets.Raw(TestPackets.Minute2017.Length.ToString("D4", null), TestPackets.Minute2017, "FFFF"), out var view);

        Assert.Equal(RejectReason.Crc, reason);
        Assert.Equal("JLYP01_AIR01_0001", Encoding.ASCII.GetString(view.Mn));
    }

    [Fact]
    public void Lower_case_crc_is_accepted()
    {
        var segment = TestPackets.Minute2017;
        var crc = Hj212Crc.Compute(Encoding.UTF8.GetBytes(segment)).ToString("x4", null);

        Assert.Equal(RejectReason.None, Classify(TestPackets.Raw(segment.Length.ToString("D4", null), segment, crc)));
    }

    [Theory]
    [InlineData("QN=1;ST=22;CN=2011;PW=1;MN=A;Flag=4;&&DataTime=20200101000000&&")]
    [InlineData("QN=1;ST=22;PW=1;MN=A;Flag=4;CP=&&&&")]
    [InlineData("QN=1;ST=22;CN=2011;PW=1;Flag=4;CP=&&&&")]
    [InlineData("QN=1;ST=22;CN=2011;PW=1;MN=;Flag=4;CP=&&&&")]
    [InlineData("QN=1;ST=22;CN=2011;PW=1;MN=ABCDEFGHIJKLMNOPQRSTUVWXYZ01234567;Flag=4;CP=&&&&")]
    [InlineData("QN=1;ST=22;CN=2011;PW=1;MN=A B;Flag=4;CP=&&&&")]
    [InlineData("QN=1;ST=22;CN=2011;PW=1;MN=A;Flag=4;CP=&&U2FsdGVkX1+vupppZksvRf5pq5g5XjFRlipRkwB0K1Y=&&")]
    [InlineData("QN=1;ST=22;CN=2011;PW=1;MN=A;Flag=4;CP=&&\u0001\u0002\u00ff\u0010&&")]
    public void Unreadable_fields_and_encrypted_payloads_are_format_rejects(string segment) =>
        Assert.Equal(RejectReason.Format, Classify(TestPackets.Frame(segment)));

    [Fact]
    public void Nul_bytes_in_st_are_accepted_with_a_warning()
    {
        Assert.Equal(RejectReason.None, Hj212Parser.Parse(TestPackets.Frame("ST=\0\0;CN=2051;PW=123456;MN=LD130101000229;CP=&&DataTime=20160824050000000;B02-Avg=1&&"), out var v));
        Assert.True(v.Warnings.HasFlag(Hj212Warnings.ControlBytes));
        Assert.True(v.Warnings.HasFlag(Hj212Warnings.UnknownSt));
    }

    [Fact]
    public void Negative_values_unknown_codes_and_year_2000_clocks_are_accepted_with_warnings()
    {
        var segment = "ST=31;CN=2011;PW=123456;MN=LD130131000283;CP=&&DataTime=20000202050000000;S08-Rtd=-0.001221,S08-Flag=N;x99999-Rtd=1,x99999-Flag=Q&&";

        Assert.Equal(RejectReason.None, Hj212Parser.Parse(TestPackets.Frame(segment), out var v));
        var expected = Hj212Warnings.NegativeValue | Hj212Warnings.UnknownFactor | Hj212Warnings.ImplausibleDataTime
            | Hj212Warnings.DataTimeMilliseconds | Hj212Warnings.UnknownDataFlag | Hj212Warnings.NoFlag;
        Assert.Equal(expected, v.Warnings & expected);
        Assert.Equal(new DateTime(2000, 2, 2, 5, 0, 0), v.DataTime);
    }

    [Theory]
    [InlineData("8013", "HeartbeatTime=120")]
    [InlineData("9015", "DataTime=20160824045356000;CON-RT=0")]
    public void Vendor_heartbeats_are_accepted_and_recognised(string cn, string cp)
    {
        Assert.Equal(RejectReason.None, Hj212Parser.Parse(TestPackets.Frame($"ST=91;CN={cn};PW=123456;MN=LD130121000243;Flag=0;CP=&&{cp}&&"), out var v));
        Assert.True(v.IsHeartbeat);
        Assert.True(v.Warnings.HasFlag(Hj212Warnings.UnknownCn));
    }

    [Fact]
    public void Qn_carried_in_cp_by_a_2005_device_is_used_for_the_answer()
    {
        Assert.Equal(RejectReason.None, Hj212Parser.Parse(TestPackets.Frame("ST=91;CN=1013;PW=123456;MN=LD130124000394;Flag=1;CP=&&QN=20160824052858000&&"), out var v));
        Assert.True(v.AnswerWanted);
        Assert.Equal("20160824052858000", Encoding.ASCII.GetString(v.Qn));
        Assert.True(v.Warnings.HasFlag(Hj212Warnings.QnInCp));
    }

    [Fact]
    public void Leading_keepalive_bytes_before_the_header_are_skipped_with_a_warning()
    {
        var packet = (byte[])[0, 0, .. TestPackets.Frame(TestPackets.Minute2017)];

        Assert.Equal(RejectReason.None, Hj212Parser.Parse(packet, out var v));
        Assert.True(v.Warnings.HasFlag(Hj212Warnings.LeadingBytesSkipped));
    }

    [Fact]
    public void Split_part_without_pnum_is_accepted_with_a_warning()
    {
        Assert.Equal(RejectReason.None, Hj212Parser.Parse(TestPackets.Frame("QN=20160801085857223;ST=32;CN=2061;PW=1;MN=A;Flag=6;CP=&&DataTime=20160801080000&&"), out var v));
        Assert.True(v.Warnings.HasFlag(Hj212Warnings.SplitFieldsInconsistent));
    }
}
