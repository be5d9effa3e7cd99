using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Oasis.Forecast.Hourly;

/// <summary>
/// The hourly PM2.5 engine: one LightGBM regression on the hourly PM2.5 itself (not its log: the forecast is scored by
/// RMSE and MAE of the hours, and a least-squares fit of the value aims at its mean), with the lead (1–72 h) as a
/// feature, no station identity, trained on every training station together (decision 0409).
/// </summary>
public sealed class HourlyModel
{
    private const string EntryName = "pm25-hourly.mlnet";
    private readonly MLContext _ml;
    private readonly ITransformer _model;

    private HourlyModel(MLContext ml, ITransformer model, HourlyModelVersion version)
    {
        _ml = ml;
        _model = model;
        Version = version;
    }

    public HourlyModelVersion Version { get; }

    /// <summary>
    /// Trains on issue hours whose target hour lies within the window (up to the end of <paramref name="trainUntil"/>).
    /// The blend weights (decision 0433) are chosen first on the window's last year by a model trained before it; a
    /// window too short for that keeps the model alone.
    /// </summary>
    public static HourlyModel Train(IReadOnlyList<HourlyHistory> stations, DateOnly trainUntil, HourlyOptions options)
    {
        ArgumentNullException.ThrowIfNull(stations);
        ArgumentNullException.ThrowIfNull(options);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        HourlyBlendWeights[] blend = [];
        var validationFrom = trainUntil.AddDays(-options.BlendValidationDays);
        if (options.BlendValidationDays > 0 && stations.Any(s => s.FirstDay.AddDays(options.BlendValidationDays) < validationFrom))
        {
            var inner = Fit(stations, validationFrom, options, started, []);
            blend = HourlyBlend.Choose(inner, stations, validationFrom, trainUntil, options.BlendIssueStrideHours);
        }

        return Fit(stations, trainUntil, options, started, blend);
    }

    private static HourlyModel Fit(IReadOnlyList<HourlyHistory> stations, DateOnly trainUntil, HourlyOptions options, long started,
        HourlyBlendWeights[] blend)
    {
        var rows = new List<Row>();
        var first = DateOnly.MaxValue;
        foreach (var s in stations)
        {
            first = s.FirstDay < first ? s.FirstDay : first;
            var climate = HourlyClimatology.Of(s, trainUntil);
            var end = Math.Min(s.Hours, s.IndexOf(trainUntil.AddDays(1).ToDateTime(TimeOnly.MinValue)));
            var n = 0;
            for (var issue = 24; issue < end - 1; issue += options.IssueStrideHours, n++)
            {
                for (var lead = 1 + (n % options.LeadStride); lead <= HourlyOptions.MaxLead && issue + lead < end; lead += options.LeadStride)
                {
                    var label = s.Pm25[issue + lead];
                    if (label >= 0)
                    {
                        var f = new float[HourlyFeatures.Count];
                        HourlyFeatures.Build(s, climate, issue, lead, options.TargetWeather, f);
                        rows.Add(new Row { Features = f, Label = (float)label });
                    }
                }
            }
        }

        var ml = new MLContext(seed: options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows, Row.Schema());
        var trainer = ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            NumberOfIterations = options.Iterations,
            NumberOfLeaves = options.Leaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = options.MinimumExamplesPerLeaf,
            NumberOfThreads = options.Threads,
            Seed = options.Seed,
            Booster = new GradientBooster.Options { FeatureFraction = options.FeatureFraction, L2Regularization = 1 },
            Silent = true,
            Verbose = false,
        });
        var model = trainer.Fit(data);
        var version = new HourlyModelVersion(first, trainUntil, [.. stations.Select(s => s.Name)], options.TargetWeather, options.Seed,
            options.Iterations, options.Leaves, options.LearningRate, rows.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started))
        { Blend = blend };
        return new HourlyModel(ml, model, version);
    }

    /// <summary>The model's PM2.5 for many feature vectors at once (negative outputs become 0).</summary>
    internal double[] Predict(IReadOnlyList<float[]> features)
    {
        var data = _ml.Data.LoadFromEnumerable(features.Select(f => new Row { Features = f }), Row.Schema());
        return [.. _model.Transform(data).GetColumn<float>("Score").Select(s => Math.Max(0, (double)s))];
    }

    /// <summary>Writes the trained model to <paramref name="stream"/> (a zip with one ML.NET model).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<Row>(), Row.Schema()).Schema;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using var entry = zip.CreateEntry(EntryName, CompressionLevel.Optimal).Open();
        _ml.Model.Save(_model, schema, entry);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; refuses one built on another feature vector.</summary>
    public static HourlyModel Load(Stream stream, HourlyModelVersion version)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(version);
        var ml = new MLContext(seed: version.Seed);
        ml.ComponentCatalog.RegisterAssembly(typeof(LightGbmRegressionModelParameters).Assembly);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var entry = zip.GetEntry(EntryName) ?? throw new InvalidDataException($"The model file has no {EntryName}.");
        using var buffer = new MemoryStream();
        using (var part = entry.Open())
        {
            part.CopyTo(buffer);
        }

        buffer.Position = 0;
        var model = ml.Model.Load(buffer, out var schema);
        var size = (schema[nameof(Row.Features)].Type as VectorDataViewType)?.Size ?? 0;
        return size == HourlyFeatures.Count ? new HourlyModel(ml, model, version)
            : throw new InvalidDataException($"The hourly model was trained on {size} features; this engine builds {HourlyFeatures.Count}.");
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public float Label { get; set; }

        public static SchemaDefinition Schema()
        {
            var schema = SchemaDefinition.Create(typeof(Row));
            schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, HourlyFeatures.Count);
            return schema;
        }
    }
}
