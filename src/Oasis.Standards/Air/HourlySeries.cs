namespace Oasis.Standards.Air;

/// <summary>
/// A station's hourly concentrations over whole Beijing calendar days, laid out for speed: one array per
/// pollutant, hour <c>d * 24 + h</c> is the hour starting at <c>h:00</c> of day <c>FirstDay + d</c>; NaN = missing.
/// Units: µg/m³, CO mg/m³.
/// </summary>
public sealed class HourlySeries
{
    private readonly double[] _values;

    public HourlySeries(DateOnly firstDay, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        FirstDay = firstDay;
        Days = days;
        _values = new double[Pollutants.Count * days * HourlyAggregation.HoursPerDay];
        Array.Fill(_values, double.NaN);
    }

    /// <summary>Hours in a series' day.</summary>
    public const int HoursPerDay = HourlyAggregation.HoursPerDay;

    /// <summary>Whether the engine counts an hourly value as valid (a number, not negative).</summary>
    public static bool IsValidHour(double value) => HourlyAggregation.IsValid(value);

    public DateOnly FirstDay { get; }

    public int Days { get; }

    public int Hours => Days * HourlyAggregation.HoursPerDay;

    /// <summary>All hours of one pollutant.</summary>
    public Span<double> Of(Pollutant pollutant) => _values.AsSpan((int)pollutant * Hours, Hours);

    /// <summary>The 24 hours of one pollutant on day <paramref name="dayIndex"/>.</summary>
    public Span<double> Day(Pollutant pollutant, int dayIndex) =>
        _values.AsSpan(((int)pollutant * Hours) + (dayIndex * HourlyAggregation.HoursPerDay), HourlyAggregation.HoursPerDay);

    /// <summary>The index of the hour starting at <paramref name="hourStart"/>, or -1 outside the series.</summary>
    public int IndexOf(DateTime hourStart)
    {
        var day = hourStart.Date.Subtract(FirstDay.ToDateTime(TimeOnly.MinValue)).Days;
        return day < 0 || day >= Days ? -1 : (day * HourlyAggregation.HoursPerDay) + hourStart.Hour;
    }
}
