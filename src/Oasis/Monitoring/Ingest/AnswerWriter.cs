using System.IO.Pipelines;

namespace Oasis.Monitoring.Ingest;

/// <summary>
/// Sends a connection's answers in the order its packets arrived, each only after its packet
/// committed; a packet whose write failed gets no answer (the device will send it again).
/// </summary>
internal sealed class AnswerWriter(PipeWriter output)
{
    private Task _tail = Task.CompletedTask;

    public void AfterCommit(IngestItem item, IReadOnlyList<byte[]> answers)
    {
        if (answers.Count == 0)
        {
            return;
        }

        var previous = _tail;
        _tail = SendAsync(previous, item, answers);
    }

    public Task DrainAsync() => _tail;

    private async Task SendAsync(Task previous, IngestItem item, IReadOnlyList<byte[]> answers)
    {
        await previous.ConfigureAwait(false);
        try
        {
            await item.Committed.Task.ConfigureAwait(false);
            foreach (var answer in answers)
            {
                await output.WriteAsync(answer).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or OperationCanceledException or IngestWriteException)
        {
            // not stored, or the connection is gone: no acknowledgement
        }
    }
}

/// <summary>The batch holding this packet could not be committed.</summary>
internal sealed class IngestWriteException(string message, Exception inner) : Exception(message, inner);
