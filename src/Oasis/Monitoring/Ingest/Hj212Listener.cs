using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace Oasis.Monitoring.Ingest;

/// <summary>
/// The device port beside HTTP. It binds through Kestrel's own socket transport
/// (<see cref="IConnectionListenerFactory"/>) rather than a Kestrel endpoint, so the HTTP
/// addresses given by <c>--urls</c> stay exactly as configured.
/// </summary>
internal sealed partial class Hj212Listener(IConnectionListenerFactory transport, Hj212ConnectionHandler handler,
    IOptions<Hj212Options> options, ILogger<Hj212Listener> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Task> _connections = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<int> _bound = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IConnectionListener? _listener;

    /// <summary>The port actually bound (differs from the option when it is 0).</summary>
    public Task<int> BoundPort => _bound.Task;

    public int OpenConnections => _connections.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            _bound.TrySetResult(0);
            return;
        }

        try
        {
            _listener = await transport.BindAsync(new IPEndPoint(IPAddress.Any, options.Value.Port), stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or IOException or AddressInUseException)
        {
            LogBindFailed(logger, ex, options.Value.Port);
            _bound.TrySetException(ex);
            return;
        }

        var port = ((IPEndPoint)_listener.EndPoint).Port;
        _bound.TrySetResult(port);
        LogListening(logger, port);
        while (!stoppingToken.IsCancellationRequested)
        {
            ConnectionContext? connection;
            try
            {
                connection = await _listener.AcceptAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (connection is null)
            {
                break;
            }

            _connections[connection.ConnectionId] = RunAsync(connection);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_listener is not null)
        {
            await _listener.UnbindAsync(cancellationToken).ConfigureAwait(false);
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        foreach (var connection in _connections.Values)
        {
            await Task.WhenAny(connection, Task.Delay(TimeSpan.FromSeconds(2), cancellationToken)).ConfigureAwait(false);
        }

        if (_listener is not null)
        {
            await _listener.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task RunAsync(ConnectionContext connection)
    {
        await Task.Yield();
        try
        {
            await handler.OnConnectedAsync(connection).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ConnectionAbortedException)
        {
            LogConnectionFailed(logger, ex, connection.ConnectionId);
        }
        finally
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            _connections.TryRemove(connection.ConnectionId, out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HJ 212 设备端口 device port listening on {Port}")]
    private static partial void LogListening(ILogger logger, int port);

    [LoggerMessage(Level = LogLevel.Critical, Message = "HJ 212 device port {Port} cannot be bound")]
    private static partial void LogBindFailed(ILogger logger, Exception exception, int port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "HJ 212 connection {ConnectionId} failed")]
    private static partial void LogConnectionFailed(ILogger logger, Exception exception, string connectionId);
}
