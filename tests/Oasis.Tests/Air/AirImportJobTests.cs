using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Oasis.Tests.Air;

/// <summary><c>oasis import air</c> run by the host from an upload (decision 0514): progress, summary, bad rows, the data in the figures.</summary>
public sealed class AirImportJobTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task An_uploaded_prsa_file_is_imported_in_the_background_and_its_days_answer_at_once()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        // The first two days of a real PRSA file (header + 48 hours), under its own station name.
        var prsa = File.ReadLines(AirCli.Prsa("Aotizhongxin")).Take(49).Select(l => l.Replace("Aotizhongxin", "JOB-PRSA", StringComparison.Ordinal));
        using var started = await StartAsync(monitor, ("prsa-2013.csv", string.Join('\n', prsa) + "\n"), ("format", "prsa"), ("createStations", "true"));
        var job = await started.ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        Assert.Equal($"/api/air/imports/{job.Str("id")}", started.Headers.Location?.OriginalString);

        var done = await FinishedAsync(monitor, job.Str("id"));
        Assert.Equal("done", done.Str("state"));
        Assert.Equal(100, done.GetProperty("percent").GetInt32());
        Assert.Equal((48L, 48L, 48L), (done.GetProperty("rows").GetInt64(), done.GetProperty("hours").GetInt64(), done.GetProperty("hoursWritten").GetInt64()));
        Assert.Equal(["JOB-PRSA"], done.GetProperty("createdStations").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(JsonValueKind.Null, done.GetProperty("error").ValueKind);

        var days = await monitor.ListAsync("/api/air/daily?station=JOB-PRSA&from=2013-03-01&to=2013-03-02&status=realtime");
        Assert.Equal(2, days.Length);
        // The PRSA wind is kept (decision 0530): 2013-03-01 00:00 is "NNW" at 4.4 m/s, NNW the sector centre 337.5°.
        var wind = await factory.WithDbAsync(db => db.AirHours.Where(h => h.StationCode == "JOB-PRSA").OrderBy(h => h.HourUtc)
            .Select(h => new { h.WindFrom, h.WindSpeed }).FirstAsync(TestApi.Ct));
        Assert.Equal((337.5, 4.4), (wind.WindFrom, wind.WindSpeed));
        var audit = await factory.WithDbAsync(db => db.AuditRecords.Where(a => a.Action == "air-import").Select(a => a.UserName).ToListAsync(TestApi.Ct));
        Assert.Contains("demo.monitor", audit);
    }

    [Fact]
    public async Task Malformed_rows_are_reported_as_file_line_reason_and_nothing_is_written_unless_skipped()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var csv = "station,time,PM2.5,PM10,SO2,NO2,CO,O3\nJOB-BAD,2025-05-01 00:00,10,,,,,\nJOB-BAD,2025-05-01 01:30,10,,,,,\nJOB-BAD,2025-05-01 02:00,10,,\n";
        var failed = await FinishedAsync(monitor, (await (await StartAsync(monitor, ("bad.csv", csv), ("createStations", "true"))).ReadAsync<JsonElement>(HttpStatusCode.Accepted)).Str("id"));
        Assert.Equal("failed", failed.Str("state"));
        Assert.Equal(
            ["bad.csv:3: time '2025-05-01 01:30' is not on the hour", "bad.csv:4: expected 8 fields, found 5"],
            failed.GetProperty("badRows").EnumerateArray().Select(e => e.GetString()!));
        Assert.Contains("2 行格式错误", failed.Str("error"), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AirHours.CountAsync(h => h.StationCode == "JOB-BAD", TestApi.Ct)));

        var skipped = await FinishedAsync(monitor,
            (await (await StartAsync(monitor, ("bad.csv", csv), ("createStations", "true"), ("skipBad", "true"))).ReadAsync<JsonElement>(HttpStatusCode.Accepted)).Str("id"));
        Assert.Equal(("done", 1L, 2), (skipped.Str("state"), skipped.GetProperty("hoursWritten").GetInt64(), skipped.GetProperty("malformedRows").GetInt32()));
    }

    [Fact]
    public async Task A_wrong_header_fails_with_a_localized_message_and_another_users_job_is_not_found()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var id = (await (await StartAsync(monitor, ("x.csv", "a,b\n1,2\n"))).ReadAsync<JsonElement>(HttpStatusCode.Accepted)).Str("id");
        var failed = await FinishedAsync(monitor, id);
        Assert.Equal("failed", failed.Str("state"));
        Assert.Equal("x.csv：第一行不是 oasis 格式的表头（或文件为空）。", failed.Str("error"));

        var admin = await factory.UserAsync("demo.admin");
        using var other = await admin.GetAsync($"/api/air/imports/{id}", TestApi.Ct);
        await other.ProblemAsync(HttpStatusCode.NotFound, "urn:oasis:not-found");

        using var none = await StartAsync(monitor, ("x.txt", "a"), ("format", "excel"));
        var problem = await none.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal(["format", "files"], problem.Errors().Select(e => e.Field));
    }

    private static async Task<HttpResponseMessage> StartAsync(HttpClient client, (string Name, string Content) file, params (string Key, string Value)[] fields)
    {
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(file.Content));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, "files", file.Name);
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        return await client.PostAsync("/api/air/imports", content, TestApi.Ct);
    }

    /// <summary>Polls the job until it has finished (the test's own timeout bounds the wait).</summary>
    private static async Task<JsonElement> FinishedAsync(HttpClient client, string id)
    {
        while (true)
        {
            var job = await (await client.GetAsync($"/api/air/imports/{id}", TestApi.Ct)).ReadAsync<JsonElement>();
            if (job.Str("state") is "done" or "failed")
            {
                return job;
            }

            await Task.Delay(50, TestApi.Ct);
        }
    }
}
