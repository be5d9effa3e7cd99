namespace Oasis.Hj212;

/// <summary>
/// Content defects the codec tolerates. Real devices break the standard in these ways; the
/// packet is still accepted, and the host stores it with the warnings and keeps it out of
/// statistics where that matters. A bit set, so that reporting them allocates nothing.
/// </summary>
[Flags]
public enum Hj212Warnings : long
{
    None = 0,

    /// <summary>The length field counts characters, not bytes (a segment with UTF-8 Chinese).</summary>
    LengthCountsCharacters = 1L << 0,

    /// <summary>NUL or other control bytes inside the packet.</summary>
    ControlBytes = 1L << 1,

    /// <summary>Bytes before <c>##</c> on the line were skipped.</summary>
    LeadingBytesSkipped = 1L << 2,

    /// <summary>No Flag field: an HJ/T 212-2005 packet, which never asks for an answer.</summary>
    NoFlag = 1L << 3,

    /// <summary>Flag version bits 2 (HJ 212-2025, unverified): read as 2017-compatible.</summary>
    Version2025 = 1L << 4,

    /// <summary>Flag version bits other than 0, 1 or 2.</summary>
    UnknownVersion = 1L << 5,

    /// <summary>Flag is not a number 0–255.</summary>
    MalformedFlag = 1L << 6,

    /// <summary>D = 1 without PNUM/PNO, or PNUM/PNO without D, or PNO outside 1..PNUM.</summary>
    SplitFieldsInconsistent = 1L << 7,

    /// <summary>A 2017 packet without QN.</summary>
    MissingQn = 1L << 8,

    /// <summary>ST is not in Table 5.</summary>
    UnknownSt = 1L << 9,

    /// <summary>CN is not in Table 9 (vendor heartbeats 8013 and 9015 are reported with this too).</summary>
    UnknownCn = 1L << 10,

    /// <summary>A factor code in CP is not in the catalogue.</summary>
    UnknownFactor = 1L << 11,

    /// <summary>A DataTime with 17 digits (milliseconds appended).</summary>
    DataTimeMilliseconds = 1L << 12,

    /// <summary>A DataTime that is not a valid date and time.</summary>
    MalformedDataTime = 1L << 13,

    /// <summary>A DataTime before 2005 (a device clock reset, typically to 2000).</summary>
    ImplausibleDataTime = 1L << 14,

    /// <summary>A CP item without <c>=</c>.</summary>
    MalformedItem = 1L << 15,

    /// <summary>A value field (-Rtd, -Avg …) that is not a number.</summary>
    MalformedValue = 1L << 16,

    /// <summary>A negative value (legitimate for flue-gas pressure; kept and reported).</summary>
    NegativeValue = 1L << 17,

    /// <summary>The segment does not end with the closing <c>&amp;&amp;</c>.</summary>
    CpNotClosed = 1L << 18,

    /// <summary>A header field the standard does not define, or a header field repeated.</summary>
    UnexpectedHeaderField = 1L << 19,

    /// <summary>An MN that is neither 14 characters (2005) nor 24 hex digits (2017).</summary>
    NonStandardMn = 1L << 20,

    /// <summary>No PW field.</summary>
    MissingPw = 1L << 21,

    /// <summary>A data flag (-Flag) outside Table 8 (N F M S D C T B).</summary>
    UnknownDataFlag = 1L << 22,

    /// <summary>QN carried inside CP (2005-era answers and 1013 requests do this).</summary>
    QnInCp = 1L << 23,

    /// <summary>Data segment longer than the standard's 1024 characters.</summary>
    SegmentTooLong = 1L << 24,
}
