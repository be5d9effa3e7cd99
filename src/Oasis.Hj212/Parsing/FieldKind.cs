namespace Oasis.Hj212;

/// <summary>The suffix of a CP field name (<c>a34004-Avg</c> → <see cref="Avg"/>), Table 4.</summary>
public enum FieldKind : byte
{
    /// <summary>No suffix: a plain field such as DataTime, QnRtn or RtdInterval.</summary>
    None,
    Rtd,
    Min,
    Avg,
    Max,
    Cou,
    ZsRtd,
    ZsMin,
    ZsAvg,
    ZsMax,

    /// <summary>Seen in the wild (2005 devices), not in Table 4.</summary>
    ZsCou,
    Flag,
    EFlag,
    SampleTime,
    Data,
    DayData,
    NightData,
    SN,
    Info,

    /// <summary>Equipment running state (<c>SBxxx-RS</c>).</summary>
    RS,

    /// <summary>Equipment running time in hours (<c>SBxxx-RT</c>).</summary>
    RT,

    /// <summary>2005 alarm value (<c>B01-Ala</c>).</summary>
    Ala,

    /// <summary>A suffix the standard does not define.</summary>
    Other,
}

/// <summary>Maps suffix bytes to <see cref="FieldKind"/> without allocating.</summary>
public static class FieldKinds
{
    public static FieldKind Parse(ReadOnlySpan<byte> suffix) => suffix.Length switch
    {
        2 when suffix.SequenceEqual("RS"u8) => FieldKind.RS,
        2 when suffix.SequenceEqual("RT"u8) => FieldKind.RT,
        2 when suffix.SequenceEqual("SN"u8) => FieldKind.SN,
        3 when suffix.SequenceEqual("Rtd"u8) => FieldKind.Rtd,
        3 when suffix.SequenceEqual("Min"u8) => FieldKind.Min,
        3 when suffix.SequenceEqual("Avg"u8) => FieldKind.Avg,
        3 when suffix.SequenceEqual("Max"u8) => FieldKind.Max,
        3 when suffix.SequenceEqual("Cou"u8) => FieldKind.Cou,
        3 when suffix.SequenceEqual("Ala"u8) => FieldKind.Ala,
        4 when suffix.SequenceEqual("Flag"u8) => FieldKind.Flag,
        4 when suffix.SequenceEqual("Data"u8) => FieldKind.Data,
        4 when suffix.SequenceEqual("Info"u8) => FieldKind.Info,
        5 when suffix.SequenceEqual("ZsRtd"u8) => FieldKind.ZsRtd,
        5 when suffix.SequenceEqual("ZsMin"u8) => FieldKind.ZsMin,
        5 when suffix.SequenceEqual("ZsAvg"u8) => FieldKind.ZsAvg,
        5 when suffix.SequenceEqual("ZsMax"u8) => FieldKind.ZsMax,
        5 when suffix.SequenceEqual("ZsCou"u8) => FieldKind.ZsCou,
        5 when suffix.SequenceEqual("EFlag"u8) => FieldKind.EFlag,
        7 when suffix.SequenceEqual("DayData"u8) => FieldKind.DayData,
        9 when suffix.SequenceEqual("NightData"u8) => FieldKind.NightData,
        10 when suffix.SequenceEqual("SampleTime"u8) => FieldKind.SampleTime,
        _ => FieldKind.Other,
    };

    /// <summary>Kinds whose value is a number (a reading).</summary>
    public static bool IsNumeric(this FieldKind kind) => kind is >= FieldKind.Rtd and <= FieldKind.ZsCou
        or FieldKind.Data or FieldKind.DayData or FieldKind.NightData or FieldKind.RT or FieldKind.Ala;

    /// <summary>Kinds that name equipment or information, not a pollutant (not looked up in the catalogue).</summary>
    public static bool IsEquipment(this FieldKind kind) => kind is FieldKind.RS or FieldKind.RT or FieldKind.Info or FieldKind.SN;

    public static string Suffix(this FieldKind kind) => kind switch
    {
        FieldKind.None => "",
        FieldKind.Other => "",
        _ => kind.ToString(),
    };
}
