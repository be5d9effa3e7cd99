using Oasis.Monitoring.Ingest;
using Oasis.Platform.Configuration;

namespace Oasis.Tests.Ingest;

/// <summary>The real store behind a gate the test opens: holds the writer without faking the database.</summary>
internal sealed class GatedStore(Task gate, DatabaseSettings settings) : IIngestStore
{
    private readonly IIngestStore _inner = IngestStores.For(settings);

    public async Task WriteAsync(IReadOnlyList<IngestItem> batch, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        await _inner.WriteAsync(batch, ct);
    }
}
