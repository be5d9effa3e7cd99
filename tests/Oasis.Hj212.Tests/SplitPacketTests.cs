using Microsoft.Extensions.Time.Testing;

namespace Oasis.Hj212.Tests;

public sealed class SplitPacketTests
{
    private static readonly DeviceIdentity Device = new("010000A8900016F000169DC0", "123456", "32");
    private static readonly DateTime Hour = new(2016, 8, 1, 8, 0, 0);

    private static Hj212Message LongHourly()
    {
        var factors = Enumerable.Range(1, 60).Select(i => new FactorSample($"w{i:D5}", [new(FieldKind.Avg, i + 0.5), new(FieldKind.Max, i + 1)]));
        return Hj212Commands.DataUpload(Device, "20160801085857223", 2061, Hour, factors);
    }

    private static Hj212Packet Decode(Hj212Message m) => Hj212Packet.TryDecode(m.ToPacket(), out _)!;

    [Fact]
    public void Long_cp_is_split_below_950_characters_with_pnum_pno_and_incremented_qn()
    {
        var parts = Hj212Encoder.Split(LongHourly());

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Cp.Length <= Hj212Encoder.MaxCpLength));
        Assert.All(parts, p => Assert.StartsWith("DataTime=20160801080000;", p.Cp, StringComparison.Ordinal));
        Assert.All(parts, p => Assert.Equal(7, p.Flag));
        Assert.Equal(Enumerable.Range(1, parts.Count), parts.Select(p => p.Pno!.Value));
        Assert.Equal("20160801085857224", parts[1].Qn);
        Assert.All(parts, p => Assert.Equal(RejectReason.None, Hj212Parser.Parse(p.ToPacket(), out _)));
    }

    [Fact]
    public void Parts_arriving_out_of_order_reassemble_to_the_original_readings()
    {
        var original = LongHourly();
        var parts = Hj212Encoder.Split(original).Select(Decode).Reverse().ToList();
        var assembler = new SplitPacketAssembler(new FakeTimeProvider(), TimeSpan.FromSeconds(60));

        var results = parts.Select(assembler.Add).ToList();

        Assert.All(results.SkipLast(1), r => Assert.Null(r));
        var whole = results[^1]!;
        Assert.Equal(original.Cp, string.Join(';', whole.Fields.GroupBy(f => f.Group).Select(g => string.Join(',', g.Select(f => f.Name + "=" + f.Value)))));
        Assert.Equal(5, whole.Flag);
        Assert.Null(whole.Pnum);
        Assert.Equal(0, assembler.PendingCount);
    }

    [Fact]
    public void Repeated_part_is_ignored_and_unsplit_packets_pass_through()
    {
        var parts = Hj212Encoder.Split(LongHourly()).Select(Decode).ToList();
        var assembler = new SplitPacketAssembler(new FakeTimeProvider(), TimeSpan.FromSeconds(60));
        var single = Decode(Hj212Commands.RtdIntervalUpload(Device, "20160801085857223", 30));

        Assert.Same(single, assembler.Add(single));
        Assert.Null(assembler.Add(parts[0]));
        Assert.Null(assembler.Add(parts[0]));
        Assert.Equal(1, assembler.PendingCount);
    }

    [Fact]
    public void Incomplete_split_expires_after_the_timeout_and_names_the_parts_received()
    {
        var time = new FakeTimeProvider();
        var assembler = new SplitPacketAssembler(time, TimeSpan.FromSeconds(30));
        var parts = Hj212Encoder.Split(LongHourly()).Select(Decode).ToList();
        assembler.Add(parts[0]);

        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Empty(assembler.Expire());
        time.Advance(TimeSpan.FromSeconds(2));
        var expired = Assert.Single(assembler.Expire());

        Assert.Equal([1], expired.ReceivedPnos);
        Assert.Equal(Device.Mn, expired.Mn);
        Assert.Equal(0, assembler.PendingCount);
    }

    [Fact]
    public void Standard_c49_example_parts_with_different_qns_reassemble()
    {
        var first = Decode(new Hj212Message("20160801085857534", "32", "2061", "123456", Device.Mn, 6, "DataTime=20160801080000;w00000-Avg=17.5", 2, 1));
        var second = Decode(new Hj212Message("20160801085857535", "32", "2061", "123456", Device.Mn, 6, "DataTime=20160801080000;w01018-Avg=40.1", 2, 2));
        var assembler = new SplitPacketAssembler(new FakeTimeProvider(), TimeSpan.FromSeconds(60));

        Assert.Null(assembler.Add(first));
        var whole = assembler.Add(second)!;

        Assert.Equal(["DataTime", "w00000-Avg", "w01018-Avg"], whole.Fields.Select(f => f.Name));
        Assert.Equal("20160801085857534", whole.Qn);
    }
}
