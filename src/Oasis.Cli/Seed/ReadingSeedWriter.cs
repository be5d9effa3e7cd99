using System.Data.Common;
using System.Text;

namespace Oasis.Cli.Seed;

/// <summary>
/// Inserts reading rows into <c>ingest_readings</c>, skipping keys already present; SQLite one row per reused prepared
/// statement, PostgreSQL 500 rows per statement (the reasons are AirHourWriter's), 50,000 rows per transaction.
/// </summary>
internal sealed class ReadingSeedWriter(DbConnection connection)
{
    private const int Columns = 6;
    private const int RowsPerTransaction = 50_000;
    private readonly int _rowsPerStatement = connection is Microsoft.Data.Sqlite.SqliteConnection ? 1 : 500;

    public async Task<long> WriteAsync(IEnumerable<SeedReading> rows, CancellationToken ct)
    {
        var receivedAt = DateTime.UtcNow;
        long written = 0;
        var pending = new List<SeedReading>(_rowsPerStatement);
        DbTransaction? transaction = null;
        await using var full = Create(_rowsPerStatement);
        foreach (var row in rows)
        {
            pending.Add(row);
            if (pending.Count < _rowsPerStatement)
            {
                continue;
            }

            transaction ??= await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
            written += await ExecuteAsync(full, transaction, pending, receivedAt, ct).ConfigureAwait(false);
            pending.Clear();
            if (written % RowsPerTransaction == 0)
            {
                await transaction.CommitAsync(ct).ConfigureAwait(false);
                await transaction.DisposeAsync().ConfigureAwait(false);
                transaction = null;
            }
        }

        transaction ??= await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        if (pending.Count > 0)
        {
            await using var last = Create(pending.Count);
            written += await ExecuteAsync(last, transaction, pending, receivedAt, ct).ConfigureAwait(false);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        await transaction.DisposeAsync().ConfigureAwait(false);
        return written;
    }

    private static async Task<int> ExecuteAsync(DbCommand command, DbTransaction transaction, List<SeedReading> rows, DateTime receivedAt, CancellationToken ct)
    {
        command.Transaction = transaction;
        for (var r = 0; r < rows.Count; r++)
        {
            var i = r * Columns;
            command.Parameters[i].Value = rows[r].Mn;
            command.Parameters[i + 1].Value = rows[r].Cn;
            command.Parameters[i + 2].Value = DateTime.SpecifyKind(rows[r].Time, DateTimeKind.Utc);
            command.Parameters[i + 3].Value = rows[r].Factor;
            command.Parameters[i + 4].Value = rows[r].Value;
            command.Parameters[i + 5].Value = receivedAt;
        }

        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return rows.Count;
    }

    private DbCommand Create(int rows)
    {
        var sql = new StringBuilder("""INSERT INTO ingest_readings ("Mn", "Cn", "DataTime", "Factor", "Value", "Flag", "Quarantined", "ReceivedAt") VALUES """);
        var command = connection.CreateCommand();
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ",(");
            for (var c = 0; c < Columns; c++)
            {
                var name = $"@p{(r * Columns) + c}";
                sql.Append(c == 5 ? $"'N', FALSE, {name}" : name).Append(c < Columns - 1 ? ", " : ")");
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
        }

        sql.Append(""" ON CONFLICT ("Mn", "Cn", "DataTime", "Factor") DO NOTHING""");
        command.CommandText = sql.ToString();
        if (connection is Microsoft.Data.Sqlite.SqliteConnection)
        {
            // SQLite reuses the one-row statement for every row. Npgsql cannot prepare before the parameters have values
            // (it infers their types from them) and sends 500 rows per statement anyway.
            command.Prepare();
        }

        return command;
    }
}
