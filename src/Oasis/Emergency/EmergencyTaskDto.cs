using Oasis.Platform.Time;

namespace Oasis.Emergency;

/// <summary>
/// A task as the API shows it, with online compliance measured on request; <see cref="Verdict"/> is the inspection's when
/// there is one (an inspector saw the site), else the online one.
/// </summary>
internal sealed record EmergencyTaskDto(int Id, int WarningId, string CreditCode, string? EnterpriseName, string Level, string MeasureCode, string Measures,
    double? PromisedPercent, double Pm, double So2, double Nox, double Vocs, DateTimeOffset StartedAt, DateTimeOffset? EndedAt,
    string? Inspection, string? InspectionNote, string? InspectedBy, DateTimeOffset? InspectedAt, OnlineCompliance Online, string Verdict)
{
    public static EmergencyTaskDto Of(EmergencyTask t, string? name, OnlineCompliance online) => new(t.Id, t.WarningId, t.CreditCode, name, t.Level,
        t.MeasureCode, t.Measures, t.PromisedPercent, t.Pm, t.So2, t.Nox, t.Vocs, BeijingTime.FromUtc(t.StartedAt),
        t.EndedAt is { } e ? BeijingTime.FromUtc(e) : null, t.Inspection, t.InspectionNote, t.InspectedBy,
        t.InspectedAt is { } i ? BeijingTime.FromUtc(i) : null, online, t.Inspection ?? online.Verdict);
}

/// <summary>An inspection's finding: <c>compliant</c> or <c>non-compliant</c>, and what the inspector saw.</summary>
internal sealed record InspectionOrder(string? Verdict, string? Note);
