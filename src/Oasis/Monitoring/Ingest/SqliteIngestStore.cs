using Microsoft.Data.Sqlite;
using Oasis.Platform.Configuration;

namespace Oasis.Monitoring.Ingest;

/// <summary>
/// SQLite: one connection for the writer, prepared statements, one transaction per batch, WAL with
/// synchronous=FULL (decision 0009). INSERT OR IGNORE makes re-sends idempotent on the key.
/// </summary>
internal sealed class SqliteIngestStore(DatabaseSettings settings) : IIngestStore, IAsyncDisposable
{
    private SqliteConnection? _connection;
    private SqliteCommand? _packet;
    private SqliteCommand? _reading;
    private SqliteCommand? _existing;
    private SqliteCommand? _unknown;

    public async Task WriteAsync(IReadOnlyList<IngestItem> batch, CancellationToken ct)
    {
        var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        foreach (var command in (SqliteCommand[])[_packet!, _reading!, _existing!, _unknown!])
        {
            command.Transaction = transaction;
        }

        foreach (var item in batch)
        {
            item.Outcome = await WriteReadingsAsync(item, ct).ConfigureAwait(false);
            Set(_packet!, item.ReceivedAt, item.Packet.Mn, item.Packet.Cn, item.Packet.St, item.Packet.Qn, item.DataTimeUtc, item.Outcome,
                (long)item.Packet.Warnings, item.Raw);
            await _packet!.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            if (!item.Known)
            {
                Set(_unknown!, item.Packet.Mn, item.Packet.St, item.ReceivedAt, item.ReceivedAt, 1L);
                await _unknown!.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    private async Task<string> WriteReadingsAsync(IngestItem item, CancellationToken ct)
    {
        if (item.Readings.Count == 0 || item.DataTimeUtc is not { } time)
        {
            return item.Known ? PacketOutcomes.NoData : PacketOutcomes.Quarantined;
        }

        var inserted = 0;
        var differs = false;
        foreach (var r in item.Readings)
        {
            Set(_reading!, item.Packet.Mn, item.Packet.Cn, time, r.Factor, r.Value, r.Min, r.Max, r.Cou, r.Flag, !item.Known, item.ReceivedAt);
            var n = await _reading!.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            inserted += n;
            if (n == 0 && !differs)
            {
                Set(_existing!, item.Packet.Mn, item.Packet.Cn, time, r.Factor);
                await using var existing = await _existing!.ExecuteReaderAsync(ct).ConfigureAwait(false);
                if (await existing.ReadAsync(ct).ConfigureAwait(false))
                {
                    var value = existing.IsDBNull(0) ? (double?)null : existing.GetDouble(0);
                    var flag = existing.IsDBNull(1) ? null : existing.GetString(1);
                    differs = value != r.Value || !string.Equals(flag, r.Flag, StringComparison.Ordinal);
                }
            }
        }

        if (inserted > 0)
        {
            return item.Known ? PacketOutcomes.Stored : PacketOutcomes.Quarantined;
        }

        return differs ? PacketOutcomes.Conflict : PacketOutcomes.Duplicate;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        if (_connection is not null)
        {
            return _connection;
        }

        var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA busy_timeout=10000; PRAGMA synchronous=FULL;";
            await pragmas.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        _packet = Prepare(connection, """
            INSERT INTO ingest_packets ("ReceivedAt", "Mn", "Cn", "St", "Qn", "DataTime", "Outcome", "Warnings", "Raw")
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8)
            """, 9);
        _reading = Prepare(connection, """
            INSERT OR IGNORE INTO ingest_readings ("Mn", "Cn", "DataTime", "Factor", "Value", "Min", "Max", "Cou", "Flag", "Quarantined", "ReceivedAt")
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10)
            """, 11);
        _existing = Prepare(connection, """
            SELECT "Value", "Flag" FROM ingest_readings WHERE "Mn" = $p0 AND "Cn" = $p1 AND "DataTime" = $p2 AND "Factor" = $p3
            """, 4);
        _unknown = Prepare(connection, """
            INSERT INTO ingest_unknown_devices ("Mn", "St", "FirstSeen", "LastSeen", "Packets") VALUES ($p0, $p1, $p2, $p3, $p4)
            ON CONFLICT ("Mn") DO UPDATE SET "LastSeen" = excluded."LastSeen", "Packets" = "Packets" + 1, "St" = coalesce(excluded."St", "St")
            """, 5);
        return _connection = connection;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                bool b => b ? 1 : 0,
                DateTime t => t,
                var v => v,
            };
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in (SqliteCommand?[])[_packet, _reading, _existing, _unknown])
        {
            if (command is not null)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
