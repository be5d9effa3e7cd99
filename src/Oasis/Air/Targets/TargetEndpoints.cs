using Microsoft.AspNetCore.Http.HttpResults;
using Oasis.Air.Aggregates;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Time;

namespace Oasis.Air.Targets;

/// <summary><c>GET /api/air/targets/progress?year=</c> (docs/air-api.md, decision 0503).</summary>
internal static class TargetEndpoints
{
    public static async Task<Ok<TargetProgressDto>> ProgressAsync(int? year, AirDailyStore daily, OasisDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = BeijingTime.Today(clock);
        var y = year ?? today.Year;
        if (y is < 2000 or > 2100)
        {
            throw OasisProblemException.Validation("year", "Validation.Range", 2000, 2100);
        }

        return TypedResults.Ok(await TargetProgress.ComputeAsync(daily, db, y, today, ct).ConfigureAwait(false));
    }
}
