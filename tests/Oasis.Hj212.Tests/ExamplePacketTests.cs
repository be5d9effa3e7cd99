using System.Text;

namespace Oasis.Hj212.Tests;

public sealed class ExamplePacketTests
{
    public static TheoryData<string> Verified() => [.. SharedFiles.ExampleLines("verified_packets.txt")];

    public static TheoryData<string> Failing() => [.. SharedFiles.ExampleLines("failing_packets.txt")];

    [Theory]
    [MemberData(nameof(Verified))]
    public void Published_packets_with_a_verified_crc_are_accepted(string line)
    {
        var reason = Hj212Parser.Parse(Encoding.UTF8.GetBytes(line + "\r\n"), out var view);

        Assert.Equal(RejectReason.None, reason);
        Assert.False(view.Mn.IsEmpty);
    }

    [Theory]
    [MemberData(nameof(Failing))]
    public void Published_packets_whose_crc_does_not_match_are_rejected_for_crc(string line)
    {
        Assert.Equal(RejectReason.Crc, Hj212Parser.Parse(Encoding.UTF8.GetBytes(line), out _));
    }

    [Fact]
    public void Standard_example_crc_is_1C80_and_not_modbus()
    {
        var segment = "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&"u8;

        Assert.Equal(0x1C80, Hj212Crc.Compute(segment));
        Assert.Equal(0x1C80, Hj212Crc.ComputeBitwise(segment));
    }

    [Fact]
    public void Standard_example_reads_every_header_field()
    {
        var packet = "##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&1C80\r\n"u8;

        Assert.Equal(RejectReason.None, Hj212Parser.Parse(packet, out var v));
        Assert.Equal("20160801085857223", Encoding.ASCII.GetString(v.Qn));
        Assert.Equal(32, v.StCode);
        Assert.Equal(1062, v.CnCode);
        Assert.Equal("100000", Encoding.ASCII.GetString(v.Pw));
        Assert.Equal("010000A8900016F000169DC0", Encoding.ASCII.GetString(v.Mn));
        Assert.Equal(5, v.Flag);
        Assert.True(v.AnswerWanted);
        Assert.False(v.IsSplit);
        Assert.Equal(Hj212Dialect.Hj2017, v.Dialect);
        Assert.Equal(Hj212Warnings.None, v.Warnings);
        Assert.Equal("30", Hj212Packet.From(v).Get("RtdInterval"));
    }

    [Fact]
    public void Air_station_minute_packet_reads_o3_and_pm25_with_flags()
    {
        var line = SharedFiles.ExampleLines("verified_packets.txt").Single(l => l.Contains("a05024-Avg=63", StringComparison.Ordinal));
        var packet = Hj212Packet.TryDecode(Encoding.UTF8.GetBytes(line), out var reason)!;

        Assert.Equal(RejectReason.None, reason);
        Assert.Equal(new DateTime(2022, 5, 13, 16, 26, 0), packet.DataTime);
        var o3 = packet.Readings.Single(r => r.Code == "a05024");
        Assert.Equal(FieldKind.Avg, o3.Kind);
        Assert.Equal(63, o3.Number);
        Assert.Equal("µg/m³", PollutantCatalogue.DefaultUnit(PollutantCatalogue.Find("a05024")!, 22));
        Assert.Equal("mg/m³", PollutantCatalogue.DefaultUnit(PollutantCatalogue.Find("a21005")!, 22));
        Assert.Equal("N", packet.Fields.First(f => f.Name == "a34004-Flag").Value);
    }

    [Fact]
    public void Flag_8_is_read_as_2017_compatible_with_a_warning()
    {
        var line = SharedFiles.ExampleLines("verified_packets.txt").Single(l => l.Contains("Flag=8;", StringComparison.Ordinal));

        Assert.Equal(RejectReason.None, Hj212Parser.Parse(Encoding.UTF8.GetBytes(line), out var v));
        Assert.Equal(Hj212Dialect.Hj2017, v.Dialect);
        Assert.True(v.Warnings.HasFlag(Hj212Warnings.Version2025));
        Assert.False(v.AnswerWanted);
    }

    [Fact]
    public void Dialect_2005_packet_without_flag_asks_for_no_answer_and_maps_codes_to_2017()
    {
        // P10 of FACTS.md §6.7 (xiaoyao9184/hj-t212-parser).
        const string line = "##0139ST=32;CN=2011;PW=123456;MN=LD130133000015;CP=&&DataTime=20160824003817000;B01-Rtd=36.91;011-Rtd=231.0,011-Flag=N;060-Rtd=1.803,060-Flag=N&&4980";
        var packet = Hj212Packet.TryDecode(Encoding.UTF8.GetBytes(line), out _)!;

        Assert.Equal(Hj212Dialect.Hj2005, packet.Dialect);
        Assert.False(packet.AnswerWanted);
        Assert.True(packet.Warnings.HasFlag(Hj212Warnings.NoFlag));
        Assert.True(packet.Warnings.HasFlag(Hj212Warnings.DataTimeMilliseconds));
        Assert.Equal(new DateTime(2016, 8, 24, 0, 38, 17), packet.DataTime);
        Assert.Equal("w01018", PollutantCatalogue.Find("011")!.Code);
        Assert.Equal("w21003", PollutantCatalogue.Find("060")!.Code);
        Assert.Equal("w00000", PollutantCatalogue.Find("B01")!.Code);
        Assert.Equal("a34013", PollutantCatalogue.Find("01")!.Code);
        Assert.Equal("a19001", PollutantCatalogue.Find("S01")!.Code);
        Assert.Equal("COD", PollutantCatalogue.Find("w01018")!.NameEn);
        Assert.Equal(231.0, packet.Readings.Single(r => r.Code == "011").Number);
    }
}
