namespace Oasis.Standards.Air;

/// <summary>
/// A day's unrounded daily values (NaN = invalid): the 24-hour means of PM2.5, PM10, SO2, NO2 and CO (CO in
/// mg/m³), the daily maximum 8-hour O3 and the daily maximum 1-hour O3 (the latter rated under 2012 only).
/// <see cref="DustDeducted"/> marks particulate values made invalid by sand-dust deduction.
/// </summary>
public readonly record struct DailyConcentrations(
    double Pm25,
    double Pm10,
    double So2,
    double No2,
    double Co,
    double O3Max8h,
    double O3Max1h)
{
    /// <summary>A day with no valid value.</summary>
    public static readonly DailyConcentrations Empty = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>Particulate pollutants whose value is invalid because dust hours were removed from the day.</summary>
    public PollutantSet DustDeducted { get; init; }

    /// <summary>The daily value of a pollutant; for O3 the daily maximum 8-hour mean.</summary>
    public double Of(Pollutant pollutant) => pollutant switch
    {
        Pollutant.Pm25 => Pm25,
        Pollutant.Pm10 => Pm10,
        Pollutant.So2 => So2,
        Pollutant.No2 => No2,
        Pollutant.Co => Co,
        Pollutant.O3 => O3Max8h,
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant)),
    };

    /// <summary>
    /// The daily values of one calendar day from its 24 hourly values per pollutant (index 0 = the hour starting
    /// 00:00; NaN or negative = missing). <paramref name="dustHours"/>, when not empty, marks the 24 hours
    /// removed from PM10 and PM2.5 by sand-dust deduction.
    /// </summary>
    public static DailyConcentrations FromHours(
        ReadOnlySpan<double> pm25,
        ReadOnlySpan<double> pm10,
        ReadOnlySpan<double> so2,
        ReadOnlySpan<double> no2,
        ReadOnlySpan<double> co,
        ReadOnlySpan<double> o3,
        ReadOnlySpan<bool> dustHours = default)
    {
        if (pm25.Length != 24 || pm10.Length != 24 || so2.Length != 24 || no2.Length != 24 || co.Length != 24 || o3.Length != 24 ||
            (!dustHours.IsEmpty && dustHours.Length != 24))
        {
            throw new ArgumentException("A day has 24 hourly values per pollutant.");
        }

        var dust = PollutantSet.None;
        var pm25Mean = HourlyAggregation.DailyMean(pm25, dustHours, out var pm25Removed);
        var pm10Mean = HourlyAggregation.DailyMean(pm10, dustHours, out var pm10Removed);
        if (pm25Removed && double.IsNaN(pm25Mean))
        {
            dust |= PollutantSet.Pm25;
        }

        if (pm10Removed && double.IsNaN(pm10Mean))
        {
            dust |= PollutantSet.Pm10;
        }

        return new DailyConcentrations(
            pm25Mean,
            pm10Mean,
            HourlyAggregation.DailyMean(so2, default, out _),
            HourlyAggregation.DailyMean(no2, default, out _),
            HourlyAggregation.DailyMean(co, default, out _),
            HourlyAggregation.O3Max8h(o3),
            HourlyAggregation.O3Max1h(o3))
        { DustDeducted = dust };
    }
}
