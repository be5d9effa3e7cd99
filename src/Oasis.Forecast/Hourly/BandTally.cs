namespace Oasis.Forecast.Hourly;

/// <summary>
/// PM2.5 RMSE and MAE per band of leads for several methods scored on the same hours: one implementation for the hourly
/// back-test (<see cref="HourlyBacktest.Score"/>) and the verification of stored hourly forecasts in the host.
/// </summary>
public sealed class BandTally(IReadOnlyList<string> methods)
{
    private readonly double[,] _sq = new double[HourlyBacktest.Bands.Length, methods.Count];
    private readonly double[,] _abs = new double[HourlyBacktest.Bands.Length, methods.Count];
    private readonly int[] _n = new int[HourlyBacktest.Bands.Length];

    /// <summary>The band of a lead, −1 outside every band.</summary>
    public static int BandOf(int lead) => Array.FindIndex(HourlyBacktest.Bands, x => lead >= x.From && lead <= x.To);

    /// <summary>One hour: the observed PM2.5 and each method's value, in method order.</summary>
    public void Add(int band, double observed, ReadOnlySpan<double> values)
    {
        for (var m = 0; m < values.Length; m++)
        {
            var e = values[m] - observed;
            _sq[band, m] += e * e;
            _abs[band, m] += Math.Abs(e);
        }

        _n[band]++;
    }

    /// <summary>Per band, then method; NaN where no hour was scored.</summary>
    public IReadOnlyList<BandScore> Scores()
    {
        var result = new List<BandScore>();
        for (var b = 0; b < _n.Length; b++)
        {
            for (var m = 0; m < methods.Count; m++)
            {
                result.Add(new BandScore(HourlyBacktest.BandName(b), methods[m], _n[b], _n[b] == 0 ? double.NaN : Math.Sqrt(_sq[b, m] / _n[b]),
                    _n[b] == 0 ? double.NaN : _abs[b, m] / _n[b]));
            }
        }

        return result;
    }
}
