using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Oasis.Air;
using AlarmChangeRecord = Oasis.CommandCentre.Alarms.AlarmChangeRecord;
using AlarmRecord = Oasis.CommandCentre.Alarms.AlarmRecord;
using IncidentRecord = Oasis.CommandCentre.Alarms.IncidentRecord;
using Oasis.CommandCentre.Duty;
using Oasis.CommandCentre.Notifications;
using Oasis.CommandCentre.Rules;
using Oasis.CommandCentre.WorkOrders;
using Oasis.Emergency;
using Oasis.Monitoring.Devices;
using Oasis.Monitoring.Grids;
using Oasis.Monitoring.Ingest;
using Oasis.Monitoring.Stations;
using Oasis.Monitoring.Towns;
using Oasis.Platform.Audit;
using Oasis.Platform.Organisations;
using Oasis.Platform.Users;
using Oasis.Sources.Enterprises;
using Oasis.Water.Registry;
using Oasis.Water.Samples;

namespace Oasis.Data;

/// <summary>
/// The one database of Oasis. Provider-specific subclasses exist only so that each provider
/// keeps its own migration set (docs/decisions/0003-two-migration-sets.md).
/// </summary>
internal abstract class OasisDb(DbContextOptions options) : IdentityDbContext<OasisUser, IdentityRole, string>(options)
{
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Oasis.Air.Aggregates.AirStaleTracking.MarkChanges(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Oasis.Air.Aggregates.AirStaleTracking.MarkChanges(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<UserScope> UserScopes => Set<UserScope>();

    public DbSet<Town> Towns => Set<Town>();

    public DbSet<Grid> Grids => Set<Grid>();

    public DbSet<Station> Stations => Set<Station>();

    public DbSet<Device> Devices => Set<Device>();

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<Outlet> Outlets => Set<Outlet>();

    public DbSet<RawPacket> RawPackets => Set<RawPacket>();

    public DbSet<Reading> Readings => Set<Reading>();

    public DbSet<UnknownDevice> UnknownDevices => Set<UnknownDevice>();

    public DbSet<AirHour> AirHours => Set<AirHour>();

    public DbSet<Oasis.Air.Aggregates.AirDay> AirDays => Set<Oasis.Air.Aggregates.AirDay>();

    public DbSet<Oasis.Forecasting.Backtests.ForecastBacktest> ForecastBacktests => Set<Oasis.Forecasting.Backtests.ForecastBacktest>();

    public DbSet<Oasis.Air.Aggregates.AirDayStale> AirDayStale => Set<Oasis.Air.Aggregates.AirDayStale>();

    public DbSet<Oasis.Air.Aggregates.AirAggregateMark> AirAggregateMarks => Set<Oasis.Air.Aggregates.AirAggregateMark>();

    public DbSet<WaterBody> WaterBodies => Set<WaterBody>();

    public DbSet<WaterSection> WaterSections => Set<WaterSection>();

    public DbSet<WaterSource> WaterSources => Set<WaterSource>();

    public DbSet<GroundwaterWell> GroundwaterWells => Set<GroundwaterWell>();

    public DbSet<BlackOdorousWater> BlackOdorousWaters => Set<BlackOdorousWater>();

    public DbSet<ManualSample> ManualSamples => Set<ManualSample>();
    public DbSet<Oasis.Air.Targets.AirTarget> AirTargets => Set<Oasis.Air.Targets.AirTarget>();

    public DbSet<Oasis.Air.Dust.DustEpisode> DustEpisodes => Set<Oasis.Air.Dust.DustEpisode>();

    public DbSet<Oasis.Air.Reports.AirReport> AirReports => Set<Oasis.Air.Reports.AirReport>();

    public DbSet<Oasis.Air.Review.AirReviewMark> AirReviewMarks => Set<Oasis.Air.Review.AirReviewMark>();
    public DbSet<AlarmRuleRecord> AlarmRules => Set<AlarmRuleRecord>();

    public DbSet<AlarmRecord> Alarms => Set<AlarmRecord>();

    public DbSet<AlarmChangeRecord> AlarmChanges => Set<AlarmChangeRecord>();

    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();

    public DbSet<WorkOrderRecord> WorkOrders => Set<WorkOrderRecord>();

    public DbSet<WorkOrderStepRecord> WorkOrderSteps => Set<WorkOrderStepRecord>();

    public DbSet<WorkOrderPhoto> WorkOrderPhotos => Set<WorkOrderPhoto>();

    public DbSet<DutyShift> DutyShifts => Set<DutyShift>();

    public DbSet<HandOver> HandOvers => Set<HandOver>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<EmergencyMeasure> EmergencyMeasures => Set<EmergencyMeasure>();

    public DbSet<EmergencyBaseline> EmergencyBaselines => Set<EmergencyBaseline>();

    public DbSet<EmergencyTask> EmergencyTasks => Set<EmergencyTask>();

    public DbSet<ElectricityUse> ElectricityUses => Set<ElectricityUse>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OasisDb).Assembly, t => !t.IsAbstract);
    }
}

internal sealed class SqliteOasisDb(DbContextOptions<SqliteOasisDb> options) : OasisDb(options);

internal sealed class PostgresOasisDb(DbContextOptions<PostgresOasisDb> options) : OasisDb(options);
