using Oasis.Forecast;
using Oasis.Standards.Air;

namespace Oasis.Forecast.Tests;

/// <summary>Deterministic synthetic stations: seasonal pollution that builds up in calm weather and clears with wind.</summary>
internal static class Synthetic
{
    public static (HourlySeries Hours, WeatherSeries Weather) Series(DateOnly firstDay, int days, int seed)
    {
        var random = new Random(seed);
        var hours = new HourlySeries(firstDay, days);
        var weather = new WeatherSeries(firstDay, days);
        var pm = 60.0;
        for (var d = 0; d < days; d++)
        {
            var winter = Math.Cos(2 * Math.PI * firstDay.AddDays(d).DayOfYear / 365.25);
            var wind = 0.5 + (4 * random.NextDouble());
            for (var h = 0; h < 24; h++)
            {
                var i = (d * 24) + h;
                pm = Math.Max(3, (pm * 0.96) + (8 * (1 + winter)) - (2.5 * wind) + (random.NextDouble() * 6));
                hours.Of(Pollutant.Pm25)[i] = pm;
                hours.Of(Pollutant.Pm10)[i] = pm * 1.4;
                hours.Of(Pollutant.So2)[i] = 5 + (10 * (1 + winter));
                hours.Of(Pollutant.No2)[i] = 20 + (pm / 4);
                hours.Of(Pollutant.Co)[i] = 0.3 + (pm / 150);
                hours.Of(Pollutant.O3)[i] = Math.Max(2, 60 - (40 * winter) + (30 * Math.Sin(Math.PI * h / 24)));
                weather.Temperature[i] = 12 - (15 * winter) + (5 * Math.Sin(Math.PI * h / 24));
                weather.DewPoint[i] = weather.Temperature[i] - 5 - (3 * wind);
                weather.Pressure[i] = 1010 + (10 * winter) + wind;
                weather.Rain[i] = random.NextDouble() < 0.03 ? 1 : 0;
                weather.WindSpeed[i] = wind;
                weather.WindFrom[i] = random.Next(16) * 22.5;
            }
        }

        return (hours, weather);
    }

    public static StationHistory History(string name, DateOnly firstDay, int days, int seed)
    {
        var (hours, weather) = Series(firstDay, days, seed);
        return StationHistory.From(name, hours, weather, EditionChoice.Force2012);
    }

    /// <summary>Small, fast, deterministic training settings for tests.</summary>
    public static ForecastOptions Quick(bool weather) => new()
    {
        TargetWeather = weather,
        Iterations = 20,
        Leaves = 8,
        MinimumExamplesPerLeaf = 5,
        BlendValidationDays = 0,
    };
}
