using BenchmarkDotNet.Attributes;
using Oasis.Hj212;

namespace Oasis.Benchmarks.Hj212;

/// <summary>
/// Oasis's span parser against the naive string parser, both checking length and CRC and
/// reading every value as a number, over a mix of 2017 and 2005 packets (per operation: all four).
/// Goal (issue #4): at least 3× faster with at most 1/10 of the allocations.
/// </summary>
[MemoryDiagnoser]
public class Hj212ParserBenchmarks
{
    private static readonly string[] Segments =
    [
        "QN=20220513162608370;ST=22;CN=2051;PW=123456;MN=JLYP01_AIR01_0001;Flag=4;CP=&&DataTime=20220513162600;a21004-Avg=4,a21004-Flag=N;a05024-Avg=63,a05024-Flag=N;a21026-Avg=6,a21026-Flag=N;a21005-Avg=0.427,a21005-Flag=N;a34004-Avg=14,a34004-Flag=N;a34002-Avg=31,a34002-Flag=N;a01007-Avg=1,a01007-Flag=N;a01008-Avg=11,a01008-Flag=N;a01001-Avg=17,a01001-Flag=N;a01002-Avg=85,a01002-Flag=N;a01006-Avg=95,a01006-Flag=N&&",
        "ST=21;CN=2061;PW=123456;MN=chang000003;CP=&&DataTime=20200109090000;w01001-Avg=8.437,w01001-Cou=5711.829,w01001-Max=15.996,w01001-Min=1.014;w01006-Avg=4958.334,w01006-Cou=3356792.219,w01006-Max=9977.125,w01006-Min=2.722;w01010-Avg=4986.002,w01010-Cou=3375523.127,w01010-Max=9998.616,w01010-Min=22.339;w01014-Avg=4977.767,w01014-Cou=3369948.511,w01014-Max=9991.611,w01014-Min=10.638;w21003-Avg=1.544,w21003-Cou=1045.241,w21003-Max=3.000,w21003-Min=0.019&&",
        "ST=31;CN=2011;PW=123456;MN=LD130131000283;CP=&&DataTime=20160824045557000;B02-Rtd=103.47;01-Rtd=7.71,01-Flag=N;03-Rtd=0.000,03-Flag=N;S01-Rtd=0.0,S01-Flag=N;S02-Rtd=8.40,S02-Flag=N;S03-Rtd=51.3,S03-Flag=N;S05-Rtd=8.0,S05-Flag=N;S08-Rtd=-0.001221,S08-Flag=N;01-ZsRtd=7.71,01-Flag=N;02-ZsRtd=0.00,02-Flag=N;03-ZsRtd=0.000,03-Flag=N;S07-Rtd=15.89,S07-Flag=N;02-Rtd=0.00,02-Flag=N&&",
        "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&",
    ];

    private byte[][] _packets = [];

    [GlobalSetup]
    public void Setup() => _packets = [.. Segments.Select(Hj212Encoder.Frame)];

    [Benchmark(Baseline = true)]
    public double StringSplit()
    {
        var total = 0.0;
        foreach (var p in _packets)
        {
            total += NaiveHj212Parser.SumValues(p);
        }

        return total;
    }

    [Benchmark]
    public double Oasis()
    {
        var total = 0.0;
        foreach (var p in _packets)
        {
            if (Hj212Parser.Parse(p, out var view) != RejectReason.None)
            {
                return double.NaN;
            }

            total += SumHeader(view);
            foreach (var item in view.Items)
            {
                if (item.Kind.IsNumeric() && item.TryGetNumber(out var v))
                {
                    total += v;
                }
            }
        }

        return total;
    }

    // Same work as the naive parser's header dictionary: count the header fields read.
    private static int SumHeader(in Hj212PacketView view) =>
        (view.Qn.IsEmpty ? 0 : 1) + 4 + (view.Flag >= 0 ? 1 : 0);
}
