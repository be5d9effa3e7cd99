namespace Oasis.Platform.Configuration;

/// <summary>Where Oasis keeps its files: the SQLite database, Data Protection keys, uploads.</summary>
internal sealed class OasisPaths
{
    public const string DatabaseFileName = "oasis.db";

    public OasisPaths(string dataDirectory) => DataDirectory = dataDirectory;

    public string DataDirectory { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, DatabaseFileName);

    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    /// <summary>Resolves <c>Oasis:DataDirectory</c> (default <c>data</c>) against the content root.</summary>
    public static OasisPaths FromConfiguration(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["Oasis:DataDirectory"];
        var dir = string.IsNullOrWhiteSpace(configured) ? "data" : configured;
        var full = Path.GetFullPath(Path.IsPathRooted(dir) ? dir : Path.Combine(contentRoot, dir));
        Directory.CreateDirectory(full);
        return new OasisPaths(full);
    }
}
