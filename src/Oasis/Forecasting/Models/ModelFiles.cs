using System.Security.Cryptography;
using Oasis.Forecast;
using Oasis.Forecast.Hourly;
using Oasis.Platform.Configuration;
using Oasis.Platform.Errors;

namespace Oasis.Forecasting.Models;

/// <summary>
/// Model files under <c>forecast/models/</c> of the data directory (decision 0405): written once, never changed, checked
/// against the SHA-256 recorded with the version before they are loaded.
/// </summary>
internal sealed class ModelFiles(OasisPaths paths)
{
    public string Directory => Path.Combine(paths.DataDirectory, "forecast", "models");

    public (string FileName, long Size, string Sha256) Write(ForecastModel model, string code) => Write(model.Save, code);

    public (string FileName, long Size, string Sha256) Write(HourlyModel model, string code) => Write(model.Save, code);

    public ForecastModel Read(ForecastModelRecord record)
    {
        using var stream = new MemoryStream(Checked(record.FileName, record.Sha256));
        return ForecastModel.Load(stream, record.ToVersion());
    }

    /// <summary>The version's hourly model; a version without one is refused by the caller before.</summary>
    public HourlyModel ReadHourly(ForecastModelRecord record)
    {
        using var stream = new MemoryStream(Checked(record.HourlyFileName!, record.HourlySha256!));
        return HourlyModel.Load(stream, record.ToHourlyVersion());
    }

    private (string FileName, long Size, string Sha256) Write(Action<Stream> save, string code)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{code}-{Guid.NewGuid():N}.zip";
        using var buffer = new MemoryStream();
        save(buffer);
        var bytes = buffer.ToArray();
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path + ".tmp", bytes);
        File.Move(path + ".tmp", path);
        return (name, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>Deletes a version's file (retention, decision 0432); false when it was gone already.</summary>
    public bool Remove(string fileName)
    {
        var path = Path.Combine(Directory, Path.GetFileName(fileName));
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    /// <summary>Whether the version's file is still on disk (the retention rule removes old ones).</summary>
    public bool Exists(string fileName) => File.Exists(Path.Combine(Directory, Path.GetFileName(fileName)));

    private byte[] Checked(string fileName, string sha256)
    {
        if (!Exists(fileName))
        {
            throw OasisProblemException.Rule("forecast-model-file-removed", "Forecast.ModelFileRemoved", fileName);
        }

        var bytes = File.ReadAllBytes(Path.Combine(Directory, fileName));
        return string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), sha256, StringComparison.Ordinal) ? bytes
            : throw new InvalidDataException($"The model file {fileName} does not match its recorded SHA-256.");
    }
}
