using Npgsql;
using NpgsqlTypes;
using Oasis.Platform.Configuration;

namespace Oasis.Monitoring.Ingest;

/// <summary>
/// PostgreSQL: per batch, binary COPY of the readings into a temporary staging table, then
/// <c>INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING</c> in the same transaction; raw packets
/// are copied straight into their table. The first send of a key wins, in arrival order.
/// </summary>
internal sealed class PostgresIngestStore(DatabaseSettings settings) : IIngestStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(settings.ConnectionString);

    public async Task WriteAsync(IReadOnlyList<IngestItem> batch, CancellationToken ct)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await Execute(connection, """
            CREATE TEMP TABLE IF NOT EXISTS staging_readings (
                seq integer, "Mn" varchar(32), "Cn" varchar(8), "DataTime" timestamptz, "Factor" varchar(32),
                "Value" double precision, "Min" double precision, "Max" double precision, "Cou" double precision,
                "Flag" varchar(4), "Quarantined" boolean, "ReceivedAt" timestamptz) ON COMMIT DELETE ROWS
            """, ct).ConfigureAwait(false);

        await CopyReadingsAsync(connection, batch, ct).ConfigureAwait(false);
        var inserted = new HashSet<int>();
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO ingest_readings ("Mn", "Cn", "DataTime", "Factor", "Value", "Min", "Max", "Cou", "Flag", "Quarantined", "ReceivedAt")
            SELECT DISTINCT ON ("Mn", "Cn", "DataTime", "Factor") "Mn", "Cn", "DataTime", "Factor", "Value", "Min", "Max", "Cou", "Flag", "Quarantined", "ReceivedAt"
            FROM staging_readings ORDER BY "Mn", "Cn", "DataTime", "Factor", seq
            ON CONFLICT DO NOTHING
            RETURNING "Mn", "Cn", "DataTime", "Factor"
            """, connection, transaction))
        await using (var reader = await insert.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            var firstSeq = FirstSequenceByKey(batch);
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var key = (reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTime>(2), reader.GetString(3));
                if (firstSeq.TryGetValue(key, out var seq))
                {
                    inserted.Add(seq);
                }
            }
        }

        var conflicting = await ConflictingAsync(connection, transaction, inserted, ct).ConfigureAwait(false);
        for (var i = 0; i < batch.Count; i++)
        {
            var item = batch[i];
            item.Outcome = item.Readings.Count == 0 || item.DataTimeUtc is null
                ? item.Known ? PacketOutcomes.NoData : PacketOutcomes.Quarantined
                : inserted.Contains(i) ? item.Known ? PacketOutcomes.Stored : PacketOutcomes.Quarantined
                : conflicting.Contains(i) ? PacketOutcomes.Conflict : PacketOutcomes.Duplicate;
        }

        await CopyPacketsAsync(connection, batch, ct).ConfigureAwait(false);
        await UpsertUnknownAsync(connection, transaction, batch, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    private static Dictionary<(string, string, DateTime, string), int> FirstSequenceByKey(IReadOnlyList<IngestItem> batch)
    {
        var first = new Dictionary<(string, string, DateTime, string), int>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].DataTimeUtc is not { } time)
            {
                continue;
            }

            foreach (var r in batch[i].Readings)
            {
                first.TryAdd((batch[i].Packet.Mn, batch[i].Packet.Cn, time, r.Factor), i);
            }
        }

        return first;
    }

    private static async Task CopyReadingsAsync(NpgsqlConnection connection, IReadOnlyList<IngestItem> batch, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY staging_readings (seq, \"Mn\", \"Cn\", \"DataTime\", \"Factor\", \"Value\", \"Min\", \"Max\", \"Cou\", \"Flag\", \"Quarantined\", \"ReceivedAt\") FROM STDIN (FORMAT BINARY)",
            ct).ConfigureAwait(false);
        for (var i = 0; i < batch.Count; i++)
        {
            var item = batch[i];
            if (item.DataTimeUtc is not { } time)
            {
                continue;
            }

            foreach (var r in item.Readings)
            {
                await copy.StartRowAsync(ct).ConfigureAwait(false);
                await copy.WriteAsync(i, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                await copy.WriteAsync(item.Packet.Mn, NpgsqlDbType.Varchar, ct).ConfigureAwait(false);
                await copy.WriteAsync(item.Packet.Cn, NpgsqlDbType.Varchar, ct).ConfigureAwait(false);
                await copy.WriteAsync(time, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                await copy.WriteAsync(r.Factor, NpgsqlDbType.Varchar, ct).ConfigureAwait(false);
                await WriteNullableAsync(copy, r.Value, ct).ConfigureAwait(false);
                await WriteNullableAsync(copy, r.Min, ct).ConfigureAwait(false);
                await WriteNullableAsync(copy, r.Max, ct).ConfigureAwait(false);
                await WriteNullableAsync(copy, r.Cou, ct).ConfigureAwait(false);
                if (r.Flag is null)
                {
                    await copy.WriteNullAsync(ct).ConfigureAwait(false);
                }
                else
                {
                    await copy.WriteAsync(r.Flag, NpgsqlDbType.Varchar, ct).ConfigureAwait(false);
                }

                await copy.WriteAsync(!item.Known, NpgsqlDbType.Boolean, ct).ConfigureAwait(false);
                await copy.WriteAsync(item.ReceivedAt, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
            }
        }

        await copy.CompleteAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Items whose readings were all present already but with another value or flag (first write wins).</summary>
    private static async Task<HashSet<int>> ConflictingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        HashSet<int> inserted, CancellationToken ct)
    {
        var result = new HashSet<int>();
        await using var command = new NpgsqlCommand("""
            SELECT DISTINCT s.seq FROM staging_readings s JOIN ingest_readings r
              ON r."Mn" = s."Mn" AND r."Cn" = s."Cn" AND r."DataTime" = s."DataTime" AND r."Factor" = s."Factor"
            WHERE r."Value" IS DISTINCT FROM s."Value" OR r."Flag" IS DISTINCT FROM s."Flag"
            """, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var seq = reader.GetInt32(0);
            if (!inserted.Contains(seq))
            {
                result.Add(seq);
            }
        }

        return result;
    }

    private static async Task CopyPacketsAsync(NpgsqlConnection connection, IReadOnlyList<IngestItem> batch, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY ingest_packets (\"ReceivedAt\", \"Mn\", \"Cn\", \"St\", \"Qn\", \"DataTime\", \"Outcome\", \"Warnings\", \"Raw\") FROM STDIN (FORMAT BINARY)",
            ct).ConfigureAwait(false);
        foreach (var item in batch)
        {
            await copy.StartRowAsync(ct).ConfigureAwait(false);
            await copy.WriteAsync(item.ReceivedAt, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
            await copy.WriteAsync(item.Packet.Mn, NpgsqlDbType.Varchar, ct).ConfigureAwait(false);
            await copy.WriteAsync(item.Packet.Cn, NpgsqlDbType.Varchar, ct).ConfigureAwait(false);
            await WriteTextAsync(copy, item.Packet.St, ct).ConfigureAwait(false);
            await WriteTextAsync(copy, item.Packet.Qn, ct).ConfigureAwait(false);
            if (item.DataTimeUtc is { } time)
            {
                await copy.WriteAsync(time, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
            }
            else
            {
                await copy.WriteNullAsync(ct).ConfigureAwait(false);
            }

            await copy.WriteAsync(item.Outcome, NpgsqlDbType.Varchar, ct).ConfigureAwait(false);
            await copy.WriteAsync((long)item.Packet.Warnings, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
            await copy.WriteAsync(item.Raw, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        }

        await copy.CompleteAsync(ct).ConfigureAwait(false);
    }

    private static async Task UpsertUnknownAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<IngestItem> batch,
        CancellationToken ct)
    {
        foreach (var group in batch.Where(i => !i.Known).GroupBy(i => i.Packet.Mn, StringComparer.Ordinal))
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO ingest_unknown_devices ("Mn", "St", "FirstSeen", "LastSeen", "Packets") VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT ("Mn") DO UPDATE SET "LastSeen" = GREATEST(ingest_unknown_devices."LastSeen", excluded."LastSeen"),
                  "Packets" = ingest_unknown_devices."Packets" + excluded."Packets", "St" = coalesce(excluded."St", ingest_unknown_devices."St")
                """, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = group.Key });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)group.First().Packet.St ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
            command.Parameters.Add(new NpgsqlParameter { Value = group.Min(i => i.ReceivedAt), NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter { Value = group.Max(i => i.ReceivedAt), NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter { Value = (long)group.Count() });
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, double? value, CancellationToken ct)
    {
        if (value is { } v)
        {
            await copy.WriteAsync(v, NpgsqlDbType.Double, ct).ConfigureAwait(false);
        }
        else
        {
            await copy.WriteNullAsync(ct).ConfigureAwait(false);
        }
    }

    private static async Task WriteTextAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(ct).ConfigureAwait(false);
        }
        else
        {
            await copy.WriteAsync(RawText.Clean(value), NpgsqlDbType.Varchar, ct).ConfigureAwait(false);
        }
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
