namespace Oasis.Standards.Water;

/// <summary>A GB 3838-2002 water-quality class (水质类别), best first; <see cref="WorseThanV"/> is 劣Ⅴ类.</summary>
public enum WaterClass
{
    I = 1,
    II = 2,
    III = 3,
    IV = 4,
    V = 5,

    /// <summary>劣Ⅴ类: no class limit is met.</summary>
    WorseThanV = 6,
}

/// <summary>Names of a <see cref="WaterClass"/>.</summary>
public static class WaterClassNames
{
    /// <summary>ASCII roman numerals as the CLI writes them: <c>I II III IV V 劣V</c>.</summary>
    public static string Ascii(this WaterClass waterClass) => waterClass switch
    {
        WaterClass.I => "I",
        WaterClass.II => "II",
        WaterClass.III => "III",
        WaterClass.IV => "IV",
        WaterClass.V => "V",
        WaterClass.WorseThanV => "劣V",
        _ => throw new ArgumentOutOfRangeException(nameof(waterClass)),
    };

    /// <summary>The class as reports write it: Ⅰ类 … Ⅴ类, 劣Ⅴ类.</summary>
    public static string Chinese(this WaterClass waterClass) => waterClass switch
    {
        WaterClass.I => "Ⅰ类",
        WaterClass.II => "Ⅱ类",
        WaterClass.III => "Ⅲ类",
        WaterClass.IV => "Ⅳ类",
        WaterClass.V => "Ⅴ类",
        WaterClass.WorseThanV => "劣Ⅴ类",
        _ => throw new ArgumentOutOfRangeException(nameof(waterClass)),
    };

    /// <summary>Class Ⅲ or better: the plan's and the 2011 method's "good" (优良) threshold.</summary>
    public static bool IsIIIOrBetter(this WaterClass waterClass) => waterClass <= WaterClass.III;

    /// <summary>Whether the class meets a target class (达标): equal to it or better.</summary>
    public static bool Meets(this WaterClass waterClass, WaterClass target) => waterClass <= target;
}
