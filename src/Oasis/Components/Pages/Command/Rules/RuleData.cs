using Microsoft.EntityFrameworkCore;
using Oasis.CommandCentre.Rules;
using Oasis.Data;
using Oasis.Platform.Errors;

namespace Oasis.Components.Pages.Command;

/// <summary>An alarm rule being edited: the stored row's fields; those the kind does not use are dropped on save.</summary>
public sealed class RuleForm
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "threshold";

    public string Level { get; set; } = "general";

    public string? StationKind { get; set; }

    public string? Pollutant { get; set; }

    public bool Enabled { get; set; } = true;

    public bool CreateWorkOrder { get; set; }

    public double? Limit { get; set; }

    public int? AqiCategory { get; set; }

    public int? Hours { get; set; }

    public double? Absolute { get; set; }

    public double? Relative { get; set; }

    public double? Factor { get; set; }

    public double? RadiusKm { get; set; }

    public int? MinNeighbours { get; set; }

    public int? Minutes { get; set; }

    public string? Flags { get; set; }

    /// <summary>The parameters each kind reads (decision 0601), in the order the dialog shows them.</summary>
    public static IReadOnlyList<string> Parameters(string kind) => kind switch
    {
        "threshold" => ["pollutant", "limit", "aqiCategory"],
        "sustained" => ["pollutant", "limit", "aqiCategory", "hours"],
        "sudden-rise" => ["pollutant", "hours", "absolute", "relative"],
        "neighbour-deviation" => ["pollutant", "factor", "radiusKm", "minNeighbours"],
        "data-missing" => ["minutes"],
        "device-flag" => ["pollutant", "flags"],
        _ => [],
    };

    public bool Uses(string parameter) => Parameters(Kind).Contains(parameter);

    internal static RuleForm Of(AlarmRuleDto r) => new()
    {
        Code = r.Code, Name = r.Name, Kind = r.Kind, Level = r.Level, StationKind = r.StationKind, Pollutant = r.Pollutant, Enabled = r.Enabled,
        CreateWorkOrder = r.CreateWorkOrder, Limit = r.Limit, AqiCategory = r.AqiCategory, Hours = r.Hours, Absolute = r.Absolute, Relative = r.Relative,
        Factor = r.Factor, RadiusKm = r.RadiusKm, MinNeighbours = r.MinNeighbours, Minutes = r.Minutes, Flags = r.Flags,
    };

    internal AlarmRuleDto ToDto() => new(Code.Trim(), Name, Kind, Level, StationKind, Uses("pollutant") ? Pollutant : null, Enabled, CreateWorkOrder,
        Uses("limit") ? Limit : null, Uses("aqiCategory") ? AqiCategory : null, Uses("hours") ? Hours : null, Uses("absolute") ? Absolute : null,
        Uses("relative") ? Relative : null, Uses("factor") ? Factor : null, Uses("radiusKm") ? RadiusKm : null,
        Uses("minNeighbours") ? MinNeighbours : null, Uses("minutes") ? Minutes : null, Uses("flags") ? Flags : null);
}

/// <summary>The rule pages' reads and writes, with the checks of <c>POST/PUT /api/alarm-rules</c> (<see cref="AlarmRuleMapping.Validate"/>).</summary>
internal static class RuleData
{
    public static async Task<List<AlarmRuleDto>> ListAsync(OasisDb db, CancellationToken ct) =>
        [.. (await db.AlarmRules.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct).ConfigureAwait(false)).Select(AlarmRuleDto.Of)];

    /// <summary>Creates the rule, or updates the one named <paramref name="existing"/>.</summary>
    public static async Task SaveAsync(OasisDb db, AlarmRuleDto body, string? existing, CancellationToken ct)
    {
        AlarmRuleRecord record;
        if (existing is null)
        {
            var code = body.Code?.Trim() ?? "";
            if (await db.AlarmRules.AnyAsync(r => r.Code == code, ct).ConfigureAwait(false))
            {
                throw OasisProblemException.Duplicate("Entity.AlarmRule", code);
            }

            record = new AlarmRuleRecord { Code = code, Name = "", Kind = "", Level = "" };
            db.AlarmRules.Add(record);
        }
        else
        {
            record = await db.AlarmRules.SingleOrDefaultAsync(r => r.Code == existing, ct).ConfigureAwait(false)
                ?? throw OasisProblemException.NotFound("Entity.AlarmRule", existing);
        }

        body.CopyTo(record);
        AlarmRuleMapping.Validate(record);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
