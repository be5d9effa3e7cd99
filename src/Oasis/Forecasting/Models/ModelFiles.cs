using System.Security.Cryptography;
using Oasis.Forecast;
using Oasis.Platform.Configuration;

namespace Oasis.Forecasting.Models;

/// <summary>
/// Model files under <c>forecast/models/</c> of the data directory (decision 0405): written once, never changed, checked
/// against the SHA-256 recorded with the version before they are loaded.
/// </summary>
internal sealed class ModelFiles(OasisPaths paths)
{
    public string Directory => Path.Combine(paths.DataDirectory, "forecast", "models");

    public (string FileName, long Size, string Sha256) Write(ForecastModel model, string code)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{code}-{Guid.NewGuid():N}.zip";
        using var buffer = new MemoryStream();
        model.Save(buffer);
        var bytes = buffer.ToArray();
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path + ".tmp", bytes);
        File.Move(path + ".tmp", path);
        return (name, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    public ForecastModel Read(ForecastModelRecord record)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Directory, record.FileName));
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), record.Sha256, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"The model file {record.FileName} does not match its recorded SHA-256.");
        }

        using var stream = new MemoryStream(bytes);
        return ForecastModel.Load(stream, record.ToVersion());
    }
}
