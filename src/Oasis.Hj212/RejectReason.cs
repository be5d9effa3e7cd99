namespace Oasis.Hj212;

/// <summary>
/// Why a packet was refused. The codec checks in this order and names the first failure:
/// framing → length → crc → format. <see cref="Auth"/> is never produced here: only the host
/// knows the registered password, so it appends that check after the codec's.
/// </summary>
public enum RejectReason
{
    /// <summary>The packet passed every check the codec makes.</summary>
    None = 0,

    /// <summary>No <c>##</c>, shorter than 10 bytes, or longer than the maximum packet size.</summary>
    Framing = 1,

    /// <summary>The 4 characters after <c>##</c> are not digits, or match neither the byte nor the character count.</summary>
    Length = 2,

    /// <summary>The CRC16 of Appendix A does not match the 4 hex digits before CR LF.</summary>
    Crc = 3,

    /// <summary>The fields cannot be read at all (no <c>CP=&amp;&amp;</c>, no CN or MN, an encrypted or binary payload).</summary>
    Format = 4,

    /// <summary>A registered MN with a wrong PW (decided by the host).</summary>
    Auth = 5,
}
