using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Oasis.Data;
using Oasis.Monitoring.Stations;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Platform.Time;

namespace Oasis.Components.Pages;

/// <summary>An air station a form offers.</summary>
internal sealed record AirStationChoice(string Code, string Name);

/// <summary>What the air page's forms share: the stations on offer, Beijing times, and a problem shown as the API states it.</summary>
internal static class AirForms
{
    /// <summary>The air stations the scope sees, evaluation stations first.</summary>
    public static async Task<List<AirStationChoice>> StationsAsync(OasisDb db, DataScope scope)
    {
        var all = await db.Stations.AsNoTracking().Where(s => StationKinds.Air.Contains(s.Kind))
            .OrderByDescending(s => s.Evaluation).ThenBy(s => s.Code).Select(s => new { s.Code, s.Name, s.GridCode }).ToListAsync();
        return [.. all.Where(s => scope.SeesGrid(s.GridCode)).Select(s => new AirStationChoice(s.Code, s.Name))];
    }

    /// <summary>A time typed in the form (Beijing wall clock) as the API takes it; the API checks it is on the hour.</summary>
    public static DateTimeOffset Beijing(DateTime? local) =>
        local is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Unspecified), BeijingTime.Offset) : default;

    /// <summary>400 for a time left empty, as the API would answer for a missing field.</summary>
    public static void RequireTimes(DateTime? start, DateTime? end)
    {
        var errors = new List<FieldError>();
        if (start is null)
        {
            errors.Add(new FieldError(null, "start", "Validation.Required"));
        }

        if (end is null)
        {
            errors.Add(new FieldError(null, "end", "Validation.Required"));
        }

        if (errors.Count > 0)
        {
            throw OasisProblemException.Validation(errors);
        }
    }

    /// <summary>
    /// The problem's detail and one line per field error (with its row for an import), worded as the ProblemDetails of
    /// the API in the user's language; a field is named by its label when it has one, else as the file's column.
    /// </summary>
    public static (string Detail, List<string> Lines) Describe(OasisProblemException problem, ProblemWriter writer, IStringLocalizer text) =>
        (writer.Format(problem.DetailKey, problem.Args), problem.Errors.Select(e =>
        {
            if (e.Row is { } row)
            {
                // An import row: the column as the file's header names it, so that the line can be found and fixed.
                return $"{text["Common.Row", row]} {e.Field}: {writer.Format(e.MessageKey, e.Args)}";
            }

            var label = text["AirForm.Field." + e.Field];
            return $"{(label.ResourceNotFound ? e.Field : label.Value)}: {writer.Format(e.MessageKey, e.Args)}";
        }).ToList());
}
