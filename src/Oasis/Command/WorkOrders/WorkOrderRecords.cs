using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.CommandCentre.WorkOrders;

/// <summary>
/// A work order (工单) as stored. The state machine lives in <see cref="WorkOrder"/>: the host restores it from this
/// record and its steps, applies the action, and writes back the new state and the new step.
/// </summary>
internal sealed class WorkOrderRecord
{
    public long Id { get; set; }

    public required string GridCode { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The alarm level the deadline came from; null for orders made by hand without one.</summary>
    public string? Level { get; set; }

    public long? AlarmId { get; set; }

    public string? StationCode { get; set; }

    /// <summary>The triggering alarm's values as JSON: the snapshot the grid manager sees.</summary>
    public string? Snapshot { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime Deadline { get; set; }

    public required string State { get; set; }

    /// <summary>The grid managers it was last dispatched to, comma-separated.</summary>
    public string? Assignees { get; set; }

    public string? AcceptedBy { get; set; }

    public string? ReportText { get; set; }

    public double? ReportLatitude { get; set; }

    public double? ReportLongitude { get; set; }

    public DateTime? ClosedAt { get; set; }

    /// <summary>Raised when the order passed its deadline unclosed and the duty leader was told, so it is told once.</summary>
    public bool OverdueNotified { get; set; }

    public List<WorkOrderStepRecord> Steps { get; set; } = [];

    public List<WorkOrderPhoto> Photos { get; set; } = [];
}

internal sealed class WorkOrderStepRecord
{
    public long Id { get; set; }

    public long WorkOrderId { get; set; }

    public DateTime At { get; set; }

    public required string By { get; set; }

    public required string Action { get; set; }

    public string? From { get; set; }

    public required string To { get; set; }

    public string? Note { get; set; }
}

/// <summary>A photo a grid manager took for an order: the file, its thumbnail, and where and when it says it was taken.</summary>
internal sealed class WorkOrderPhoto
{
    public long Id { get; set; }

    public long WorkOrderId { get; set; }

    /// <summary>A random name for the files on disk and in links; never the uploader's file name.</summary>
    public required string Key { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public required string UploadedBy { get; set; }

    public DateTime UploadedAt { get; set; }

    /// <summary>EXIF DateTimeOriginal as UTC (the camera's wall clock read as Beijing time).</summary>
    public DateTime? TakenAt { get; set; }

    public double? TakenLatitude { get; set; }

    public double? TakenLongitude { get; set; }

    /// <summary>The phone's position sent with the upload, when it gave one.</summary>
    public double? UploadLatitude { get; set; }

    public double? UploadLongitude { get; set; }

    /// <summary>Taken more than 2 hours before the upload (or no time at all).</summary>
    public bool FlagOld { get; set; }

    /// <summary>Taken more than 500 m from the order's place.</summary>
    public bool FlagFar { get; set; }

    /// <summary>Part of the report that was submitted; photos of a returned report stay attached but not reported.</summary>
    public bool Reported { get; set; }
}

internal sealed class WorkOrderRecordConfiguration : IEntityTypeConfiguration<WorkOrderRecord>, IEntityTypeConfiguration<WorkOrderStepRecord>,
    IEntityTypeConfiguration<WorkOrderPhoto>
{
    public void Configure(EntityTypeBuilder<WorkOrderRecord> builder)
    {
        builder.ToTable("command_work_orders");
        builder.Property(o => o.GridCode).HasMaxLength(50);
        builder.Property(o => o.Title).HasMaxLength(200);
        builder.Property(o => o.Description).HasMaxLength(2000);
        builder.Property(o => o.Level).HasMaxLength(20);
        builder.Property(o => o.StationCode).HasMaxLength(50);
        builder.Property(o => o.CreatedBy).HasMaxLength(100);
        builder.Property(o => o.State).HasMaxLength(20);
        builder.Property(o => o.Assignees).HasMaxLength(1000);
        builder.Property(o => o.AcceptedBy).HasMaxLength(100);
        builder.Property(o => o.ReportText).HasMaxLength(4000);
        builder.HasMany(o => o.Steps).WithOne().HasForeignKey(s => s.WorkOrderId);
        builder.HasMany(o => o.Photos).WithOne().HasForeignKey(p => p.WorkOrderId);
        builder.HasIndex(o => new { o.State, o.Deadline });
        builder.HasIndex(o => new { o.GridCode, o.CreatedAt });
        builder.HasIndex(o => o.AlarmId);
    }

    public void Configure(EntityTypeBuilder<WorkOrderStepRecord> builder)
    {
        builder.ToTable("command_work_order_steps");
        builder.Property(s => s.By).HasMaxLength(100);
        builder.Property(s => s.Action).HasMaxLength(20);
        builder.Property(s => s.From).HasMaxLength(20);
        builder.Property(s => s.To).HasMaxLength(20);
        builder.Property(s => s.Note).HasMaxLength(4000);
    }

    public void Configure(EntityTypeBuilder<WorkOrderPhoto> builder)
    {
        builder.ToTable("command_work_order_photos");
        builder.Property(p => p.Key).HasMaxLength(64);
        builder.Property(p => p.FileName).HasMaxLength(200);
        builder.Property(p => p.ContentType).HasMaxLength(100);
        builder.Property(p => p.UploadedBy).HasMaxLength(100);
        builder.HasIndex(p => p.Key).IsUnique();
    }
}
