using Oasis.Standards.Air;

namespace Oasis.Forecast;

/// <summary>
/// Blends a forecast towards the station's climatological modal day as the lead grows: per target,
/// ln(1 + value) = w · model + (1 − w) · <see cref="Climatology.ModalLogValue"/>. Without weather a regression
/// regresses to the mean of its predictive distribution, whose AQI level is often not the most frequent one; the
/// blend pulls long leads towards the modal level, the best guess once the model knows little. The weight per
/// lead is chosen on a validation year (the last of the training window) from a model trained before it, to
/// maximise exact-level plus half the within-one-level hits; with the weather of the target days it stays near 1.
/// </summary>
internal static class ClimatologyBlend
{
    private static readonly double[] Candidates = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

    public static DailyConcentrations Apply(ReadOnlySpan<double> logs, Climatology climate, int month, double weight)
    {
        Span<double> values = stackalloc double[ForecastTargets.Count];
        for (var t = 0; t < values.Length; t++)
        {
            var anchor = climate.ModalLogValue((ForecastTarget)t, month);
            var x = double.IsNaN(anchor) ? logs[t] : (weight * logs[t]) + ((1 - weight) * anchor);
            values[t] = Math.Max(0, Math.Exp(x) - 1);
        }

        return ForecastTargets.ToConcentrations(values);
    }

    public static double[] Choose(ForecastModel.Fitted model, IReadOnlyList<StationHistory> stations, DateOnly validationFrom, DateOnly trainUntil)
    {
        var rows = new List<float[]>();
        var cases = new List<(StationHistory History, Climatology Climate, DateOnly Target, int Lead, int Level)>();
        foreach (var h in stations)
        {
            var climate = Climatology.Of(h, validationFrom);
            for (var issue = validationFrom.AddDays(1); issue < trainUntil; issue = issue.AddDays(1))
            {
                for (var lead = 1; lead <= ForecastOptions.MaxLead && issue.AddDays(lead) <= trainUntil; lead++)
                {
                    if (h.ObservedAqi(issue.AddDays(lead)) is int aqi)
                    {
                        var f = new float[Features.Count];
                        Features.Build(h, climate, issue, lead, model.TargetWeather, f);
                        rows.Add(f);
                        cases.Add((h, climate, issue.AddDays(lead), lead, AirQualityCategory.For(aqi).Level));
                    }
                }
            }
        }

        var weights = Enumerable.Repeat(1.0, ForecastOptions.MaxLead).ToArray();
        if (rows.Count == 0)
        {
            return weights;
        }

        var logs = ForecastModel.Predict(model.Context, model.Models, rows);
        var score = new double[ForecastOptions.MaxLead, Candidates.Length];
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            for (var w = 0; w < Candidates.Length; w++)
            {
                var day = DailyAirQuality.Evaluate(c.Target, Apply(logs[i], c.Climate, c.Target.Month, Candidates[w]), c.History.Edition);
                var diff = Math.Abs(AirQualityCategory.For(day.Aqi.Aqi ?? 0).Level - c.Level);
                score[c.Lead - 1, w] += (diff == 0 ? 1 : 0) + (diff <= 1 ? 0.5 : 0);
            }
        }

        for (var lead = 0; lead < ForecastOptions.MaxLead; lead++)
        {
            var best = Candidates.Length - 1;
            for (var w = Candidates.Length - 2; w >= 0; w--)
            {
                best = score[lead, w] > score[lead, best] ? w : best;
            }

            weights[lead] = Candidates[best];
        }

        return weights;
    }
}
