namespace Oasis.Standards.Air;

/// <summary>One station's (or the city's) day: its unrounded daily values and the AQI they give.</summary>
public readonly record struct DailyAirQuality(DateOnly Date, AirStandardEdition Edition, DailyConcentrations Concentrations, AqiResult Aqi)
{
    /// <summary>The day's AQI from its daily values, under the edition the choice gives for the date.</summary>
    public static DailyAirQuality Evaluate(DateOnly date, in DailyConcentrations concentrations, EditionChoice choice = EditionChoice.Auto, PollutantSet monitored = PollutantSet.All)
    {
        var edition = EditionSelector.For(date, choice);
        return new DailyAirQuality(date, edition, concentrations, AirQualityIndex.Daily(edition, concentrations, monitored));
    }

    /// <summary>
    /// Every day of an hourly series. <paramref name="dustHours"/>, when not empty, has one flag per hour of the
    /// series (see <see cref="DustDeduction"/>); the flagged PM10 and PM2.5 hours are left out.
    /// </summary>
    public static DailyAirQuality[] EvaluateSeries(HourlySeries hours, EditionChoice choice = EditionChoice.Auto, ReadOnlySpan<bool> dustHours = default, PollutantSet monitored = PollutantSet.All)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var result = new DailyAirQuality[hours.Days];
        EvaluateSeries(hours, result, choice, dustHours, monitored);
        return result;
    }

    /// <summary>As <see cref="EvaluateSeries(HourlySeries, EditionChoice, ReadOnlySpan{bool}, PollutantSet)"/>, into a caller's buffer.</summary>
    public static void EvaluateSeries(HourlySeries hours, Span<DailyAirQuality> destination, EditionChoice choice = EditionChoice.Auto, ReadOnlySpan<bool> dustHours = default, PollutantSet monitored = PollutantSet.All)
    {
        ArgumentNullException.ThrowIfNull(hours);
        if (destination.Length < hours.Days)
        {
            throw new ArgumentException("The destination is shorter than the series.", nameof(destination));
        }

        if (!dustHours.IsEmpty && dustHours.Length != hours.Hours)
        {
            throw new ArgumentException("Dust flags must cover every hour of the series.", nameof(dustHours));
        }

        const int H = HourlyAggregation.HoursPerDay;
        for (var d = 0; d < hours.Days; d++)
        {
            var concentrations = DailyConcentrations.FromHours(
                hours.Day(Pollutant.Pm25, d),
                hours.Day(Pollutant.Pm10, d),
                hours.Day(Pollutant.So2, d),
                hours.Day(Pollutant.No2, d),
                hours.Day(Pollutant.Co, d),
                hours.Day(Pollutant.O3, d),
                dustHours.IsEmpty ? default : dustHours.Slice(d * H, H));
            destination[d] = Evaluate(hours.FirstDay.AddDays(d), concentrations, choice, monitored);
        }
    }
}
