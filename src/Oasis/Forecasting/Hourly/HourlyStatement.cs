using System.Globalization;
using Microsoft.Extensions.Localization;
using Oasis.Forecast.Hourly;
using Oasis.Forecasting.Issues;

namespace Oasis.Forecasting.Hourly;

/// <summary>
/// What an hourly forecast says about itself (issue #7 "and say so", decision 0433): whether it had a weather forecast
/// for its target hours and whether its version blends the model with persistence and the same-hour climatology.
/// </summary>
internal static class HourlyStatement
{
    /// <summary>The version's weights move from the model towards persistence and climatology with the lead.</summary>
    public const string Blended = "persistence-climatology";

    /// <summary>The model alone at every lead (no weights, or weights that chose the model).</summary>
    public const string ModelOnly = "model";

    public static string BlendOf(IReadOnlyList<HourlyBlendWeights> weights) => weights.Any(w => w != HourlyBlendWeights.ModelOnly) ? Blended : ModelOnly;

    /// <summary>Imported weather covered all or some target hours.</summary>
    public static bool WeatherUsed(string weather) => weather is ForecastWeather.Imported or ForecastWeather.Partial;

    /// <summary>The weather sentence, then the blend sentence, in the request's language.</summary>
    public static string Text(IStringLocalizer text, HourlyForecastIssue issue, IReadOnlyList<HourlyBlendWeights> weights)
    {
        var weather = text["ForecastHourlyUi.Weather." + issue.Weather, issue.WeatherHours].Value;
        if (BlendOf(weights) == ModelOnly)
        {
            return $"{weather} {text["ForecastHourlyUi.Blend.model"].Value}";
        }

        string Model(int lead) => (lead <= weights.Count ? weights[lead - 1] : HourlyBlendWeights.ModelOnly).Model.ToString("0.##", CultureInfo.InvariantCulture);
        return $"{weather} {text["ForecastHourlyUi.Blend.blended", Model(1), Model(24), Model(72)].Value}";
    }
}
