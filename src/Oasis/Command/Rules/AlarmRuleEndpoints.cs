using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;

namespace Oasis.CommandCentre.Rules;

/// <summary>An alarm rule in the API: the stored row's fields by name (docs/command-api.md).</summary>
internal sealed record AlarmRuleDto(
    string Code, string Name, string Kind, string Level, string? StationKind, string? Pollutant, bool Enabled, bool CreateWorkOrder,
    double? Limit, int? AqiCategory, int? Hours, double? Absolute, double? Relative, double? Factor, double? RadiusKm, int? MinNeighbours,
    int? Minutes, string? Flags)
{
    public static AlarmRuleDto Of(AlarmRuleRecord r) => new(r.Code, r.Name, r.Kind, r.Level, r.StationKind, r.Pollutant, r.Enabled,
        r.CreateWorkOrder, r.Limit, r.AqiCategory, r.Hours, r.Absolute, r.Relative, r.Factor, r.RadiusKm, r.MinNeighbours, r.Minutes, r.Flags);

    public void CopyTo(AlarmRuleRecord r)
    {
        r.Name = Name?.Trim() ?? "";
        r.Kind = Kind ?? "";
        r.Level = Level ?? "";
        r.StationKind = string.IsNullOrWhiteSpace(StationKind) ? null : StationKind;
        r.Pollutant = string.IsNullOrWhiteSpace(Pollutant) ? null : Pollutant.Trim();
        r.Enabled = Enabled;
        r.CreateWorkOrder = CreateWorkOrder;
        (r.Limit, r.AqiCategory, r.Hours, r.Absolute, r.Relative) = (Limit, AqiCategory, Hours, Absolute, Relative);
        (r.Factor, r.RadiusKm, r.MinNeighbours, r.Minutes, r.Flags) = (Factor, RadiusKm, MinNeighbours, Minutes, string.IsNullOrWhiteSpace(Flags) ? null : Flags);
    }
}

/// <summary><c>GET/POST /api/alarm-rules</c>, <c>GET/PUT /api/alarm-rules/{code}</c>: rules are disabled, never deleted (alarms name them).</summary>
internal static class AlarmRuleEndpoints
{
    public static void MapAlarmRules(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/alarm-rules").WithTags("alarms");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff);
        group.MapGet("/{code}", GetAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.CommandEditors);
        group.MapPut("/{code}", UpdateAsync).RequireAuthorization(Policies.CommandEditors);
    }

    private static async Task<Ok<List<AlarmRuleDto>>> ListAsync(OasisDb db, CancellationToken ct) =>
        TypedResults.Ok((await db.AlarmRules.AsNoTracking().OrderBy(r => r.Code).ToListAsync(ct).ConfigureAwait(false)).Select(AlarmRuleDto.Of).ToList());

    private static async Task<Ok<AlarmRuleDto>> GetAsync(string code, OasisDb db, CancellationToken ct) =>
        TypedResults.Ok(AlarmRuleDto.Of(await FindAsync(db, code, ct).ConfigureAwait(false)));

    private static async Task<Created<AlarmRuleDto>> CreateAsync(AlarmRuleDto body, OasisDb db, CancellationToken ct)
    {
        var code = body.Code?.Trim() ?? "";
        if (await db.AlarmRules.AnyAsync(r => r.Code == code, ct).ConfigureAwait(false))
        {
            throw OasisProblemException.Duplicate("Entity.AlarmRule", code);
        }

        var record = new AlarmRuleRecord { Code = code, Name = "", Kind = "", Level = "" };
        body.CopyTo(record);
        AlarmRuleMapping.Validate(record);
        db.AlarmRules.Add(record);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return TypedResults.Created("/api/alarm-rules/" + Uri.EscapeDataString(code), AlarmRuleDto.Of(record));
    }

    private static async Task<Ok<AlarmRuleDto>> UpdateAsync(string code, AlarmRuleDto body, OasisDb db, CancellationToken ct)
    {
        var record = await FindAsync(db, code, ct, tracked: true).ConfigureAwait(false);
        body.CopyTo(record);
        AlarmRuleMapping.Validate(record);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(AlarmRuleDto.Of(record));
    }

    private static async Task<AlarmRuleRecord> FindAsync(OasisDb db, string code, CancellationToken ct, bool tracked = false)
    {
        var query = tracked ? db.AlarmRules : db.AlarmRules.AsNoTracking();
        return await query.SingleOrDefaultAsync(r => r.Code == code, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.AlarmRule", code);
    }
}
