using Oasis.Standards.Air;

namespace Oasis.CommandCentre.Alarms;

/// <summary>What counts as exceeding: a concentration, or an IAQI reaching an AQI category.</summary>
internal abstract record ExceedanceLimit
{
    /// <summary>Whether the value exceeds; <paramref name="reference"/> is the limit it was compared with.</summary>
    public abstract bool IsExceeded(string pollutant, double value, out double reference);
}

/// <summary>Exceeds when the concentration is above (not at) the limit, as GB 3095 counts exceedance.</summary>
internal sealed record ConcentrationLimit(double Limit) : ExceedanceLimit
{
    public override bool IsExceeded(string pollutant, double value, out double reference)
    {
        reference = Limit;
        return value > Limit;
    }
}

/// <summary>
/// Exceeds when the pollutant's IAQI reaches the AQI category <see cref="CategoryLevel"/> (3 = 轻度污染, IAQI ≥ 101).
/// The IAQI comes from the standards engine (<see cref="AirQualityIndex.RealTime"/>) under the HJ 633-2026
/// real-time rules: alarms watch hour values, which is what 2026 rates (PM against the daily breakpoints).
/// </summary>
internal sealed record AqiCategoryLimit(int CategoryLevel) : ExceedanceLimit
{
    public int CategoryLevel { get; } = CategoryLevel is >= 1 and <= 6
        ? CategoryLevel
        : throw new ArgumentOutOfRangeException(nameof(CategoryLevel), CategoryLevel, "AQI categories run from 1 to 6.");

    public override bool IsExceeded(string pollutant, double value, out double reference)
    {
        var category = AirQualityCategory.Categories[CategoryLevel - 1];
        reference = category.MinAqi;
        return SubIndex(pollutant, value) is int iaqi && iaqi >= category.MinAqi;
    }

    /// <summary>The IAQI of one hour value of a basic pollutant (code PM2.5, PM10, SO2, NO2, CO, O3); null otherwise.</summary>
    public static int? SubIndex(string pollutant, double value)
    {
        if (!TryParse(pollutant, out var p))
        {
            return null;
        }

        var nan = double.NaN;
        var hour = new RealTimeConcentrations(
            p == Pollutant.Pm25 ? value : nan,
            p == Pollutant.Pm10 ? value : nan,
            p == Pollutant.So2 ? value : nan,
            p == Pollutant.No2 ? value : nan,
            p == Pollutant.Co ? value : nan,
            p == Pollutant.O3 ? value : nan);
        return AirQualityIndex.RealTime(AirStandardEdition.Hj633_2026, hour).SubIndices.Of(p);
    }

    public static bool TryParse(string code, out Pollutant pollutant)
    {
        for (var p = Pollutant.Pm25; p <= Pollutant.O3; p++)
        {
            if (string.Equals(p.Code(), code, StringComparison.OrdinalIgnoreCase))
            {
                pollutant = p;
                return true;
            }
        }

        pollutant = default;
        return false;
    }
}
