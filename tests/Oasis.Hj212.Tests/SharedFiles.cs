namespace Oasis.Hj212.Tests;

/// <summary>Finds ../shared (beside the repository root) from the test's output directory.</summary>
internal static class SharedFiles
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (dir.GetFiles("Oasis.slnx").Length > 0 && dir.Parent is { } parent)
            {
                candidate = System.IO.Path.Combine(parent.FullName, "shared");
            }

            if (Directory.Exists(System.IO.Path.Combine(candidate, "standards")))
            {
                return System.IO.Path.Combine([candidate, .. parts]);
            }
        }

        throw new DirectoryNotFoundException("../shared not found above " + AppContext.BaseDirectory);
    }

    public static byte[] Bytes(params string[] parts) => File.ReadAllBytes(Path(parts));

    /// <summary>Lines of a text file split on CR LF or LF (the example lists are LF files).</summary>
    public static string[] ExampleLines(string file) =>
        File.ReadAllText(Path("standards", "hj212-examples", file)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.TrimEnd('\r')).ToArray();
}
