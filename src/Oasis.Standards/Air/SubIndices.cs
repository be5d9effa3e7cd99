namespace Oasis.Standards.Air;

/// <summary>
/// The individual indices (IAQI) behind one AQI; null where a value is missing or the standard computes none.
/// <see cref="O3"/> is the 8-hour O3 index (daily, 2012 real-time) or the 1-hour index (2026 real-time);
/// <see cref="O3OneHour"/> is the 2012 1-hour O3 index, which reports as O3 too.
/// </summary>
public readonly record struct SubIndices(int? Pm25, int? Pm10, int? So2, int? No2, int? Co, int? O3, int? O3OneHour)
{
    /// <summary>The larger index of a pollutant (for O3 the larger of both O3 indices).</summary>
    public int? Of(Pollutant pollutant) => pollutant switch
    {
        Pollutant.Pm25 => Pm25,
        Pollutant.Pm10 => Pm10,
        Pollutant.So2 => So2,
        Pollutant.No2 => No2,
        Pollutant.Co => Co,
        Pollutant.O3 => Max(O3, O3OneHour),
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant)),
    };

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}

/// <summary>
/// An AQI with its primary pollutants. <see cref="Aqi"/> is null when it cannot be published: no index at all,
/// or (2026 §5.3.1) a pollutant is missing and the others give an AQI ≤ 100 — then AQI, category and primary
/// pollutant are all NA.
/// </summary>
public readonly record struct AqiResult(int? Aqi, PollutantSet PrimaryPollutants, PollutantSet MissingPollutants, SubIndices SubIndices)
{
    /// <summary>The category of the AQI, null when the AQI is NA.</summary>
    public AirQualityCategory? Category => Aqi is int aqi ? AirQualityCategory.For(aqi) : null;
}

/// <summary>AQI = max IAQI, with the missing-pollutant rule of each edition (standards/README.md).</summary>
internal static class AqiComposer
{
    public static AqiResult Compose(AirStandardEdition edition, in SubIndices s, PollutantSet missing)
    {
        var max = -1;
        for (var p = Pollutant.Pm25; p <= Pollutant.O3; p++)
        {
            if (s.Of(p) is int iaqi && iaqi > max)
            {
                max = iaqi;
            }
        }

        if (max < 0 || (edition == AirStandardEdition.Hj633_2026 && missing != PollutantSet.None && max <= 100))
        {
            return new AqiResult(null, PollutantSet.None, missing, s);
        }

        var primary = PollutantSet.None;
        if (max > 50)
        {
            for (var p = Pollutant.Pm25; p <= Pollutant.O3; p++)
            {
                if (s.Of(p) == max)
                {
                    primary |= p.ToSet();
                }
            }
        }

        // HJ 633-2026 §4.1.1: the AQI runs from 1 to 500.
        var aqi = edition == AirStandardEdition.Hj633_2026 ? Math.Max(1, max) : max;
        return new AqiResult(aqi, primary, missing, s);
    }
}
