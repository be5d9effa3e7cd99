using BenchmarkDotNet.Attributes;
using Oasis.Standards.Air;

namespace Oasis.Benchmarks.Air;

/// <summary>
/// The annual evaluation of 60 stations × 8,760 hours × 6 pollutants (issue #3: under one second on one core):
/// hourly values → daily values and AQI → HJ 663 statistics, against a straightforward LINQ baseline.
/// </summary>
[MemoryDiagnoser]
public class AnnualAirEvaluationBenchmarks
{
    private const int Stations = 60;
    private const int Days = 365;
    private HourlySeries[] _series = [];
    private DailyAirQuality[] _buffer = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20260301);
        _series = new HourlySeries[Stations];
        for (var s = 0; s < Stations; s++)
        {
            var series = new HourlySeries(new DateOnly(2025, 1, 1), Days);
            Fill(series.Of(Pollutant.Pm25), random, 45, 40);
            Fill(series.Of(Pollutant.Pm10), random, 80, 60);
            Fill(series.Of(Pollutant.So2), random, 10, 8);
            Fill(series.Of(Pollutant.No2), random, 35, 20);
            Fill(series.Of(Pollutant.Co), random, 0.8, 0.5);
            Fill(series.Of(Pollutant.O3), random, 90, 60);
            _series[s] = series;
        }

        _buffer = new DailyAirQuality[Days];
    }

    [Benchmark(Baseline = true)]
    public decimal Linq()
    {
        var total = 0m;
        foreach (var series in _series)
        {
            total += LinqAnnualEvaluation.CompositeIndexPlusGoodRatio(series);
        }

        return total;
    }

    [Benchmark]
    public decimal Engine()
    {
        var total = 0m;
        foreach (var series in _series)
        {
            DailyAirQuality.EvaluateSeries(series, _buffer, EditionChoice.Force2012);
            var stats = PeriodEvaluation.Evaluate(_buffer, AirStandardEdition.Hj633_2012);
            total += (stats.CompositeIndex ?? 0m) + (stats.GoodRatio ?? 0m);
        }

        return total;
    }

    private static void Fill(Span<double> hours, Random random, double mean, double spread)
    {
        for (var i = 0; i < hours.Length; i++)
        {
            // About 3 % missing hours, as real stations have.
            hours[i] = random.NextDouble() < 0.03 ? double.NaN : Math.Round(Math.Max(0, mean + (spread * ((random.NextDouble() * 2) - 1))), mean < 5 ? 1 : 0);
        }
    }
}
