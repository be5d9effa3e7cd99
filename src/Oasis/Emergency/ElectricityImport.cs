using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Emergency;

/// <summary>What an electricity import did: rows read, readings added and replaced, enterprises touched.</summary>
internal sealed record ElectricityImportResult(int Rows, int Created, int Updated, int Enterprises);

/// <summary>One meter's readings of an enterprise, as the page and <c>GET /api/emergency/electricity</c> list them.</summary>
internal sealed record ElectricityMeterDto(string CreditCode, string? EnterpriseName, string Meter, string Resolution, int Readings,
    DateTimeOffset First, DateTimeOffset Last, double TotalKwh);

/// <summary>
/// Stores a checked electricity file (decision 0425): every enterprise must be in the registry and in the caller's data
/// scope (an enterprise imports only its own use); a reading of a period already stored replaces it. All rows or none,
/// in one save, so the audit records and the readings are written together.
/// </summary>
internal static class ElectricityImport
{
    public static async Task<ElectricityImportResult> ImportAsync(OasisDb db, DataScope scope, List<ElectricityReading> readings, string by,
        DateTime nowUtc, CancellationToken ct)
    {
        var codes = readings.Select(r => r.CreditCode).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Enterprises.AsNoTracking().Where(e => codes.Contains(e.CreditCode)).Select(e => e.CreditCode).ToListAsync(ct).ConfigureAwait(false);
        var visible = scope.IsEnterprise ? [scope.EnterpriseCode!]
            : await db.Enterprises.AsNoTracking().InScope(scope).Where(e => codes.Contains(e.CreditCode)).Select(e => e.CreditCode).ToListAsync(ct).ConfigureAwait(false);
        var errors = new List<FieldError>();
        foreach (var r in readings)
        {
            if (!known.Contains(r.CreditCode))
            {
                errors.Add(new FieldError(r.Row, "creditCode", "Emergency.Electricity.UnknownEnterprise", r.CreditCode));
            }
            else if (!visible.Contains(r.CreditCode))
            {
                errors.Add(new FieldError(r.Row, "creditCode", "Emergency.Electricity.OutOfScope", r.CreditCode));
            }
        }

        if (errors.Count > 0)
        {
            throw OasisProblemException.ImportFailed(errors);
        }

        var from = readings.Min(r => r.StartUtc);
        var to = readings.Max(r => r.StartUtc);
        var stored = await db.ElectricityUses.Where(u => codes.Contains(u.CreditCode) && u.StartUtc >= from && u.StartUtc <= to)
            .ToListAsync(ct).ConfigureAwait(false);
        var existing = stored.ToDictionary(u => (u.CreditCode, u.Meter, u.Daily, u.StartUtc));
        int created = 0, updated = 0;
        foreach (var r in readings)
        {
            if (existing.TryGetValue((r.CreditCode, r.Meter, r.Daily, r.StartUtc), out var use))
            {
                if (use.Kwh != r.Kwh)
                {
                    (use.Kwh, use.ImportedAt, use.ImportedBy) = (r.Kwh, nowUtc, by);
                    updated++;
                }

                continue;
            }

            db.ElectricityUses.Add(new ElectricityUse
            {
                CreditCode = r.CreditCode, Meter = r.Meter, Daily = r.Daily, StartUtc = r.StartUtc, Kwh = r.Kwh, ImportedAt = nowUtc, ImportedBy = by,
            });
            created++;
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new ElectricityImportResult(readings.Count, created, updated, codes.Count);
    }

    /// <summary>The meters the caller may see: an enterprise its own, staff those of the enterprises in their scope.</summary>
    public static async Task<List<ElectricityMeterDto>> MetersAsync(OasisDb db, DataScope scope, CancellationToken ct)
    {
        var query = db.ElectricityUses.AsNoTracking();
        if (scope.IsEnterprise)
        {
            query = query.Where(u => u.CreditCode == scope.EnterpriseCode);
        }
        else if (!scope.CityWide)
        {
            var visible = db.Enterprises.InScope(scope).Select(e => e.CreditCode);
            query = query.Where(u => visible.Contains(u.CreditCode));
        }

        var meters = await query.GroupBy(u => new { u.CreditCode, u.Meter, u.Daily })
            .Select(g => new { g.Key.CreditCode, g.Key.Meter, g.Key.Daily, Count = g.Count(), First = g.Min(u => u.StartUtc), Last = g.Max(u => u.StartUtc), Total = g.Sum(u => u.Kwh) })
            .ToListAsync(ct).ConfigureAwait(false);
        var codes = meters.Select(m => m.CreditCode).Distinct().ToList();
        var names = await db.Enterprises.AsNoTracking().Where(e => codes.Contains(e.CreditCode)).ToDictionaryAsync(e => e.CreditCode, e => e.Name, ct)
            .ConfigureAwait(false);
        return [.. meters.OrderBy(m => m.CreditCode, StringComparer.Ordinal).ThenBy(m => m.Meter, StringComparer.Ordinal).ThenBy(m => m.Daily)
            .Select(m => new ElectricityMeterDto(m.CreditCode, names.GetValueOrDefault(m.CreditCode), m.Meter, m.Daily ? "day" : "hour", m.Count,
                Oasis.Platform.Time.BeijingTime.FromUtc(m.First), Oasis.Platform.Time.BeijingTime.FromUtc(m.Last), Math.Round(m.Total, 3)))];
    }
}
