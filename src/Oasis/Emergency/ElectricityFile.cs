using System.Globalization;
using Oasis.Platform.Errors;
using Oasis.Registry;

namespace Oasis.Emergency;

/// <summary>
/// One row of an electricity-use file (CSV or XLSX, header row; docs/emergency-api.md): <c>creditCode</c>, optional
/// <c>meter</c> (meter or production line), <c>date</c> (<c>yyyy-MM-dd</c>, Beijing), <c>hour</c> (0–23, the hour's start;
/// empty for the whole day's use), <c>kwh</c>.
/// </summary>
internal sealed record ElectricityRow(string? CreditCode, string? Meter, string? Date, int? Hour, double? Kwh);

/// <summary>A checked reading of the file, before it meets the database.</summary>
internal sealed record ElectricityReading(int Row, string CreditCode, string Meter, bool Daily, DateTime StartUtc, double Kwh);

/// <summary>Reads and checks every row of an electricity-use file; one bad row and nothing is imported (CONTRACTS.md).</summary>
internal static class ElectricityFile
{
    public const int MaxRows = 100_000;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "MM/dd/yyyy HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    public static List<ElectricityReading> Read(Stream stream, string fileName, DateTime nowUtc)
    {
        var xlsx = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        if (!xlsx && !fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw OasisProblemException.Validation("file", "Emergency.Electricity.FileType", fileName);
        }

        var rows = TabularCodec<ElectricityRow>.Read(stream, xlsx);
        if (rows.Count > MaxRows)
        {
            throw OasisProblemException.ImportFailed([new FieldError(null, "file", "Emergency.Electricity.TooMany", rows.Count, MaxRows)]);
        }

        var errors = new List<FieldError>();
        var readings = new List<ElectricityReading>();
        var seen = new Dictionary<(string, string, bool, DateTime), int>();
        foreach (var (row, dto, rowErrors) in rows)
        {
            errors.AddRange(rowErrors);
            if (dto is null || Check(row, dto, nowUtc, errors) is not { } reading)
            {
                continue;
            }

            var key = (reading.CreditCode, reading.Meter, reading.Daily, reading.StartUtc);
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add(new FieldError(row, dto.Hour is null ? "date" : "hour", "Emergency.Electricity.Duplicate", first));
                continue;
            }

            seen[key] = row;
            readings.Add(reading);
        }

        if (errors.Count == 0 && readings.Count == 0)
        {
            errors.Add(new FieldError(null, "file", "Emergency.Electricity.Empty"));
        }

        return errors.Count > 0 ? throw OasisProblemException.ImportFailed(errors) : readings;
    }

    private static ElectricityReading? Check(int row, ElectricityRow dto, DateTime nowUtc, List<FieldError> errors)
    {
        var count = errors.Count;
        var code = dto.CreditCode?.Trim() ?? "";
        if (code.Length == 0)
        {
            errors.Add(new FieldError(row, "creditCode", "Validation.Required"));
        }

        var meter = dto.Meter?.Trim() ?? "";
        if (meter.Length > 50)
        {
            errors.Add(new FieldError(row, "meter", "Validation.TooLong", 50));
        }

        DateTime? day = null;
        if (string.IsNullOrWhiteSpace(dto.Date))
        {
            errors.Add(new FieldError(row, "date", "Validation.Required"));
        }
        else if (DateTime.TryParseExact(dto.Date.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.TimeOfDay == TimeSpan.Zero)
        {
            day = d;
        }
        else
        {
            errors.Add(new FieldError(row, "date", "Emergency.Electricity.Date", dto.Date));
        }

        if (dto.Hour is { } h && h is < 0 or > 23)
        {
            errors.Add(new FieldError(row, "hour", "Validation.Range", 0, 23));
        }

        if (dto.Kwh is not { } kwh)
        {
            errors.Add(new FieldError(row, "kwh", "Validation.Required"));
        }
        else if (kwh is < 0 or > 1e9 || !double.IsFinite(kwh))
        {
            errors.Add(new FieldError(row, "kwh", "Validation.Range", 0, 1e9));
        }

        if (errors.Count > count)
        {
            return null;
        }

        // Beijing time has no daylight saving: the period's start in UTC is eight hours earlier.
        var start = DateTime.SpecifyKind(day!.Value.AddHours((dto.Hour ?? 0) - 8), DateTimeKind.Utc);
        var end = start.AddHours(dto.Hour is null ? 24 : 1);
        if (end > nowUtc)
        {
            errors.Add(new FieldError(row, dto.Hour is null ? "date" : "hour", "Emergency.Electricity.Future"));
            return null;
        }

        return new ElectricityReading(row, code, meter, dto.Hour is null, start, dto.Kwh!.Value);
    }
}
