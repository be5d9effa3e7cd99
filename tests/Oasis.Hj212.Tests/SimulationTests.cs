using Oasis.Hj212.Simulation;

namespace Oasis.Hj212.Tests;

public sealed class SimulationTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 10, 0, 5);
    private static readonly DateTime Hour = new(2026, 11, 29, 9, 0, 0);

    private static SimulatedFieldUnit Unit(DeviceKind kind, FaultRates? faults = null) =>
        new(new FieldUnitOptions("OASIS0000000000000000001", "123456", kind) { Faults = faults ?? FaultRates.None }, new Random(7));

    [Theory]
    [InlineData(DeviceKind.Air, "22", "a34004")]
    [InlineData(DeviceKind.Water, "21", "w21003")]
    [InlineData(DeviceKind.Gas, "31", "a01013")]
    public void Hourly_upload_of_each_kind_is_a_valid_2017_packet_asking_for_an_answer(DeviceKind kind, string st, string code)
    {
        var unit = Unit(kind);

        var upload = unit.Upload(2061, Hour, Now, unit.SyntheticValues(Hour));

        var packet = Hj212Packet.TryDecode(Assert.Single(upload.Packets), out var reason)!;
        Assert.Equal(RejectReason.None, reason);
        Assert.Equal(st, packet.St);
        Assert.Equal(5, packet.Flag);
        Assert.Equal(upload.Qn, packet.Qn);
        Assert.Equal(Hour, packet.DataTime);
        Assert.Contains(packet.Readings, r => r.Code == code && r.Kind == FieldKind.Avg);
        Assert.Equal(Hj212Warnings.None, packet.Warnings & ~Hj212Warnings.NegativeValue & ~Hj212Warnings.NonStandardMn);
    }

    [Fact]
    public void Gas_device_reports_negative_flue_pressure()
    {
        var values = Unit(DeviceKind.Gas).SyntheticValues(Hour);

        Assert.True(values.Single(v => v.Key == "a01013").Value < 0);
    }

    [Fact]
    public void Fault_knobs_duplicate_silence_flag_and_skew_the_clock()
    {
        var always = new FaultRates { Duplicate = 1, Fault = 1, ClockSkew = TimeSpan.FromHours(-3) };
        var unit = Unit(DeviceKind.Air, always);

        var upload = unit.Upload(2061, Hour, Now, unit.SyntheticValues(Hour));
        var silent = Unit(DeviceKind.Air, new FaultRates { Silence = 1 }).Upload(2061, Hour, Now, []);

        Assert.True(upload.Duplicated);
        Assert.Equal(2, upload.Packets.Count);
        Assert.Equal(upload.Packets[0], upload.Packets[1]);
        var packet = Hj212Packet.TryDecode(upload.Packets[0], out _)!;
        Assert.All(packet.Fields.Where(f => f.Kind == FieldKind.Flag), f => Assert.Equal("D", f.Value));
        Assert.Equal(Hour.AddHours(-3), packet.DataTime);
        Assert.True(silent.Silent);
        Assert.Empty(silent.Packets);
    }

    [Fact]
    public void Air_stations_report_wind_mostly_from_the_north_west_the_same_for_the_same_seed()
    {
        var unit = Unit(DeviceKind.Air);
        var month = Enumerable.Range(0, 24 * 30).Select(h => unit.SyntheticValues(Hour.AddHours(h))).ToList();

        Assert.Equal(["a01007", "a01008"], unit.FactorCodes.TakeLast(2));
        var speeds = month.Select(v => v.Single(f => f.Key == "a01007").Value!.Value).ToList();
        var directions = month.Select(v => v.Single(f => f.Key == "a01008").Value!.Value).ToList();
        Assert.All(speeds, s => Assert.InRange(s, 0, 12));
        Assert.All(directions, d => Assert.InRange(d, 0, 359));
        // 16 sectors of 22.5°: NW (315°) is the most frequent, with well over a quarter of the hours.
        var sectors = directions.GroupBy(d => (int)Math.Floor((d + 11.25) / 22.5) % 16).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(14, sectors.MaxBy(s => s.Value).Key);
        Assert.True(sectors[14] > month.Count / 4, $"{sectors[14]} of {month.Count} hours from NW");
        Assert.Contains(speeds, s => s <= 0.2); // some calm hours, at night
        var again = Unit(DeviceKind.Air);
        Assert.Equal(month[0], again.SyntheticValues(Hour));
    }

    [Fact]
    public void Hourly_air_upload_carries_wind_speed_with_min_and_max_and_direction_as_its_mean_alone()
    {
        var unit = Unit(DeviceKind.Air);

        var packet = Hj212Packet.TryDecode(Assert.Single(unit.Upload(2061, Hour, Now, unit.SyntheticValues(Hour)).Packets), out _)!;

        Assert.Equal([FieldKind.Min, FieldKind.Avg, FieldKind.Max], packet.Readings.Where(r => r.Code == "a01007").Select(r => r.Kind));
        Assert.Equal([FieldKind.Avg], packet.Readings.Where(r => r.Code == "a01008").Select(r => r.Kind));
        Assert.Equal(8, packet.Readings.Where(r => r.Kind == FieldKind.Avg).Select(r => r.Code).Distinct().Count());
    }

    [Fact]
    public void Missing_value_is_sent_as_flag_d_without_a_number()
    {
        var unit = Unit(DeviceKind.Air);

        var upload = unit.Upload(2061, Hour, Now, [new("a34004", null), new("a21005", 0.8)]);

        var packet = Hj212Packet.TryDecode(upload.Packets[0], out _)!;
        Assert.DoesNotContain(packet.Readings, r => r.Code == "a34004");
        Assert.Equal("D", packet.Fields.Single(f => f.Name == "a34004-Flag").Value);
    }

    [Fact]
    public void Field_unit_answers_platform_commands_as_appendix_c_shows()
    {
        var unit = Unit(DeviceKind.Water);
        var d = new DeviceIdentity(unit.Identity.Mn, "123456", "21");
        Hj212Packet Decode(Hj212Message m) => Hj212Packet.TryDecode(m.ToPacket(), out _)!;

        var set = unit.Respond(Decode(Hj212Commands.SetRtdInterval(d, "20261129100000000", 60)), Now);
        var get = unit.Respond(Decode(Hj212Commands.GetRtdInterval(d, "20261129100001000")), Now);
        var time = unit.Respond(Decode(Hj212Commands.SetTime(d, "20261129100002000", Now.AddMinutes(5))), Now);
        var wrongPw = unit.Respond(Decode(Hj212Commands.GetTime(d with { Pw = "000000" }, "20261129100003000")), Now);
        var notice = unit.Respond(Decode(Hj212Commands.StopRealTimeData(d, "20261129100004000")), Now);

        Assert.Equal(["9011", "9012"], set.Select(m => m.Cn));
        Assert.Equal(["9011", "1061", "9012"], get.Select(m => m.Cn));
        Assert.Equal("RtdInterval=60", get[1].Cp);
        Assert.All(get, m => Assert.Equal("20261129100001000", m.Qn));
        Assert.Equal(TimeSpan.FromMinutes(5), unit.ClockSkew);
        Assert.Equal(2, time.Count);
        Assert.Equal("QnRtn=3", Assert.Single(wrongPw).Cp);
        Assert.Equal("9013", Assert.Single(notice).Cn);
    }

    [Fact]
    public void Prsa_file_reads_as_hourly_air_values_with_co_in_mg()
    {
        var file = Directory.GetFiles(SharedFiles.Path("data", "prsa"), "PRSA_Data_Aotizhongxin_*.csv").Single();

        var hours = PrsaSeries.Parse(File.ReadLines(file).Take(3));

        Assert.Equal(2, hours.Count);
        Assert.Equal(new DateTime(2013, 3, 1, 0, 0, 0), hours[0].Hour);
        Assert.Equal(4, hours[0].Values.Single(v => v.Key == "a34004").Value);
        Assert.Equal(0.3, hours[0].Values.Single(v => v.Key == "a21005").Value);
        Assert.Equal(77, hours[0].Values.Single(v => v.Key == "a05024").Value);
    }
}
