using System.Globalization;
using Oasis.Forecast;

namespace Oasis.Cli.Forecast;

/// <summary>
/// Back-test skill per lead, pooled over stations, for the model, persistence (the issue day's observed level
/// and PM2.5 for every lead) and climatology (the station's modal level, and mean PM2.5, of the target's calendar
/// month over the training days). Scored on the forecasts whose target day has an observed AQI by the same
/// engine and whose issue day has one too (so that all three methods are scored on the same days).
/// </summary>
internal sealed class SkillTable(SkillTally tally)
{
    public static readonly string[] Methods = SkillTally.Methods;

    public LeadScore Score(int lead, int method) => tally.Score(lead, method);

    /// <summary>CSV: one row per lead and method; percentages and errors with one decimal.</summary>
    public void Write(TextWriter output)
    {
        output.Write("lead,method,days,exact_pct,within_one_pct,pm25_rmse,pm25_mae\n");
        for (var lead = 1; lead <= ForecastOptions.MaxLead; lead++)
        {
            for (var m = 0; m < Methods.Length; m++)
            {
                var s = Score(lead, m);
                output.Write(string.Create(CultureInfo.InvariantCulture, $"{lead},{Methods[m]},{s.Days},{F(s.ExactPercent)},{F(s.WithinOnePercent)},{F(s.Pm25Rmse)},{F(s.Pm25Mae)}\n"));
            }
        }
    }

    /// <summary>A compact human-readable summary for stderr: exact / within-one per lead and method.</summary>
    public void WriteSummary(TextWriter error)
    {
        error.Write("lead  model exact/±1   persistence   climatology   (n)\n");
        for (var lead = 1; lead <= ForecastOptions.MaxLead; lead++)
        {
            var a = Score(lead, 0);
            var b = Score(lead, 1);
            var c = Score(lead, 2);
            if (a.Days == 0)
            {
                continue;
            }

            error.Write(string.Create(CultureInfo.InvariantCulture, $"{lead,4}  {a.ExactPercent,5:0.0}/{a.WithinOnePercent,5:0.0}  {b.ExactPercent,5:0.0}/{b.WithinOnePercent,5:0.0}  {c.ExactPercent,5:0.0}/{c.WithinOnePercent,5:0.0}  ({a.Days})\n"));
        }
    }

    private static string F(double v) => double.IsNaN(v) ? string.Empty : v.ToString("0.0", CultureInfo.InvariantCulture);
}
