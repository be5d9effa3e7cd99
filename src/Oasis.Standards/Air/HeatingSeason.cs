namespace Oasis.Standards.Air;

/// <summary>
/// The heating season (采暖季) as a range of month-days that wraps the new year, both ends included.
/// The default is Changji's, 15 October to 15 April; regions configure their own.
/// </summary>
public sealed record HeatingSeason(int StartMonth, int StartDay, int EndMonth, int EndDay)
{
    public static readonly HeatingSeason Default = new(10, 15, 4, 15);

    public bool Contains(DateOnly date)
    {
        var key = (date.Month * 100) + date.Day;
        var start = (StartMonth * 100) + StartDay;
        var end = (EndMonth * 100) + EndDay;
        return start <= end ? key >= start && key <= end : key >= start || key <= end;
    }
}
