using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oasis.Data;
using Oasis.Forecasting.Models;
using Oasis.Platform.Errors;

namespace Oasis.Tests.Forecast;

/// <summary>Model files of old versions are removed; the rows stay; reading a removed file is a clear refusal (decision 0432).</summary>
public sealed class ModelRetentionTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task Only_the_newest_versions_keep_their_files_and_a_removed_file_is_refused_by_name()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        var files = scope.ServiceProvider.GetRequiredService<ModelFiles>();
        Directory.CreateDirectory(files.Directory);
        var records = new List<ForecastModelRecord>();
        foreach (var (code, hourly) in new[] { ("retention-1", false), ("retention-2", true), ("retention-3", true) })
        {
            var record = Record(code, Write(files, code + ".zip"));
            if (hourly)
            {
                (record.HourlyFileName, record.HourlySha256) = (code + "-hourly.zip", Write(files, code + "-hourly.zip"));
            }

            db.Add(record);
            records.Add(record);
        }

        await db.SaveChangesAsync(TestApi.Ct);

        Assert.Equal(3, await ModelRetention.ApplyAsync(db, files, keep: 1, TestApi.Ct)); // retention-1, retention-2 and its hourly file
        string[] names = ["retention-1.zip", "retention-2.zip", "retention-2-hourly.zip", "retention-3.zip", "retention-3-hourly.zip"];
        Assert.Equal([false, false, false, true, true], names.Select(files.Exists));
        Assert.Equal(3, await db.Set<ForecastModelRecord>().CountAsync(m => m.Code.StartsWith("retention-"), TestApi.Ct)); // the rows stay
        Assert.Equal(0, await ModelRetention.ApplyAsync(db, files, keep: 1, TestApi.Ct)); // nothing left to remove

        var removed = Assert.Throws<OasisProblemException>(() => files.Read(records[0]));
        Assert.Equal(("forecast-model-file-removed", 409), (removed.Type, removed.Status));
        Assert.Equal("retention-1.zip", Assert.Single(removed.Args));
    }

    private static string Write(ModelFiles files, string name)
    {
        var bytes = RandomNumberGenerator.GetBytes(64);
        File.WriteAllBytes(Path.Combine(files.Directory, name), bytes);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private static ForecastModelRecord Record(string code, string sha256) => new()
    {
        Code = code,
        Stations = "CJ-A01",
        Examples = "1",
        BlendWeights = "1",
        FileName = code + ".zip",
        Sha256 = sha256,
        CreatedBy = "test",
    };
}
