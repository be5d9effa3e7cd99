using System.Globalization;

namespace Oasis.Forecast.Hourly;

/// <summary>The weights of one lead: model, persistence (the issue hour's PM2.5) and same-hour climatology; they sum to 1.</summary>
public readonly record struct HourlyBlendWeights(double Model, double Persistence, double Climatology)
{
    public static readonly HourlyBlendWeights ModelOnly = new(1, 0, 0);
}

/// <summary>
/// Blends the hourly model with persistence and the month × hour climatology per lead (decision 0433):
/// forecast = a · model + b · persistence + c · climatology, a, b, c ≥ 0, a + b + c = 1. The weights of each lead are
/// the point of a 0.05 grid on that simplex with the least squared error on a validation year (the last of the training
/// window) forecast by a model trained before it — the hourly counterpart of the daily <c>ClimatologyBlend</c> (0403),
/// whose code is not shared: the daily one blends logs towards a modal day and scores levels, this one blends values
/// and scores RMSE, the measure of the hourly forecast.
/// </summary>
public static class HourlyBlend
{
    private const int Steps = 20;

    /// <summary>The blended value; without a persistence value its weight goes to the model and climatology in proportion.</summary>
    public static double Apply(double model, double persisted, double climate, HourlyBlendWeights w)
    {
        if (double.IsNaN(persisted))
        {
            var rest = w.Model + w.Climatology;
            return rest > 0 ? ((w.Model * model) + (w.Climatology * climate)) / rest : model;
        }

        return (w.Model * model) + (w.Persistence * persisted) + (w.Climatology * climate);
    }

    /// <summary>Persistence at issue hour <paramref name="issue"/>: its PM2.5, else the latest of the two hours before; NaN if none.</summary>
    internal static double Persisted(HourlyHistory h, int issue)
    {
        for (var i = issue; i >= issue - 2; i--)
        {
            if (h.Observed(i) >= 0)
            {
                return h.Observed(i);
            }
        }

        return double.NaN;
    }

    /// <summary>Weights per lead 1 … <see cref="HourlyOptions.MaxLead"/> from the forecasts of <paramref name="inner"/> on the validation hours.</summary>
    internal static HourlyBlendWeights[] Choose(HourlyModel inner, IReadOnlyList<HourlyHistory> stations, DateOnly validationFrom, DateOnly trainUntil,
        int issueStrideHours)
    {
        // Per lead the sums that give the squared error of any weights: Σ x xᵀ, Σ x y, Σ y² with x = (model, persistence, climatology).
        var gram = new double[HourlyOptions.MaxLead, 3, 3];
        var cross = new double[HourlyOptions.MaxLead, 3];
        var n = new int[HourlyOptions.MaxLead];
        foreach (var s in stations)
        {
            var climate = HourlyClimatology.Of(s, validationFrom);
            var start = Math.Max(24, s.IndexOf(validationFrom.AddDays(1).ToDateTime(TimeOnly.MinValue)));
            var end = Math.Min(s.Hours, s.IndexOf(trainUntil.AddDays(1).ToDateTime(TimeOnly.MinValue)));
            var rows = new List<float[]>();
            var cases = new List<(int Lead, double Persisted, double Climate, double Observed)>();
            for (var issue = start; issue < end - 1; issue += issueStrideHours)
            {
                var persisted = Persisted(s, issue);
                for (var lead = 1; lead <= HourlyOptions.MaxLead && issue + lead < end && !double.IsNaN(persisted); lead++)
                {
                    if (s.Pm25[issue + lead] >= 0)
                    {
                        var f = new float[HourlyFeatures.Count];
                        HourlyFeatures.Build(s, climate, issue, lead, inner.Version.TargetWeather, f);
                        rows.Add(f);
                        cases.Add((lead, persisted, climate.Mean(s.HourAt(issue + lead)), s.Pm25[issue + lead]));
                    }
                }
            }

            var values = rows.Count == 0 ? [] : inner.Predict(rows);
            for (var k = 0; k < cases.Count; k++)
            {
                var (lead, persisted, clim, observed) = cases[k];
                ReadOnlySpan<double> x = [values[k], persisted, clim];
                for (var i = 0; i < 3; i++)
                {
                    cross[lead - 1, i] += x[i] * observed;
                    for (var j = 0; j < 3; j++)
                    {
                        gram[lead - 1, i, j] += x[i] * x[j];
                    }
                }

                n[lead - 1]++;
            }
        }

        var weights = new HourlyBlendWeights[HourlyOptions.MaxLead];
        for (var lead = 0; lead < weights.Length; lead++)
        {
            weights[lead] = n[lead] == 0 ? HourlyBlendWeights.ModelOnly : Best(gram, cross, lead);
        }

        return weights;
    }

    // The grid point with the least squared error (Σ y² is the same for all and left out); on a tie the one found first,
    // which has the most model weight, then the most persistence.
    private static HourlyBlendWeights Best(double[,,] gram, double[,] cross, int lead)
    {
        var best = HourlyBlendWeights.ModelOnly;
        var bestError = double.PositiveInfinity;
        for (var a = Steps; a >= 0; a--)
        {
            for (var b = Steps - a; b >= 0; b--)
            {
                double[] w = [a / (double)Steps, b / (double)Steps, (Steps - a - b) / (double)Steps];
                var error = 0.0;
                for (var i = 0; i < 3; i++)
                {
                    error -= 2 * w[i] * cross[lead, i];
                    for (var j = 0; j < 3; j++)
                    {
                        error += w[i] * w[j] * gram[lead, i, j];
                    }
                }

                if (error < bestError)
                {
                    bestError = error;
                    best = new HourlyBlendWeights(w[0], w[1], w[2]);
                }
            }
        }

        return best;
    }

    /// <summary>"model:persistence:climatology" per lead, comma-separated (invariant culture); empty = model only.</summary>
    public static string Format(IEnumerable<HourlyBlendWeights> weights) => string.Join(',',
        weights.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Model:0.##}:{w.Persistence:0.##}:{w.Climatology:0.##}")));

    public static HourlyBlendWeights[] Parse(string? text) => string.IsNullOrEmpty(text) ? []
        : [.. text.Split(',').Select(t => t.Split(':').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray())
            .Select(p => p.Length == 3 ? new HourlyBlendWeights(p[0], p[1], p[2]) : throw new FormatException($"Not a blend weight: {text}"))];
}
