using System.Threading.Channels;

namespace Oasis.Monitoring.Ingest;

/// <summary>
/// The bounded hand-over from the sockets to the writer. When it is full, connection handlers
/// wait to write, so they stop reading their sockets: back-pressure instead of unbounded buffering.
/// </summary>
internal sealed class IngestQueue(Microsoft.Extensions.Options.IOptions<Hj212Options> options)
{
    public Channel<IngestItem> Channel { get; } = System.Threading.Channels.Channel.CreateBounded<IngestItem>(
        new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
}
