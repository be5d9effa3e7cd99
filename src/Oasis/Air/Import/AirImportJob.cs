namespace Oasis.Air.Import;

/// <summary>
/// One air import running in the host (decision 0514): what was asked, where it stands, and how it ended. Written by
/// the job's task, read by whoever polls; the counters are plain properties: a poll may see a value one step old, never a wrong one.
/// </summary>
internal sealed class AirImportJob(Guid id, string user, string format, string status, bool createStations, bool skipBad, string[] files, DateTime startedAt)
{
    public const string Queued = "queued";
    public const string Reading = "reading";
    public const string Writing = "writing";
    public const string Aggregating = "aggregating";
    public const string Done = "done";
    public const string Failed = "failed";

    /// <summary>At most this many bad rows are kept for the summary; the count is always exact.</summary>
    public const int MaxBadRows = 1000;

    public Guid Id => id;
    public string User => user;
    public string Format => format;
    public string Status => status;
    public bool CreateStations => createStations;
    public bool SkipBad => skipBad;
    public string[] Files => files;
    public DateTime StartedAt => startedAt;

    public string State { get; set; } = Queued;
    public int FilesRead { get; set; }
    public double FileFraction { get; set; }
    public long Rows { get; set; }
    public long Hours { get; set; }
    public long HoursWritten { get; set; }
    public int MalformedRows { get; set; }
    public int InvalidValues { get; set; }
    public int Stations { get; set; }
    public int StationDays { get; set; }
    public string[] BadRows { get; set; } = [];
    public string[] CreatedStations { get; set; } = [];
    public string? ErrorKey { get; set; }
    public object?[] ErrorArgs { get; set; } = [];
    public DateTime? FinishedAt { get; set; }

    public bool Finished => State is Done or Failed;

    /// <summary>Whole percent: reading the files is the first half, writing the hours the next 45, aggregating the rest.</summary>
    public int Percent => State switch
    {
        Queued => 0,
        Reading => (int)(50 * (FilesRead + Math.Clamp(FileFraction, 0, 1)) / Math.Max(1, files.Length)),
        Writing => 50 + (int)(45 * HoursWritten / Math.Max(1, Hours)),
        Aggregating => 95,
        _ => 100,
    };
}
