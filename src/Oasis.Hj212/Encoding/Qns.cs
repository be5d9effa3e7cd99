using System.Globalization;

namespace Oasis.Hj212;

/// <summary>QN request numbers: <c>YYYYMMDDhhmmsszzz</c>, the time a request was made.</summary>
public static class Qns
{
    /// <summary>QN for an instant (Beijing time).</summary>
    public static string From(DateTime time) => DataTimes.FormatQn(time);

    /// <summary>The QN <paramref name="milliseconds"/> later; a QN that is not a time is returned unchanged.</summary>
    public static string? Add(string? qn, int milliseconds)
    {
        if (qn is null || milliseconds == 0)
        {
            return qn;
        }

        return DateTime.TryParseExact(qn, "yyyyMMddHHmmssfff", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? From(t.AddMilliseconds(milliseconds))
            : qn;
    }
}
