using System.ComponentModel.DataAnnotations;

namespace Oasis.Monitoring.Ingest;

/// <summary><c>Hj212:*</c>: the device port and its limits.</summary>
internal sealed class Hj212Options
{
    public const string Section = "Hj212";

    /// <summary>The TCP port devices connect to (CONTRACTS.md default 9212); 0 picks a free port (tests).</summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 9212;

    public bool Enabled { get; set; } = true;

    [Range(64, 1_048_576)]
    public int MaxPacketBytes { get; set; } = Oasis.Hj212.Hj212Frame.DefaultMaxPacketBytes;

    /// <summary>A connection silent this long is closed (devices send heartbeats well within it).</summary>
    [Range(10, 86_400)]
    public int IdleTimeoutSeconds { get; set; } = 900;

    /// <summary>Packets waiting for the writer; when full, the server stops reading sockets (back-pressure).</summary>
    [Range(16, 1_000_000)]
    public int QueueCapacity { get; set; } = 20_000;

    /// <summary>The most packets one transaction writes.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 2_000;
}
