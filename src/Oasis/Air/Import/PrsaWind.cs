using System.Globalization;

namespace Oasis.Air.Import;

/// <summary>
/// The wind of a PRSA row (decision 0530): <c>wd</c>, a 16-point compass name of the direction the wind blows from,
/// kept as the centre of its sector (N 0°, NNE 22.5°, … NNW 337.5°); <c>WSPM</c>, the speed in m/s.
/// <c>NA</c>, empty or <c>cv</c> (calm and variable, in other Beijing files) give no direction: the rose then decides
/// calm by the speed (≤ 0.2 m/s), as for any other source.
/// </summary>
internal static class PrsaWind
{
    public const string DirectionColumn = "wd";
    public const string SpeedColumn = "WSPM";

    // Beyond the strongest winds measured at the surface: an invalid value, not a malformed row.
    private const double MaxPlausibleSpeed = 75;

    private static readonly string[] Points = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"];

    /// <summary>The sector centre of a compass point, NaN for no direction; null (with <paramref name="reason"/>) for an unknown word.</summary>
    public static double? Direction(ReadOnlySpan<char> text, out string? reason)
    {
        reason = null;
        text = text.Trim();
        if (text.Length == 0 || text.SequenceEqual("NA") || text.Equals("cv", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        for (var i = 0; i < Points.Length; i++)
        {
            if (text.Equals(Points[i], StringComparison.OrdinalIgnoreCase))
            {
                return i * 22.5;
            }
        }

        reason = $"unknown wind direction '{text}' in {DirectionColumn} (expected a 16-point compass name, NA or cv)";
        return null;
    }

    /// <summary>The speed in m/s, NaN for NA or empty; null (with <paramref name="reason"/>) when unparsable. Negative or implausible speeds count as invalid values.</summary>
    public static double? Speed(ReadOnlySpan<char> text, InputProblems problems, out string? reason)
    {
        reason = null;
        text = text.Trim();
        if (text.Length == 0 || text.SequenceEqual("NA"))
        {
            return double.NaN;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
        {
            reason = $"unparsable number '{text}' in {SpeedColumn}";
            return null;
        }

        if (v is < 0 or > MaxPlausibleSpeed)
        {
            problems.InvalidValues++;
            return double.NaN;
        }

        return v;
    }
}
