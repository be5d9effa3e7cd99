namespace Oasis.Standards.Air;

/// <summary>
/// City daily values (standards/README.md): for each indicator, the arithmetic mean of the evaluation stations'
/// unrounded valid daily values; the city value is valid when ≥ 75 % of the evaluation stations are. The result
/// is then rounded and rated like a station's (<see cref="AirQualityIndex.Daily"/>).
/// </summary>
public static class CityAggregation
{
    /// <summary>
    /// The city's hourly series from its evaluation stations' (decision 0502): per pollutant and hour the mean of the
    /// stations' valid values, valid when ≥ 75 % of <paramref name="stations"/> have one (<see cref="IsCityValid"/>).
    /// </summary>
    public static HourlySeries CombineHours(IReadOnlyList<HourlySeries> stations, DateOnly from, int days)
    {
        ArgumentNullException.ThrowIfNull(stations);
        var city = new HourlySeries(from, days);
        for (var p = Pollutant.Pm25; p <= Pollutant.O3; p++)
        {
            var target = city.Of(p);
            for (var i = 0; i < target.Length; i++)
            {
                var (sum, n) = (0.0, 0);
                foreach (var station in stations)
                {
                    var v = station.Of(p)[i];
                    if (v >= 0 && v < double.PositiveInfinity)
                    {
                        sum += v;
                        n++;
                    }
                }

                target[i] = n > 0 && IsCityValid(n, stations.Count) ? sum / n : double.NaN;
            }
        }

        return city;
    }

    /// <summary>
    /// The city's daily values from the stations that reported that day. <paramref name="evaluationStations"/> is
    /// the number of evaluation stations of the city; stations absent from <paramref name="stations"/> count as invalid.
    /// </summary>
    public static DailyConcentrations Combine(ReadOnlySpan<DailyConcentrations> stations, int evaluationStations)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(evaluationStations);
        if (stations.Length > evaluationStations)
        {
            throw new ArgumentException("More stations than evaluation stations.", nameof(stations));
        }

        var dust = PollutantSet.None;
        foreach (ref readonly var s in stations)
        {
            dust |= s.DustDeducted;
        }

        var city = new DailyConcentrations(
            Mean(stations, evaluationStations, static s => s.Pm25),
            Mean(stations, evaluationStations, static s => s.Pm10),
            Mean(stations, evaluationStations, static s => s.So2),
            Mean(stations, evaluationStations, static s => s.No2),
            Mean(stations, evaluationStations, static s => s.Co),
            Mean(stations, evaluationStations, static s => s.O3Max8h),
            Mean(stations, evaluationStations, static s => s.O3Max1h));
        // A particulate value counts as dust-deducted only where the city value itself is missing.
        var cityDust = PollutantSet.None;
        if (dust.Has(Pollutant.Pm25) && double.IsNaN(city.Pm25))
        {
            cityDust |= PollutantSet.Pm25;
        }

        if (dust.Has(Pollutant.Pm10) && double.IsNaN(city.Pm10))
        {
            cityDust |= PollutantSet.Pm10;
        }

        return city with { DustDeducted = cityDust };
    }

    /// <summary>Whether <paramref name="valid"/> of <paramref name="evaluationStations"/> reach 75 %.</summary>
    public static bool IsCityValid(int valid, int evaluationStations) => valid * 4 >= evaluationStations * 3;

    private static double Mean(ReadOnlySpan<DailyConcentrations> stations, int evaluationStations, Func<DailyConcentrations, double> select)
    {
        var sum = 0.0;
        var n = 0;
        foreach (ref readonly var s in stations)
        {
            var v = select(s);
            if (v >= 0)
            {
                sum += v;
                n++;
            }
        }

        return n > 0 && IsCityValid(n, evaluationStations) ? sum / n : double.NaN;
    }
}
