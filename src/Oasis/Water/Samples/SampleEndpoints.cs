using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Registry;
using Oasis.Standards.Water;
using Oasis.Platform.Time;

namespace Oasis.Water.Samples;

/// <summary>
/// A stored sample: values as the laboratory wrote them (<c>0.004L</c>), by CLI column code or Table 2/3 name, its replicate
/// number on the day, whether it is a quality-control replicate kept out of the evaluation (decision 0319), and the values
/// whose detection limit is above the limit they would prove (decision 0303).
/// </summary>
internal sealed record SampleDto(int Id, string Site, string SiteKind, DateOnly Date, int Replicate, bool QualityControl, string Waterbody,
    IReadOnlyDictionary<string, string> Values, IReadOnlyList<DetectionLimitWarning> DetectionLimitWarnings)
{
    public static SampleDto Of(ManualSample s) => new(s.Id, s.SiteCode, s.SiteKind, s.Date, s.Replicate, s.QualityControl, s.Body,
        s.Values.ToDictionary(v => v.Item, v => v.Text, StringComparer.Ordinal), s.DetectionLimitWarnings());
}

/// <summary>
/// A sample to enter: <c>values</c> by column code, as text so that <c>0.004L</c> travels as written; <c>replicate</c> 1–9
/// (default 1); <c>qualityControl</c> true for a quality-control replicate (default false).
/// </summary>
internal sealed record NewSampleDto(string? Site, string? Date, string? Waterbody, Dictionary<string, string?>? Values, int? Replicate = null,
    bool? QualityControl = null);

/// <summary>What an import did, with its warnings as the errors of a refusal are written: row, field, message.</summary>
internal sealed record SampleImportDto(int Rows, int Created, int Updated, IReadOnlyList<RowMessageDto> Warnings);

internal sealed record RowMessageDto(int? Row, string Field, string Message);

/// <summary><c>/api/water/samples</c>: list, enter, import (all or nothing), export in the CLI's format, delete.</summary>
internal static class SampleEndpoints
{
    public static void MapSamples(this RouteGroupBuilder water)
    {
        water.MapGet("/samples", ListAsync);
        water.MapGet("/samples/export", ExportAsync);
        water.MapPost("/samples", CreateAsync).RequireAuthorization(Policies.WaterEditors);
        water.MapPost("/samples/import", ImportAsync).RequireAuthorization(Policies.WaterEditors).DisableAntiforgery();
        water.MapDelete("/samples/{id:int}", DeleteAsync).RequireAuthorization(Policies.WaterEditors);
    }

    /// <summary>The caller's visible samples, optionally of one site and between two dates, ordered by site and date.</summary>
    internal static async Task<List<ManualSample>> QueryAsync(OasisDb db, DataScope scope, string? site, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var sites = await SiteDirectory.LoadAsync(db, ct).ConfigureAwait(false);
        var visible = SiteDirectory.Visible(sites, scope).ToList();
        var query = db.ManualSamples.AsNoTracking().Where(s => visible.Contains(s.SiteCode));
        if (!string.IsNullOrWhiteSpace(site))
        {
            query = query.Where(s => s.SiteCode == site);
        }

        if (from is { } f)
        {
            query = query.Where(s => s.Date >= f);
        }

        if (to is { } t)
        {
            query = query.Where(s => s.Date <= t);
        }

        return await query.OrderBy(s => s.SiteCode).ThenBy(s => s.Date).ThenBy(s => s.Replicate).ToListAsync(ct).ConfigureAwait(false);
    }

    private static async Task<Ok<List<SampleDto>>> ListAsync(string? site, string? from, string? to, HttpContext http, OasisDb db,
        DataScopeResolver scopes, CancellationToken ct)
    {
        var (f, t) = Dates(from, to);
        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        return TypedResults.Ok((await QueryAsync(db, scope, site, f, t, ct).ConfigureAwait(false)).Select(SampleDto.Of).ToList());
    }

    private static async Task<Created<SampleDto>> CreateAsync(NewSampleDto body, HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        var input = new SampleInput(body.Site, body.Date, body.Waterbody, body.Values ?? [])
        {
            Replicate = body.Replicate,
            QualityControl = body.QualityControl == true ? "true" : null,
        };
        await SampleStore.SaveAsync(db, scope, [(null, input)], "site", import: false, ct).ConfigureAwait(false);
        var date = DateOnly.ParseExact(body.Date!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var replicate = body.Replicate ?? 1;
        var saved = await db.ManualSamples.AsNoTracking().SingleAsync(s => s.SiteCode == body.Site!.Trim() && s.Date == date && s.Replicate == replicate, ct)
            .ConfigureAwait(false);
        return TypedResults.Created($"/api/water/samples/{saved.Id}", SampleDto.Of(saved));
    }

    private static async Task<Ok<SampleImportDto>> ImportAsync(IFormFile file, HttpContext http, OasisDb db, DataScopeResolver scopes, ProblemWriter text,
        CancellationToken ct)
    {
        if (file.Length == 0 || file.Length > RegistryImport.MaxFileBytes)
        {
            throw OasisProblemException.Validation("file", "Validation.FileSize", RegistryImport.MaxFileBytes / 1024 / 1024);
        }

        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        await using var stream = file.OpenReadStream();
        var rows = SampleFile.Read(stream, file.FileName);
        var result = await SampleStore.SaveAsync(db, scope, [.. rows.Select(r => ((int?)r.Row, r.Input))], "section", import: true, ct).ConfigureAwait(false);
        return TypedResults.Ok(new SampleImportDto(result.Rows, result.Created, result.Updated,
            [.. result.Warnings.Select(w => new RowMessageDto(w.Row, w.Field, text.Format(w.MessageKey, w.Args)))]));
    }

    private static async Task<NoContent> DeleteAsync(int id, HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var sample = await db.ManualSamples.SingleOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.WaterSample", id.ToString(CultureInfo.InvariantCulture));
        var sites = await SiteDirectory.LoadAsync(db, ct).ConfigureAwait(false);
        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        if (!sites.TryGetValue(sample.SiteCode, out var site) || !scope.SeesGrid(site.GridCode))
        {
            throw OasisProblemException.OutOfScope();
        }

        db.ManualSamples.Remove(sample);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// The CLI's input format (docs/water-cli.md), so that an export can be evaluated by <c>oasis water evaluate</c>: the
    /// evaluated samples only. With <c>qualityControl=true</c> the quality-control replicates come too, each row with a last
    /// <c>qualityControl</c> column (a file for the host's import, not for the CLI; decision 0319).
    /// </summary>
    private static async Task<FileContentHttpResult> ExportAsync(string? site, string? from, string? to, bool? qualityControl, HttpContext http, OasisDb db,
        DataScopeResolver scopes, CancellationToken ct)
    {
        var (f, t) = Dates(from, to);
        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        var withFlag = qualityControl == true;
        var samples = await QueryAsync(db, scope, site, f, t, ct).ConfigureAwait(false);
        var text = new StringBuilder("section,date,waterbody,").AppendJoin(',', WaterIndicators.All.Select(i => i.Code()))
            .Append(withFlag ? "," + SampleInput.QualityControlColumn : "").Append('\n');
        foreach (var s in withFlag ? samples : samples.Evaluated())
        {
            var values = s.Values.ToDictionary(v => v.Item, v => v.Text, StringComparer.Ordinal);
            text.Append(s.SiteCode).Append(',').Append(s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',').Append(s.Body).Append(',')
                .AppendJoin(',', WaterIndicators.All.Select(i => values.GetValueOrDefault(i.Code(), "")))
                .Append(withFlag ? (s.QualityControl ? ",true" : ",false") : "").Append('\n');
        }

        return TypedResults.File(new UTF8Encoding(false).GetBytes(text.ToString()), "text/csv; charset=utf-8", "water-samples.csv");
    }

    internal static (DateOnly? From, DateOnly? To) Dates(string? from, string? to) => QueryDates.Parse(from, to, "Water.Validation.Date");
}
