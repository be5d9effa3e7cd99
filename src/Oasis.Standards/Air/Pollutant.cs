namespace Oasis.Standards.Air;

/// <summary>The six basic pollutants, in the order HJ 633 lists primary pollutants (PM2.5, PM10, SO2, NO2, CO, O3).</summary>
public enum Pollutant
{
    Pm25 = 0,
    Pm10 = 1,
    So2 = 2,
    No2 = 3,
    Co = 4,
    O3 = 5,
}

/// <summary>A set of pollutants (primary pollutants, the monitoring plan, dust-deducted pollutants).</summary>
[Flags]
public enum PollutantSet
{
    None = 0,
    Pm25 = 1 << Pollutant.Pm25,
    Pm10 = 1 << Pollutant.Pm10,
    So2 = 1 << Pollutant.So2,
    No2 = 1 << Pollutant.No2,
    Co = 1 << Pollutant.Co,
    O3 = 1 << Pollutant.O3,
    All = Pm25 | Pm10 | So2 | No2 | Co | O3,
}

/// <summary>Names and helpers for <see cref="Pollutant"/>.</summary>
public static class Pollutants
{
    /// <summary>Number of basic pollutants.</summary>
    public const int Count = 6;

    /// <summary>The set holding one pollutant.</summary>
    public static PollutantSet ToSet(this Pollutant pollutant) => (PollutantSet)(1 << (int)pollutant);

    /// <summary>Whether the set holds the pollutant.</summary>
    public static bool Has(this PollutantSet set, Pollutant pollutant) => (set & pollutant.ToSet()) != 0;

    /// <summary>The code used in CSV headers and reports: PM2.5, PM10, SO2, NO2, CO, O3.</summary>
    public static string Code(this Pollutant pollutant) => pollutant switch
    {
        Pollutant.Pm25 => "PM2.5",
        Pollutant.Pm10 => "PM10",
        Pollutant.So2 => "SO2",
        Pollutant.No2 => "NO2",
        Pollutant.Co => "CO",
        Pollutant.O3 => "O3",
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant)),
    };

    /// <summary>The members of a set in primary-pollutant order.</summary>
    public static IEnumerable<Pollutant> Members(this PollutantSet set)
    {
        for (var p = Pollutant.Pm25; p <= Pollutant.O3; p++)
        {
            if (set.Has(p))
            {
                yield return p;
            }
        }
    }

    /// <summary>The codes of a set joined by <paramref name="separator"/>, in primary-pollutant order.</summary>
    public static string JoinCodes(this PollutantSet set, string separator) =>
        string.Join(separator, set.Members().Select(Code));
}
