namespace Oasis.Standards.Air;

/// <summary>The edition of HJ 633 (AQI) and GB 3095 (limits) that rates a day or an hour.</summary>
public enum AirStandardEdition
{
    /// <summary>HJ 633-2012 with GB 3095-2012: data before 2026-03-01.</summary>
    Hj633_2012,

    /// <summary>HJ 633-2026 with GB 3095-2026: data from 2026-03-01.</summary>
    Hj633_2026,
}

/// <summary>What the user asked for: the edition in force on the data's date, or a forced edition.</summary>
public enum EditionChoice
{
    Auto,
    Force2012,
    Force2026,
}

/// <summary>Picks the edition for a date: HJ 633-2026 is in force from 2026-03-01, Beijing time.</summary>
public static class EditionSelector
{
    /// <summary>First day (Beijing time) evaluated by the 2026 editions.</summary>
    public static readonly DateOnly CutOver = new(2026, 3, 1);

    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    /// <summary>The edition for a Beijing calendar date (a day, or the day an hour starts in).</summary>
    public static AirStandardEdition For(DateOnly beijingDate, EditionChoice choice = EditionChoice.Auto) => choice switch
    {
        EditionChoice.Force2012 => AirStandardEdition.Hj633_2012,
        EditionChoice.Force2026 => AirStandardEdition.Hj633_2026,
        _ => beijingDate < CutOver ? AirStandardEdition.Hj633_2012 : AirStandardEdition.Hj633_2026,
    };

    /// <summary>The edition for an instant, judged on its Beijing date.</summary>
    public static AirStandardEdition For(DateTimeOffset instant, EditionChoice choice = EditionChoice.Auto) =>
        For(DateOnly.FromDateTime(instant.ToOffset(BeijingOffset).DateTime), choice);
}
