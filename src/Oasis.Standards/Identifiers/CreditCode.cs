namespace Oasis.Standards.Identifiers;

/// <summary>
/// 统一社会信用代码, GB 32100-2015: 18 characters from a 31-character set (no I, O, S, V, Z);
/// the 18th is a check character over the first 17 with weights 3^(i-1) mod 31.
/// </summary>
public static class CreditCode
{
    public const int Length = 18;

    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static ReadOnlySpan<byte> Weights => [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? code) => Check(code) == CreditCodeError.None;

    public static CreditCodeError Check(string? code)
    {
        if (code is null || code.Length != Length)
        {
            return CreditCodeError.Length;
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            var value = Alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return CreditCodeError.Character;
            }

            sum += value * Weights[i];
        }

        if (Alphabet.IndexOf(code[Length - 1], StringComparison.Ordinal) < 0)
        {
            return CreditCodeError.Character;
        }

        return code[Length - 1] == CheckCharacter(sum) ? CreditCodeError.None : CreditCodeError.CheckCharacter;
    }

    /// <summary>The check character for the first 17 characters (which must be from the alphabet).</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("Seventeen characters are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not in the GB 32100 character set.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return CheckCharacter(sum);
    }

    private static char CheckCharacter(int sum) => Alphabet[(31 - (sum % 31)) % 31];
}

public enum CreditCodeError
{
    None,
    Length,
    Character,
    CheckCharacter,
}
