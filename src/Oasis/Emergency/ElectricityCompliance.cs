using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Time;
using Oasis.Standards.Emergency;

namespace Oasis.Emergency;

/// <summary>What electricity use says about a task (decision 0425): comparable hours and whole days, kWh, the reduction and its verdict.</summary>
internal sealed record ElectricityFigures(string Verdict, int Hours, int Days, double ActualKwh, double BaselineKwh, double? ReductionPercent);

/// <summary>
/// Measures a task from imported electricity use, the rule of the flue-gas measure (<see cref="EmergencyCompliance"/>): the
/// use during the task against the median of the same hours (hourly meters) or days (daily meters) over the 30 days
/// before the warning was issued (<see cref="ElectricityReduction"/>). Only whole Beijing days inside the task count for
/// daily meters, and only whole days before the warning for their baseline, so a half-reduced day is never compared.
/// </summary>
internal static class ElectricityCompliance
{
    /// <summary>Null when the enterprise has no electricity use at all (the source does not exist for it).</summary>
    public static async Task<ElectricityFigures?> MeasureAsync(OasisDb db, EmergencyTask task, DateTime warningStartUtc, DateTime nowUtc, CancellationToken ct)
    {
        if (!await db.ElectricityUses.AnyAsync(u => u.CreditCode == task.CreditCode, ct).ConfigureAwait(false))
        {
            return null;
        }

        var end = task.EndedAt ?? nowUtc;
        var from = warningStartUtc.AddDays(-EmissionReduction.BaselineDays);
        var uses = await db.ElectricityUses.AsNoTracking().Where(u => u.CreditCode == task.CreditCode && u.StartUtc >= from && u.StartUtc < end)
            .Select(u => new { u.Meter, u.Daily, u.StartUtc, u.Kwh }).ToListAsync(ct).ConfigureAwait(false);
        var hourly = ElectricityReduction.CompareHourly(
            uses.Where(u => !u.Daily && u.StartUtc < warningStartUtc).Select(u => Use(u.Meter, u.StartUtc, u.Kwh)),
            uses.Where(u => !u.Daily && u.StartUtc >= task.StartedAt).Select(u => Use(u.Meter, u.StartUtc, u.Kwh)));
        var daily = ElectricityReduction.CompareDaily(
            uses.Where(u => u.Daily && u.StartUtc.AddDays(1) <= warningStartUtc).Select(u => Use(u.Meter, u.StartUtc, u.Kwh)),
            uses.Where(u => u.Daily && u.StartUtc >= task.StartedAt && u.StartUtc.AddDays(1) <= end).Select(u => Use(u.Meter, u.StartUtc, u.Kwh)));
        var result = ElectricityReduction.Combine(hourly, daily);
        var meets = task.PromisedPercent is { } p ? result.Meets(p) : null;
        var verdict = meets switch
        {
            true => EmergencyCodes.Compliant,
            false => EmergencyCodes.NonCompliant,
            _ => EmergencyCompliance.Unmeasured,
        };
        return new ElectricityFigures(verdict, result.Hours, result.Days, Math.Round(result.ActualKwh, 3), Math.Round(result.BaselineKwh, 3),
            result.ReductionPercent is { } r ? Math.Round(r, 1) : null);
    }

    private static MeterUse Use(string meter, DateTime startUtc, double kwh) => new(meter, BeijingTime.FromUtc(startUtc).DateTime, kwh);
}

/// <summary>How the sources and the inspection make one verdict (decision 0425).</summary>
internal static class EmergencyVerdict
{
    public const string None = "none";
    public const string FlueGas = "flue-gas";
    public const string Electricity = "electricity";
    public const string Both = "both";

    /// <summary>Which compliance sources exist for the enterprise: a flue-gas device, electricity readings, both or none.</summary>
    public static string Sources(bool flueGas, bool electricity) => (flueGas, electricity) switch
    {
        (true, true) => Both,
        (true, false) => FlueGas,
        (false, true) => Electricity,
        _ => None,
    };

    /// <summary>
    /// An inspection decides; otherwise every source that could judge must find the promise kept: one non-compliant source
    /// is enough to fail (low electricity does not excuse high emissions, nor the reverse); no judging source, unmeasured.
    /// </summary>
    public static string Combine(string? inspection, string flueGas, string? electricity)
    {
        if (inspection is not null)
        {
            return inspection;
        }

        var judged = new[] { flueGas, electricity ?? EmergencyCompliance.Unmeasured }.Where(v => v != EmergencyCompliance.Unmeasured).ToList();
        if (judged.Count == 0)
        {
            return EmergencyCompliance.Unmeasured;
        }

        return judged.Contains(EmergencyCodes.NonCompliant) ? EmergencyCodes.NonCompliant : EmergencyCodes.Compliant;
    }
}
