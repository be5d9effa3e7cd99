using Oasis.CommandCentre.Alarms.Host;
using Oasis.Platform.Time;

namespace Oasis.CommandCentre.WorkOrders.Host;

internal sealed record CreateWorkOrderRequest(string? GridCode, string? Title, string? Description, string? Level, long? AlarmId,
    double? Latitude, double? Longitude);

internal sealed record WorkOrderActionRequest(string? Reason, string? Text, double? Latitude, double? Longitude, IReadOnlyList<string>? Assignees);

internal sealed record WorkOrderStepDto(DateTimeOffset At, string By, string Action, string? From, string To, string? Note);

internal sealed record WorkOrderPhotoDto(string Key, string FileName, long Size, int Width, int Height, string UploadedBy, DateTimeOffset UploadedAt,
    DateTimeOffset? TakenAt, double? TakenLatitude, double? TakenLongitude, bool Old, bool Far, bool Reported, string Url, string ThumbnailUrl);

internal sealed record WorkOrderDto(
    long Id, string GridCode, string Title, string? Description, string? Level, long? AlarmId, string? StationCode, string State, bool Overdue,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset Deadline, IReadOnlyList<string> Assignees, string? AcceptedBy, string? ReportText,
    double? Latitude, double? Longitude, DateTimeOffset? ClosedAt, IReadOnlyList<AlarmValue> Snapshot,
    IReadOnlyList<WorkOrderStepDto>? Timeline, IReadOnlyList<WorkOrderPhotoDto>? Photos)
{
    public static WorkOrderDto Of(WorkOrderRecord o, DateTime nowUtc, bool details) => new(
        o.Id, o.GridCode, o.Title, o.Description, o.Level, o.AlarmId, o.StationCode, o.State, o.State != "closed" && nowUtc > o.Deadline,
        BeijingTime.FromUtc(o.CreatedAt), o.CreatedBy, BeijingTime.FromUtc(o.Deadline), o.Assignees?.Split(',') ?? [], o.AcceptedBy, o.ReportText,
        o.Latitude, o.Longitude, o.ClosedAt is { } c ? BeijingTime.FromUtc(c) : null,
        AlarmSnapshot.ReadValues(o.Snapshot).Select(v => v with { Time = v.Time.ToBeijing() }).ToList(),
        details ? o.Steps.OrderBy(s => s.Id).Select(s => new WorkOrderStepDto(BeijingTime.FromUtc(s.At), s.By, s.Action, s.From, s.To, s.Note)).ToList() : null,
        details ? o.Photos.OrderBy(p => p.Id).Select(p => Photo(o.Id, p)).ToList() : null);

    private static WorkOrderPhotoDto Photo(long order, WorkOrderPhoto p)
    {
        var url = $"/api/work-orders/{order}/photos/{p.Key}";
        return new WorkOrderPhotoDto(p.Key, p.FileName, p.Size, p.Width, p.Height, p.UploadedBy, BeijingTime.FromUtc(p.UploadedAt),
            p.TakenAt is { } t ? BeijingTime.FromUtc(t) : null, p.TakenLatitude, p.TakenLongitude, p.FlagOld, p.FlagFar, p.Reported, url, url + "/thumbnail");
    }
}
