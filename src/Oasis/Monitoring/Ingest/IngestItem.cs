using Oasis.Hj212;

namespace Oasis.Monitoring.Ingest;

/// <summary>One accepted packet on its way to the database; <see cref="Committed"/> completes after the commit.</summary>
internal sealed class IngestItem
{
    public required Hj212Packet Packet { get; init; }

    public required string Raw { get; init; }

    public required bool Known { get; init; }

    public required DateTime ReceivedAt { get; init; }

    /// <summary>The packet's DataTime (Beijing wall clock) as UTC.</summary>
    public DateTime? DataTimeUtc { get; init; }

    public required IReadOnlyList<ReadingRow> Readings { get; init; }

    /// <summary>Set by the store before <see cref="Committed"/> completes.</summary>
    public string Outcome { get; set; } = PacketOutcomes.Stored;

    public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>One factor's values from a data packet.</summary>
internal sealed record ReadingRow(string Factor, double? Value, double? Min, double? Max, double? Cou, string? Flag);
