using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Oasis.Forecast;

/// <summary>
/// A trained model as bytes: a zip with one ML.NET model per <see cref="ForecastTarget"/>. The version (window,
/// settings, blend weights) is kept by whoever stores the bytes and handed back on <see cref="Load"/>, so the bytes
/// hold only what cannot be recomputed.
/// </summary>
public sealed partial class ForecastModel
{
    /// <summary>Writes the seven trained models to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<ModelRow>(), ModelRow.Schema(Features.Count)).Schema;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        for (var t = 0; t < _models.Length; t++)
        {
            using var entry = zip.CreateEntry(EntryName(t), CompressionLevel.Optimal).Open();
            _ml.Model.Save(_models[t], schema, entry);
        }
    }

    /// <summary>
    /// Reads models written by <see cref="Save"/>. Refuses bytes whose feature vector differs from this engine's
    /// (a model of an older feature set would read the wrong columns).
    /// </summary>
    public static ForecastModel Load(Stream stream, ModelVersion version)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(version);
        var ml = new MLContext(seed: version.Seed);
        ml.ComponentCatalog.RegisterAssembly(typeof(LightGbmRegressionModelParameters).Assembly);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var models = new ITransformer[ForecastTargets.Count];
        for (var t = 0; t < models.Length; t++)
        {
            var entry = zip.GetEntry(EntryName(t)) ?? throw new InvalidDataException($"The model file has no {EntryName(t)}.");
            using var buffer = new MemoryStream();
            using (var part = entry.Open())
            {
                part.CopyTo(buffer);
            }

            buffer.Position = 0;
            models[t] = ml.Model.Load(buffer, out var schema);
            var size = (schema[nameof(ModelRow.Features)].Type as VectorDataViewType)?.Size ?? 0;
            if (size != Features.Count)
            {
                throw new InvalidDataException($"The model was trained on {size} features; this engine builds {Features.Count}.");
            }
        }

        return new ForecastModel(ml, models, version);
    }

    private static string EntryName(int target) => $"{(ForecastTarget)target}.mlnet".ToLowerInvariant();
}
