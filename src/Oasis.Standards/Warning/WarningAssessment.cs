namespace Oasis.Standards.Warning;

/// <summary>One forecast day: its date and daily AQI (a 24-hour mean, which may cross midnight).</summary>
public readonly record struct ForecastDay(DateOnly Date, int Aqi);

/// <summary>
/// A pollution process: consecutive polluted days, merged with the next run when the clean gap between
/// them is shorter than <see cref="WarningScheme.MergeWithinHours"/>. <see cref="LiftFrom"/> is the first
/// clean day after it; <see cref="LiftConfirmed"/> says whether the forecast shows enough clean hours.
/// </summary>
public sealed record WarningEpisode(DateOnly Start, DateOnly End, WarningLevel Level, DateOnly LiftFrom, bool LiftConfirmed);

/// <summary>Reads a forecast of daily AQI with a <see cref="WarningScheme"/>.</summary>
public static class WarningAssessment
{
    public static IReadOnlyList<WarningEpisode> Episodes(IReadOnlyList<ForecastDay> forecast, WarningScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(scheme);
        var runs = new List<(int From, int To, WarningLevel Level)>();
        var aqi = forecast.Select(d => d.Aqi).ToArray();
        for (var i = 0; i < aqi.Length; i++)
        {
            if (aqi[i] <= scheme.PollutedAbove)
            {
                continue;
            }

            var j = i;
            while (j + 1 < aqi.Length && aqi[j + 1] > scheme.PollutedAbove)
            {
                j++;
            }

            runs.Add((i, j, scheme.LevelOf(aqi.AsSpan(i, j - i + 1))));
            i = j;
        }

        var merged = new List<(int From, int To, WarningLevel Level)>();
        foreach (var run in runs.Where(r => r.Level != WarningLevel.None))
        {
            if (merged.Count > 0 && (run.From - merged[^1].To - 1) * 24 < scheme.MergeWithinHours)
            {
                var last = merged[^1];
                merged[^1] = (last.From, run.To, (WarningLevel)Math.Max((int)last.Level, (int)run.Level));
            }
            else
            {
                merged.Add(run);
            }
        }

        var cleanDaysNeeded = (scheme.LiftAfterHours + 23) / 24;
        return merged.Select(m =>
        {
            var clean = 0;
            for (var k = m.To + 1; k < aqi.Length && aqi[k] <= scheme.PollutedAbove; k++)
            {
                clean++;
            }

            var liftFrom = forecast[m.To].Date.AddDays(1);
            return new WarningEpisode(forecast[m.From].Date, forecast[m.To].Date, m.Level, liftFrom, clean >= cleanDaysNeeded);
        }).ToList();
    }

    /// <summary>The level the forecast calls for now: that of the process starting within the first days, else none.</summary>
    public static WarningLevel LevelNow(IReadOnlyList<ForecastDay> forecast, WarningScheme scheme, int withinDays = 3)
    {
        var episodes = Episodes(forecast, scheme);
        return forecast.Count == 0 ? WarningLevel.None
            : episodes.Where(e => e.Start <= forecast[0].Date.AddDays(withinDays - 1) && e.End >= forecast[0].Date)
                .Select(e => e.Level).DefaultIfEmpty(WarningLevel.None).Max();
    }

    /// <summary>A joint warning (兵地联合: Changji and Wujiaqu) takes the higher level of the parties.</summary>
    public static WarningLevel Joint(params WarningLevel[] parties) => parties.Length == 0 ? WarningLevel.None : parties.Max();
}
