using System.Text;
using CsCheck;

namespace Oasis.Hj212.Tests;

public sealed class PropertyTests
{
    private static readonly Gen<string> Mn = Gen.Char['!', '~'].Where(c => c != ';').Array[1, 32].Select(c => new string(c));
    private static readonly Gen<double> Value = Gen.Int[-10_000_000, 10_000_000].Select(i => i / 1000.0);
    private static readonly string[] Codes = [.. PollutantCatalogue.All.Select(p => p.Code)];
    private static readonly FieldKind[] Kinds = [FieldKind.Rtd, FieldKind.Min, FieldKind.Avg, FieldKind.Max, FieldKind.Cou, FieldKind.ZsAvg];

    private static readonly Gen<FactorSample> Factor = Gen.Select(Gen.Int[0, Codes.Length - 1], Gen.Int[0, Kinds.Length - 1], Value, Gen.Int[0, 2].Select(i => i == 0 ? (char?)null : i == 1 ? 'N' : 'D'))
        .Select((c, k, v, f) => FactorSample.Single(Codes[c], Kinds[k], v, f));

    [Fact]
    public void Table_crc_equals_the_standards_bitwise_crc_for_any_bytes() =>
        Gen.Byte.Array[0, 200].Sample(bytes => Hj212Crc.Compute(bytes) == Hj212Crc.ComputeBitwise(bytes), iter: 20_000);

    [Fact]
    public void Any_data_upload_round_trips_its_mn_values_and_flags()
    {
        Gen.Select(Mn, Factor.List[0, 30], Gen.DateTime[new DateTime(2000, 1, 1), new DateTime(2099, 12, 31)])
            .Sample((mn, factors, time) =>
            {
                var t = time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));
                var message = Hj212Commands.DataUpload(new DeviceIdentity(mn, "123456", "22"), Qns.From(t), 2061, t, factors);
                var packet = Hj212Packet.TryDecode(message.ToPacket(), out var reason);

                Assert.Equal(RejectReason.None, reason);
                Assert.Equal(mn, packet!.Mn);
                Assert.Equal(t, packet.DataTime);
                Assert.Equal(factors.Select(f => f.Values[0].Value), packet.Readings.Select(r => r.Number!.Value));
                Assert.Equal(factors.Count(f => f.Flag is not null), packet.Fields.Count(f => f.Kind == FieldKind.Flag));
            }, iter: 5_000);
    }

    [Fact]
    public void Framing_any_text_segment_is_accepted_up_to_format_and_byte_or_char_length_both_pass()
    {
        Gen.String[Gen.Char.AlphaNumeric, 0, 300].Sample(text =>
        {
            var segment = "ST=22;CN=2011;PW=1;MN=M;CP=&&" + text + "中&&";
            var bytes = Encoding.UTF8.GetBytes(segment);
            var crc = Hj212Crc.Compute(bytes).ToString("X4", null);
            var byByte = Hj212Frame.Check(Encoding.UTF8.GetBytes($"##{bytes.Length:D4}{segment}{crc}"));
            var byChar = Hj212Frame.Check(Encoding.UTF8.GetBytes($"##{segment.Length:D4}{segment}{crc}"));

            return byByte.Reason == RejectReason.None && byChar.Reason == RejectReason.None
                && byChar.Warnings.HasFlag(Hj212Warnings.LengthCountsCharacters);
        }, iter: 5_000);
    }

    [Fact]
    public void Any_single_byte_change_in_the_segment_is_never_accepted_silently_as_the_same_packet()
    {
        var original = TestPackets.Frame(TestPackets.Minute2017);
        Gen.Select(Gen.Int[6, original.Length - 7], Gen.Byte[1, 255]).Sample((at, delta) =>
        {
            var changed = (byte[])original.Clone();
            changed[at] = (byte)(changed[at] ^ delta);

            // HJ 212's CRC detects every single-byte error.
            return Hj212Parser.Parse(changed, out _) is RejectReason.Crc or RejectReason.Length;
        }, iter: 20_000);
    }

    [Fact]
    public void Data_times_of_14_and_17_digits_read_back_the_same_instant()
    {
        Gen.DateTime[new DateTime(1, 1, 1), new DateTime(9999, 12, 31)].Sample(time =>
        {
            var t = time.AddTicks(-(time.Ticks % TimeSpan.TicksPerMillisecond));
            var seconds = t.AddMilliseconds(-t.Millisecond);
            return DataTimes.TryParse(Encoding.ASCII.GetBytes(DataTimes.FormatQn(t)), out var a) && a == t
                && DataTimes.TryParse(Encoding.ASCII.GetBytes(DataTimes.Format(t)), out var b) && b == seconds;
        }, iter: 20_000);
    }

    [Fact]
    public void Fast_number_reading_equals_double_parse_for_any_decimal_text()
    {
        Gen.Select(Gen.Long[-999_999_999_999_999, 999_999_999_999_999], Gen.Int[0, 15]).Sample((mantissa, scale) =>
        {
            var text = (mantissa / Math.Pow(10, scale)).ToString("F" + scale, System.Globalization.CultureInfo.InvariantCulture);
            var bytes = Encoding.ASCII.GetBytes(text);
            return CpValues.TryParseNumber(bytes, out var fast) && CpValues.IsNumber(bytes)
                && fast == double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        }, iter: 50_000);
    }
}
