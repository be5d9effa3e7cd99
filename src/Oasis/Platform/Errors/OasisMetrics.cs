using System.Diagnostics.Metrics;

namespace Oasis.Platform.Errors;

/// <summary>Counters exported at /metrics (meter <c>Oasis</c>).</summary>
internal sealed class OasisMetrics
{
    public const string MeterName = "Oasis";

    private readonly Counter<long> _refusals;
    private readonly Counter<long> _logins;
    private readonly Counter<long> _auditRecords;
    private readonly Histogram<double> _alarmEvaluation;

    public OasisMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _refusals = meter.CreateCounter<long>("oasis.requests.refused", description: "Requests refused with a ProblemDetails, by type");
        _logins = meter.CreateCounter<long>("oasis.logins", description: "Login attempts by outcome");
        _auditRecords = meter.CreateCounter<long>("oasis.audit.records", description: "Audit records written");
        _alarmEvaluation = meter.CreateHistogram<double>("oasis.alarms.evaluation.duration", unit: "s",
            description: "One run of the alarm rules: refreshing the recent data, evaluating, storing and notifying");
    }

    public void CountRefusal(string type) => _refusals.Add(1, new KeyValuePair<string, object?>("type", type));

    public void CountLogin(string outcome) => _logins.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void CountAudit(int n) => _auditRecords.Add(n);

    public void TimeAlarmEvaluation(TimeSpan elapsed) => _alarmEvaluation.Record(elapsed.TotalSeconds);
}
