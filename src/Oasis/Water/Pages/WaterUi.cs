namespace Oasis.Water.Pages;

/// <summary>How the water pages show classes and statuses.</summary>
internal static class WaterUi
{
    /// <summary>
    /// The report colours commonly used for the classes (Ⅰ–Ⅱ blue, Ⅲ green, Ⅳ yellow, Ⅴ orange, 劣Ⅴ red). FACTS.md §5.2
    /// marks them unverified; they are Oasis's choice for the screen, not part of any evaluation.
    /// </summary>
    public static string Badge(string? waterClass) =>
        $"background:{Colour(waterClass)};color:{(waterClass is "IV" or "V" or null or "" ? "#000" : "#fff")}";

    /// <summary>The class colour alone (badges and map points); grey without a class.</summary>
    public static string Colour(string? waterClass) => waterClass switch
    {
        "I" or "II" => "#1e88e5",
        "III" => "#43a047",
        "IV" => "#fdd835",
        "V" => "#fb8c00",
        "劣V" => "#e53935",
        _ => "#e0e0e0",
    };

    /// <summary>Ⅰ … 劣Ⅴ as reports write them.</summary>
    public static string Roman(string? waterClass) => waterClass switch
    {
        "I" => "Ⅰ",
        "II" => "Ⅱ",
        "III" => "Ⅲ",
        "IV" => "Ⅳ",
        "V" => "Ⅴ",
        "劣V" => "劣Ⅴ",
        _ => "—",
    };

    /// <summary>The class as a number for charts: 1 = Ⅰ … 6 = 劣Ⅴ.</summary>
    public static double? Number(string? waterClass) => waterClass switch
    {
        "I" => 1,
        "II" => 2,
        "III" => 3,
        "IV" => 4,
        "V" => 5,
        "劣V" => 6,
        _ => null,
    };

    public static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
}
