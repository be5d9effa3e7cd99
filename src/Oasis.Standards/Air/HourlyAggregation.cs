namespace Oasis.Standards.Air;

/// <summary>
/// Daily values from 24 hourly values with the validity rules of standards/README.md (GB 3095 Table 4,
/// HJ 663): ≥ 20 valid hours for a daily mean; ≥ 6 of 8 hours for an 8-hour O3 mean; ≥ 14 valid windows
/// ending 08:00–24:00 for the daily maximum 8-hour O3 unless it exceeds 160; ≥ 20 hours for the daily maximum
/// 1-hour O3 unless it exceeds 200. Hot path: no allocation.
/// </summary>
internal static class HourlyAggregation
{
    public const int HoursPerDay = 24;
    public const int MinHoursForDailyMean = 20;
    public const int MinHoursPerWindow = 6;
    public const int MinValidWindows = 14;

    // Windows ending 08:00 … 24:00 hold hours starting 00:00–07:00 … 16:00–23:00: 17 windows inside the day.
    private const int Windows = 17;

    public static bool IsValid(double value) => value >= 0 && value < double.PositiveInfinity;

    public static double DailyMean(ReadOnlySpan<double> hours, ReadOnlySpan<bool> removed, out bool anyRemoved)
    {
        anyRemoved = false;
        var sum = 0.0;
        var n = 0;
        for (var i = 0; i < HoursPerDay; i++)
        {
            var v = hours[i];
            if (!IsValid(v))
            {
                continue;
            }

            if (!removed.IsEmpty && removed[i])
            {
                anyRemoved = true;
                continue;
            }

            sum += v;
            n++;
        }

        return n >= MinHoursForDailyMean ? sum / n : double.NaN;
    }

    public static double O3Max8h(ReadOnlySpan<double> hours)
    {
        var max = double.NaN;
        var valid = 0;
        for (var start = 0; start < Windows; start++)
        {
            var sum = 0.0;
            var n = 0;
            for (var i = start; i < start + 8; i++)
            {
                var v = hours[i];
                if (IsValid(v))
                {
                    sum += v;
                    n++;
                }
            }

            if (n < MinHoursPerWindow)
            {
                continue;
            }

            valid++;
            var mean = sum / n;
            if (!(mean <= max))
            {
                max = mean;
            }
        }

        if (valid >= MinValidWindows || (valid > 0 && GbT8170.RoundConcentration(Pollutant.O3, max) > 160m))
        {
            return max;
        }

        return double.NaN;
    }

    public static double O3Max1h(ReadOnlySpan<double> hours)
    {
        var max = double.NaN;
        var n = 0;
        for (var i = 0; i < HoursPerDay; i++)
        {
            var v = hours[i];
            if (IsValid(v))
            {
                n++;
                if (!(v <= max))
                {
                    max = v;
                }
            }
        }

        if (n >= MinHoursForDailyMean || (n > 0 && GbT8170.RoundConcentration(Pollutant.O3, max) > 200m))
        {
            return max;
        }

        return double.NaN;
    }
}
