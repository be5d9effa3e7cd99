namespace Oasis.Tests.Ingest;

/// <summary>Finds ../shared (beside the repository root) from the test's output directory.</summary>
internal static class SharedFiles
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(candidate))
            {
                return System.IO.Path.Combine([candidate, .. parts]);
            }
        }

        throw new DirectoryNotFoundException("../shared not found above " + AppContext.BaseDirectory);
    }
}
