using Oasis.Platform.Time;

namespace Oasis.Emergency;

/// <summary>
/// A task as the API shows it, with both compliance sources measured on request side by side (decision 0425):
/// <see cref="Online"/> from flue-gas devices, <see cref="Electricity"/> from imported electricity use (null when the
/// enterprise has none), <see cref="Sources"/> which of them exist (<c>none</c>, <c>flue-gas</c>, <c>electricity</c>,
/// <c>both</c>); <see cref="Verdict"/> is the inspection's when there is one, else <see cref="EmergencyVerdict.Combine"/>.
/// </summary>
internal sealed record EmergencyTaskDto(int Id, int WarningId, string CreditCode, string? EnterpriseName, string Level, string MeasureCode, string Measures,
    double? PromisedPercent, double Pm, double So2, double Nox, double Vocs, DateTimeOffset StartedAt, DateTimeOffset? EndedAt,
    string? Inspection, string? InspectionNote, string? InspectedBy, DateTimeOffset? InspectedAt, OnlineCompliance Online, ElectricityFigures? Electricity, string Sources, string Verdict)
{
    public static EmergencyTaskDto Of(EmergencyTask t, string? name, OnlineCompliance online, ElectricityFigures? electricity, bool flueGas) => new(t.Id, t.WarningId, t.CreditCode, name, t.Level,
        t.MeasureCode, t.Measures, t.PromisedPercent, t.Pm, t.So2, t.Nox, t.Vocs, BeijingTime.FromUtc(t.StartedAt),
        t.EndedAt is { } e ? BeijingTime.FromUtc(e) : null, t.Inspection, t.InspectionNote, t.InspectedBy,
        t.InspectedAt is { } i ? BeijingTime.FromUtc(i) : null, online, electricity,
        EmergencyVerdict.Sources(flueGas, electricity is not null), EmergencyVerdict.Combine(t.Inspection, online.Verdict, electricity?.Verdict));
}

/// <summary>An inspection's finding: <c>compliant</c> or <c>non-compliant</c>, and what the inspector saw.</summary>
internal sealed record InspectionOrder(string? Verdict, string? Note);
