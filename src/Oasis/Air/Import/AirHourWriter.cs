using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Oasis.Air.Import;

/// <summary>One imported hour: station, UTC start of the hour, the six values and the wind (NaN = missing).</summary>
internal readonly record struct ImportedHour(string Station, DateTime HourUtc, double Pm25, double Pm10, double So2, double No2, double Co, double O3)
{
    public double WindFrom { get; init; } = double.NaN;

    public double WindSpeed { get; init; } = double.NaN;
}

/// <summary>
/// Upserts hours into <c>air_hourly</c> on its key (station, hour, status), so a re-import replaces rather than
/// duplicates. One transaction per chunk of rows; the same SQL serves SQLite and PostgreSQL (both know
/// <c>INSERT … ON CONFLICT DO UPDATE</c>). PostgreSQL gets 500 rows per statement to save round trips; SQLite one
/// row per reused prepared statement, because SQLite looks a parameter name up by a linear scan, which makes a
/// many-row statement quadratic (500 rows: 13,000 rows/s; one row: several times that).
/// </summary>
/// <remarks>
/// The caller opens <paramref name="connection"/>. Without <paramref name="withWind"/> (files without wind columns, such
/// as the Oasis format) the wind of an hour already stored is left as it was (decision 0530).
/// </remarks>
internal sealed class AirHourWriter(DbConnection connection, string status, DateTime importedAt, bool withWind = false)
{
    // The days each transaction touched, per station: marked stale for the daily aggregation in the same transaction.
    private readonly Dictionary<string, (DateOnly From, DateOnly To)> _touched = new(StringComparer.Ordinal);

    private const int RowsPerTransaction = 50_000;
    private readonly int _rowsPerStatement = connection is Microsoft.Data.Sqlite.SqliteConnection ? 1 : 500;
    private const int Columns = 13;

    public async Task<long> WriteAsync(IEnumerable<ImportedHour> hours, Action<long> progress, CancellationToken ct)
    {
        var pending = new List<ImportedHour>(_rowsPerStatement);
        DbCommand? full = null;
        DbTransaction? transaction = null;
        long written = 0;
        try
        {
            foreach (var hour in hours)
            {
                pending.Add(hour);
                if (pending.Count < _rowsPerStatement)
                {
                    continue;
                }

                transaction ??= await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
                full ??= Create(_rowsPerStatement);
                written += await ExecuteAsync(full, transaction, pending, ct).ConfigureAwait(false);
                pending.Clear();
                if (written % RowsPerTransaction == 0)
                {
                    await MarkStaleAsync(transaction, ct).ConfigureAwait(false);
                    await transaction.CommitAsync(ct).ConfigureAwait(false);
                    await transaction.DisposeAsync().ConfigureAwait(false);
                    transaction = null;
                    progress(written);
                }
            }

            if (pending.Count > 0)
            {
                transaction ??= await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
                await using var last = Create(pending.Count);
                written += await ExecuteAsync(last, transaction, pending, ct).ConfigureAwait(false);
            }

            if (transaction is not null)
            {
                await MarkStaleAsync(transaction, ct).ConfigureAwait(false);
                await transaction.CommitAsync(ct).ConfigureAwait(false);
            }

            progress(written);
            return written;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }

            if (full is not null)
            {
                await full.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>One <c>air_daily_stale</c> row per station the transaction wrote, over the days it wrote (decision 0507).</summary>
    private async Task MarkStaleAsync(DbTransaction transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """INSERT INTO air_daily_stale ("StationCode", "FromDay", "ToDay") VALUES (@s, @f, @t)""";
        var (s, f, t) = (command.CreateParameter(), command.CreateParameter(), command.CreateParameter());
        (s.ParameterName, f.ParameterName, t.ParameterName) = ("@s", "@f", "@t");
        command.Parameters.Add(s);
        command.Parameters.Add(f);
        command.Parameters.Add(t);
        foreach (var (station, (from, to)) in _touched)
        {
            (s.Value, f.Value, t.Value) = (station, from, to);
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        _touched.Clear();
    }

    private void Touch(string station, DateTime hourUtc)
    {
        var day = AirHourlyLayer.DayOf(hourUtc);
        _touched[station] = _touched.TryGetValue(station, out var range)
            ? (day < range.From ? day : range.From, day > range.To ? day : range.To)
            : (day, day);
    }

    private async Task<int> ExecuteAsync(DbCommand command, DbTransaction transaction, List<ImportedHour> rows, CancellationToken ct)
    {
        command.Transaction = transaction;
        var p = command.Parameters;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            Touch(row.Station, row.HourUtc);
            var i = r * Columns;
            p[i].Value = row.Station;
            p[i + 1].Value = DateTime.SpecifyKind(row.HourUtc, DateTimeKind.Utc);
            p[i + 2].Value = status;
            p[i + 3].Value = AirDataSource.Import;
            p[i + 4].Value = Value(row.Pm25);
            p[i + 5].Value = Value(row.Pm10);
            p[i + 6].Value = Value(row.So2);
            p[i + 7].Value = Value(row.No2);
            p[i + 8].Value = Value(row.Co);
            p[i + 9].Value = Value(row.O3);
            p[i + 10].Value = importedAt;
            p[i + 11].Value = Value(row.WindFrom);
            p[i + 12].Value = Value(row.WindSpeed);
        }

        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return rows.Count;
    }

    private static object Value(double v) => double.IsNaN(v) ? DBNull.Value : v;

    private DbCommand Create(int rows)
    {
        var sql = new StringBuilder(120 * rows).Append("""
            INSERT INTO air_hourly ("StationCode", "HourUtc", "Status", "Source", "Pm25", "Pm10", "So2", "No2", "Co", "O3", "ImportedAt", "WindFrom", "WindSpeed") VALUES
            """);
        var command = connection.CreateCommand();
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "\n(" : ",\n(");
            for (var c = 0; c < Columns; c++)
            {
                var name = "@p" + ((r * Columns) + c).ToString(CultureInfo.InvariantCulture);
                sql.Append(c == 0 ? string.Empty : ", ").Append(name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                if (c is (>= 4 and <= 9) or 11 or 12)
                {
                    // Typed, so that a NULL value is a double to PostgreSQL too.
                    parameter.DbType = DbType.Double;
                }

                command.Parameters.Add(parameter);
            }

            sql.Append(')');
        }

        sql.Append("""

            ON CONFLICT ("StationCode", "HourUtc", "Status") DO UPDATE SET "Source" = excluded."Source",
              "Pm25" = excluded."Pm25", "Pm10" = excluded."Pm10", "So2" = excluded."So2", "No2" = excluded."No2",
              "Co" = excluded."Co", "O3" = excluded."O3", "ImportedAt" = excluded."ImportedAt"
            """).Append(withWind ? ", \"WindFrom\" = excluded.\"WindFrom\", \"WindSpeed\" = excluded.\"WindSpeed\"" : string.Empty);
        command.CommandText = sql.ToString();
        return command;
    }
}
