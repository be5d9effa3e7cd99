using Oasis.Standards.Identifiers;

namespace Oasis.Tests;

/// <summary>统一社会信用代码 (GB 32100-2015) against tools/demo-city/credit-code-examples.txt and the published example.</summary>
public sealed class CreditCodeTests
{
    /// <summary>The valid and invalid codes of the examples file (comments skipped).</summary>
    public static IReadOnlyList<(string Code, bool Valid, string Note)> Examples() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "credit-code-examples.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(',', 3))
            .Select(p => (p[1], p[0] switch
            {
                "valid" => true,
                "invalid" => false,
                _ => throw new FormatException(p[0]),
            }, p[2]))
            .ToList();

    public static TheoryData<string, bool> ExampleData() => [.. Examples().Select(e => (e.Code, e.Valid))];

    [Fact]
    public void The_examples_file_holds_valid_and_invalid_codes()
    {
        var examples = Examples();
        Assert.Equal(3, examples.Count(e => e.Valid));
        Assert.Equal(3, examples.Count(e => !e.Valid));
    }

    [Theory]
    [MemberData(nameof(ExampleData))]
    public void Examples_are_valid_or_invalid_as_the_file_says(string code, bool valid)
    {
        Assert.Equal(valid, CreditCode.IsValid(code));
        Assert.Equal(valid, CreditCode.Check(code) == CreditCodeError.None);
    }

    [Fact]
    public void The_published_example_is_valid_and_its_check_character_is_3()
    {
        Assert.True(CreditCode.IsValid("91350100M000100Y43"));
        Assert.Equal('3', CreditCode.ComputeCheckCharacter("91350100M000100Y4"));
    }

    public static TheoryData<string> ValidExamples() => [.. Examples().Where(e => e.Valid).Select(e => e.Code)];

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public void The_check_character_of_each_valid_example_is_computed_from_its_first_17(string code) =>
        Assert.Equal(code[17], CreditCode.ComputeCheckCharacter(code.AsSpan(0, 17)));

    [Fact]
    public void The_example_with_a_wrong_check_character_should_end_in_a() =>
        Assert.Equal('A', CreditCode.ComputeCheckCharacter("91652301MA71W7223"));

    [Theory]
    [InlineData("91652301MA71W7223B", CreditCodeError.CheckCharacter)]
    [InlineData("91652301MAO1W7223A", CreditCodeError.Character)]
    [InlineData("91652301MA71W7223", CreditCodeError.Length)]
    [InlineData("91652301MA71W7223AA", CreditCodeError.Length)]
    [InlineData("", CreditCodeError.Length)]
    [InlineData(null, CreditCodeError.Length)]
    [InlineData("91652301ma71w7223a", CreditCodeError.Character)]
    [InlineData("91652301MA71W7223I", CreditCodeError.Character)]
    public void Check_names_what_is_wrong(string? code, CreditCodeError expected) => Assert.Equal(expected, CreditCode.Check(code));

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void Letters_outside_the_gb_32100_set_are_refused_anywhere(char letter)
    {
        var code = "91652301MA71W7223A".ToCharArray();
        code[10] = letter;
        Assert.Equal(CreditCodeError.Character, CreditCode.Check(new string(code)));
        Assert.Throws<ArgumentException>(() => CreditCode.ComputeCheckCharacter(new string(code, 0, 17)));
    }

    [Fact]
    public void Check_character_30_is_y_and_0_is_0()
    {
        // Sum ≡ 1 (mod 31) gives 31 - 1 = 30 → 'Y'; sum ≡ 0 gives (31 - 0) mod 31 = 0 → '0'.
        Assert.Equal('Y', CreditCode.ComputeCheckCharacter("10000000000000000"));
        Assert.Equal('0', CreditCode.ComputeCheckCharacter("00000000000000000"));
        Assert.True(CreditCode.IsValid("10000000000000000Y"));
        Assert.True(CreditCode.IsValid("000000000000000000"));
    }

    [Fact]
    public void Seventeen_characters_are_needed_to_compute_a_check_character()
    {
        Assert.Throws<ArgumentException>(() => CreditCode.ComputeCheckCharacter("9165230"));
        Assert.Throws<ArgumentException>(() => CreditCode.ComputeCheckCharacter("91652301MA71W7223A"));
    }
}
