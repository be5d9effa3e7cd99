using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oasis.Air;
using Oasis.Data;
using Oasis.Forecasting.Issues;
using Oasis.Platform.Errors;
using Oasis.Platform.Time;
using Oasis.Standards.Air;

namespace Oasis.Forecasting.Consultation;

internal sealed record ParticipantOrder(string? Name, string? Organisation, string? Side);

internal sealed record PublishedDayOrder(string? TargetDate, int? AqiLow, int? AqiHigh, string[]? Primary);

/// <summary>A consultation to record: the model forecast it starts from, when it was held (Beijing; default now), who, why, the adjusted days.</summary>
internal sealed record ConsultationOrder(int? IssueId, string? HeldAt, string? Reasoning, List<ParticipantOrder>? Participants, List<PublishedDayOrder>? Days);

/// <summary>Records consultations and publishes their forecasts (decision 0408); the API and the page share it.</summary>
internal sealed class Consultations(TimeProvider clock)
{
    /// <summary>HJ 633-2026 §5.2: the forecast is published before 20:00 (Beijing) and covers at least the next three days.</summary>
    public const int DeadlineHour = 20;
    public const int MinDaysAhead = 3;

    private static readonly string[] Pollutants = ["PM2.5", "PM10", "SO2", "NO2", "CO", "O3"];

    public async Task<ForecastConsultation> RecordAsync(OasisDb db, ConsultationOrder order, string by, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        ForecastIssue? issue = null;
        if (order.IssueId is not { } issueId)
        {
            errors.Add(new FieldError(null, "issueId", "Validation.Required"));
        }
        else
        {
            issue = await db.Set<ForecastIssue>().AsNoTracking().Include(i => i.Days.Where(d => d.Station == AirFigures.City))
                .SingleOrDefaultAsync(i => i.Id == issueId, ct).ConfigureAwait(false)
                ?? throw OasisProblemException.NotFound("Entity.ForecastIssue", issueId.ToString(CultureInfo.InvariantCulture));
        }

        var heldAt = clock.GetUtcNow().UtcDateTime;
        if (order.HeldAt is { Length: > 0 } held)
        {
            if (DateTime.TryParseExact(held, ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                heldAt = new DateTimeOffset(local, BeijingTime.Offset).UtcDateTime;
            }
            else
            {
                errors.Add(new FieldError(null, "heldAt", "Forecast.Consultation.HeldAt", held));
            }
        }

        var reasoning = order.Reasoning?.Trim() ?? "";
        if (reasoning.Length == 0 || reasoning.Length > 8000)
        {
            errors.Add(new FieldError(null, "reasoning", reasoning.Length == 0 ? "Validation.Required" : "Forecast.Consultation.TooLong", 8000));
        }

        var participants = Participants(order.Participants ?? [], errors);
        var days = issue is null ? [] : Days(issue, order.Days ?? [], errors);
        if (errors.Count > 0)
        {
            throw OasisProblemException.Validation(errors);
        }

        var consultation = new ForecastConsultation
        {
            IssueId = issue!.Id, IssueDate = issue.IssueDate, State = ConsultationStates.Draft, HeldAt = heldAt, Reasoning = reasoning,
            RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = by, Participants = participants, Days = days,
        };
        db.Add(consultation);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return consultation;
    }

    /// <summary>Publishes a draft: it must cover the three days after today (Beijing); at or after 20:00 it is flagged late.</summary>
    public async Task<ForecastConsultation> PublishAsync(OasisDb db, int id, string by, CancellationToken ct)
    {
        var consultation = await FindAsync(db, id, tracking: true, ct).ConfigureAwait(false);
        if (consultation.State != ConsultationStates.Draft)
        {
            throw OasisProblemException.Rule("forecast-consultation-published", "Forecast.Consultation.Published", id);
        }

        var now = BeijingTime.Now(clock);
        var today = DateOnly.FromDateTime(now.DateTime);
        var missing = Enumerable.Range(1, MinDaysAhead).Select(today.AddDays).Where(d => consultation.Days.All(x => x.TargetDate != d)).ToList();
        if (missing.Count > 0)
        {
            throw OasisProblemException.Rule("forecast-publication-days", "Forecast.Consultation.Coverage", MinDaysAhead,
                string.Join("、", missing.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }

        consultation.State = ConsultationStates.Published;
        consultation.PublishedAt = now.UtcDateTime;
        consultation.PublishedBy = by;
        consultation.Late = now.Hour >= DeadlineHour;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return consultation;
    }

    public static async Task<ForecastConsultation> FindAsync(OasisDb db, int id, bool tracking, CancellationToken ct)
    {
        var query = db.Set<ForecastConsultation>().Include(c => c.Participants).Include(c => c.Days).Include(c => c.Attachments).AsSplitQuery();
        return await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.ForecastConsultation", id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Per issue day in [since, until], the forecast published last (by publication time).</summary>
    public static async Task<List<ForecastConsultation>> PublishedAsync(OasisDb db, DateOnly since, DateOnly until, CancellationToken ct)
    {
        var published = await db.Set<ForecastConsultation>().AsNoTracking().Include(c => c.Days)
            .Where(c => c.State == ConsultationStates.Published && c.IssueDate >= since && c.IssueDate <= until).ToListAsync(ct).ConfigureAwait(false);
        return [.. published.GroupBy(c => c.IssueDate).Select(g => g.OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id).First())];
    }

    /// <summary>The forecast published last for the latest issue day that has one, or null.</summary>
    public static async Task<ForecastConsultation?> LatestPublishedAsync(OasisDb db, CancellationToken ct) =>
        await db.Set<ForecastConsultation>().AsNoTracking().Include(c => c.Days).Where(c => c.State == ConsultationStates.Published)
            .OrderByDescending(c => c.IssueDate).ThenByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);

    private static List<ConsultationParticipant> Participants(List<ParticipantOrder> orders, List<FieldError> errors)
    {
        var list = new List<ConsultationParticipant>();
        for (var i = 0; i < orders.Count; i++)
        {
            var (name, organisation, side) = (orders[i].Name?.Trim() ?? "", orders[i].Organisation?.Trim() ?? "", orders[i].Side?.Trim() ?? "");
            Require(errors, $"participants[{i}].name", name, 100);
            Require(errors, $"participants[{i}].organisation", organisation, 200);
            if (!ParticipantSides.All.Contains(side))
            {
                errors.Add(new FieldError(null, $"participants[{i}].side", "Forecast.Consultation.Side", side));
            }

            list.Add(new ConsultationParticipant { Name = name, Organisation = organisation, Side = side });
        }

        // 会商 is between the two bureaus: a record without either side is not one.
        if (!list.Any(p => p.Side == ParticipantSides.Environment) || !list.Any(p => p.Side == ParticipantSides.Meteorology))
        {
            errors.Add(new FieldError(null, "participants", "Forecast.Consultation.Sides"));
        }

        return list;
    }

    private static void Require(List<FieldError> errors, string field, string value, int max)
    {
        if (value.Length == 0 || value.Length > max)
        {
            errors.Add(new FieldError(null, field, value.Length == 0 ? "Validation.Required" : "Forecast.Consultation.TooLong", max));
        }
    }

    private static List<PublishedDay> Days(ForecastIssue issue, List<PublishedDayOrder> orders, List<FieldError> errors)
    {
        if (orders.Count == 0)
        {
            errors.Add(new FieldError(null, "days", "Validation.Required"));
        }

        var days = new List<PublishedDay>();
        for (var i = 0; i < orders.Count; i++)
        {
            var o = orders[i];
            var field = $"days[{i}]";
            if (!DateOnly.TryParseExact(o.TargetDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var target)
                || target <= issue.IssueDate || target > issue.IssueDate.AddDays(10) || days.Any(d => d.TargetDate == target))
            {
                errors.Add(new FieldError(null, field + ".targetDate", "Forecast.Consultation.Target", o.TargetDate ?? "",
                    issue.IssueDate.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), issue.IssueDate.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
                continue;
            }

            if (o.AqiLow is not (>= 1 and <= 500) || o.AqiHigh is not (>= 1 and <= 500) || o.AqiLow > o.AqiHigh)
            {
                errors.Add(new FieldError(null, field + ".aqiHigh", "Forecast.Consultation.Range", o.AqiLow, o.AqiHigh));
                continue;
            }

            var primary = (o.Primary ?? []).Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var unknown = primary.Where(p => !Pollutants.Contains(p, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0 || (primary.Count == 0) != (o.AqiHigh <= 50))
            {
                // HJ 633: a primary pollutant exists exactly when the AQI is above 50.
                errors.Add(new FieldError(null, field + ".primary", "Forecast.Consultation.Primary", string.Join(",", primary)));
                continue;
            }

            days.Add(new PublishedDay
            {
                TargetDate = target, Lead = target.DayNumber - issue.IssueDate.DayNumber, AqiLow = o.AqiLow.Value, AqiHigh = o.AqiHigh.Value,
                CategoryLow = AirQualityCategory.For(o.AqiLow.Value).Code, CategoryHigh = AirQualityCategory.For(o.AqiHigh.Value).Code,
                Primary = string.Join(",", primary.Select(p => Pollutants.First(x => x.Equals(p, StringComparison.OrdinalIgnoreCase)))),
                ModelAqi = issue.Days.FirstOrDefault(d => d.TargetDate == target)?.Aqi,
            });
        }

        return days;
    }
}
