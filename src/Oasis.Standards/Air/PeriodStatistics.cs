namespace Oasis.Standards.Air;

/// <summary>
/// One pollutant's statistics over a period (HJ 663-2013, applied under both editions): the mean of the valid
/// daily values, the HJ 663 percentile of the daily values (98th SO2/NO2, 95th PM10/PM2.5/CO, 90th of the daily
/// maximum 8-hour O3), both rounded by GB/T 8170; the days over the Grade II 24-hour limit; the annual validity
/// rule (≥ 324 valid days, ≥ 27 in each month, ≥ 25 in February).
/// </summary>
public readonly record struct PollutantStatistics(Pollutant Pollutant, int ValidDays, decimal? Mean, int PercentileRank, decimal? Percentile, int ExceedanceDays, bool MeetsAnnualValidity);

/// <summary>
/// Figures over a period of days (a year, a season, a month). <see cref="ValidDays"/> counts the days with a
/// published AQI; the ratios are percentages rounded to one decimal.
/// </summary>
public sealed record PeriodStatistics(
    int Days,
    int ValidDays,
    int GoodDays,
    int HeavyDays,
    decimal? GoodRatio,
    decimal? HeavyRatio,
    PollutantStatistics Pm25,
    PollutantStatistics Pm10,
    PollutantStatistics So2,
    PollutantStatistics No2,
    PollutantStatistics Co,
    PollutantStatistics O3,
    decimal? CompositeIndex,
    bool DustDeducted)
{
    /// <summary>A pollutant's statistics.</summary>
    public PollutantStatistics Of(Pollutant pollutant) => pollutant switch
    {
        Pollutant.Pm25 => Pm25,
        Pollutant.Pm10 => Pm10,
        Pollutant.So2 => So2,
        Pollutant.No2 => No2,
        Pollutant.Co => Co,
        Pollutant.O3 => O3,
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant)),
    };

    /// <summary>True when SO2, NO2, PM10, PM2.5, CO and O3-8h all meet the annual validity rule.</summary>
    public bool MeetsAnnualValidity =>
        Pm25.MeetsAnnualValidity && Pm10.MeetsAnnualValidity && So2.MeetsAnnualValidity &&
        No2.MeetsAnnualValidity && Co.MeetsAnnualValidity && O3.MeetsAnnualValidity;
}
