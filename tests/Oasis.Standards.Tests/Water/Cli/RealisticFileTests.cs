namespace Oasis.Standards.Tests.Water.Cli;

/// <summary>
/// A year of monthly sampling of the six Toutun and Santun sections and a reservoir (synthetic values of a
/// realistic shape: detection-limit values, metals quarterly, a summer pH excursion), checked against an
/// expected output computed by an independent script from the test's own copy of Table 1 (Water/Data/).
/// </summary>
public sealed class RealisticFileTests
{
    [Fact]
    public async Task A_year_of_sampling_evaluates_as_the_independent_computation_says()
    {
        var data = DataDirectory();
        var (exit, output, error) = await WaterCli.RunAsync("water", "evaluate", "--input", Path.Combine(data, "toutun-santun-2024.csv"));
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var expected = await File.ReadAllTextAsync(Path.Combine(data, "toutun-santun-2024.expected.csv"), TestContext.Current.CancellationToken);
        Assert.Equal(expected, output);
        Assert.Equal(85, output.Count(c => c == '\n'));
    }

    private static string DataDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Oasis.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "Oasis.Standards.Tests", "Water", "Data");
            }
        }

        throw new DirectoryNotFoundException("The repository root (Oasis.slnx) was not found above the test binaries.");
    }
}
