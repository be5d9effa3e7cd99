using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace Oasis.Forecast;

/// <summary>
/// The trained engine: one LightGBM regression per <see cref="ForecastTarget"/> on ln(1 + daily value), with the
/// lead as a feature, trained on all training stations together without any station identity (so it serves
/// stations it has never seen; the station enters only through its own history and climatology), and a weight
/// per lead that blends the forecast towards the climatological modal day (<see cref="ClimatologyBlend"/>).
/// </summary>
public sealed partial class ForecastModel
{
    private readonly MLContext _ml;
    private readonly ITransformer[] _models;

    private ForecastModel(MLContext ml, ITransformer[] models, ModelVersion version)
    {
        _ml = ml;
        _models = models;
        Version = version;
    }

    public ModelVersion Version { get; }

    internal bool TargetWeather => Version.TargetWeather;

    /// <summary>The weight of the model (1 − weight of climatology) at a lead.</summary>
    internal double BlendWeight(int lead) => Version.BlendWeights[lead - 1];

    /// <summary>
    /// Trains on every issue day whose target lies within the training window (≤ <paramref name="trainUntil"/>).
    /// The blend weights are chosen first on the window's last year by a model trained on the years before it.
    /// </summary>
    public static ForecastModel Train(IReadOnlyList<StationHistory> stations, DateOnly trainUntil, ForecastOptions options)
    {
        ArgumentNullException.ThrowIfNull(stations);
        ArgumentNullException.ThrowIfNull(options);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var weights = Enumerable.Repeat(1.0, ForecastOptions.MaxLead).ToArray();
        var validationFrom = trainUntil.AddDays(-options.BlendValidationDays);
        if (options.BlendValidationDays > 0 && stations.Any(s => s.FirstDay.AddDays(options.BlendValidationDays) < validationFrom))
        {
            var inner = Fit(stations, validationFrom, options, out _, out _);
            weights = ClimatologyBlend.Choose(inner, stations, validationFrom, trainUntil);
        }

        var ml = Fit(stations, trainUntil, options, out var first, out var examples);
        var version = new ModelVersion(
            first,
            trainUntil,
            [.. stations.Select(s => s.Name)],
            options.TargetWeather,
            options.Seed,
            options.Iterations,
            options.Leaves,
            options.LearningRate,
            examples,
            System.Diagnostics.Stopwatch.GetElapsedTime(started))
        { BlendWeights = weights };
        return new ForecastModel(ml.Context, ml.Models, version);
    }

    /// <summary>The models' raw output, ln(1 + value) per target, for many feature vectors at once.</summary>
    internal double[][] PredictLog(IReadOnlyList<float[]> features) => Predict(_ml, _models, features);

    internal static double[][] Predict(MLContext ml, ITransformer[] models, IReadOnlyList<float[]> features)
    {
        var data = ml.Data.LoadFromEnumerable(features.Select(f => new ModelRow { Features = f }), ModelRow.Schema(Features.Count));
        var result = new double[features.Count][];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new double[ForecastTargets.Count];
        }

        for (var t = 0; t < ForecastTargets.Count; t++)
        {
            var scores = models[t].Transform(data).GetColumn<float>("Score").ToArray();
            for (var i = 0; i < scores.Length; i++)
            {
                result[i][t] = scores[i];
            }
        }

        return result;
    }

    internal static Fitted Fit(IReadOnlyList<StationHistory> stations, DateOnly trainUntil, ForecastOptions options, out DateOnly first, out int[] examples)
    {
        var n = Features.Count;
        var features = new List<float[]>();
        var labels = new List<float[]>();
        first = DateOnly.MaxValue;
        foreach (var station in stations)
        {
            var climate = Climatology.Of(station, trainUntil);
            var last = Math.Min(station.IndexOf(trainUntil), station.Days - 1);
            first = station.FirstDay < first ? station.FirstDay : first;
            for (var d = 7; d < last; d++)
            {
                var issue = station.FirstDay.AddDays(d);
                for (var lead = 1; lead <= ForecastOptions.MaxLead && d + lead <= last; lead++)
                {
                    var label = new float[ForecastTargets.Count];
                    var any = false;
                    for (var t = 0; t < ForecastTargets.Count; t++)
                    {
                        var v = station.Daily[t][d + lead];
                        label[t] = v >= 0 ? (float)Math.Log(1 + v) : float.NaN;
                        any |= v >= 0;
                    }

                    if (any)
                    {
                        var row = new float[n];
                        Features.Build(station, climate, issue, lead, options.TargetWeather, row);
                        features.Add(row);
                        labels.Add(label);
                    }
                }
            }
        }

        var ml = new MLContext(seed: options.Seed);
        var models = new ITransformer[ForecastTargets.Count];
        examples = new int[ForecastTargets.Count];
        for (var t = 0; t < ForecastTargets.Count; t++)
        {
            var rows = new List<ModelRow>(features.Count);
            for (var i = 0; i < features.Count; i++)
            {
                if (!float.IsNaN(labels[i][t]))
                {
                    rows.Add(new ModelRow { Features = features[i], Label = labels[i][t] });
                }
            }

            examples[t] = rows.Count;
            var data = ml.Data.LoadFromEnumerable(rows, ModelRow.Schema(n));
            var trainer = ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
            {
                NumberOfIterations = options.Iterations,
                NumberOfLeaves = options.Leaves,
                LearningRate = options.LearningRate,
                MinimumExampleCountPerLeaf = options.MinimumExamplesPerLeaf,
                NumberOfThreads = options.Threads,
                Seed = options.Seed,
                Booster = new GradientBooster.Options { FeatureFraction = options.FeatureFraction, L2Regularization = options.L2Regularization },
                Silent = true,
                Verbose = false,
            });
            models[t] = trainer.Fit(data);
        }

        return new Fitted(ml, models, options.TargetWeather);
    }

    internal sealed record Fitted(MLContext Context, ITransformer[] Models, bool TargetWeather);

    private sealed class ModelRow
    {
        public float[] Features { get; set; } = [];

        public float Label { get; set; }

        public static SchemaDefinition Schema(int features)
        {
            var schema = SchemaDefinition.Create(typeof(ModelRow));
            schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features);
            return schema;
        }
    }
}
