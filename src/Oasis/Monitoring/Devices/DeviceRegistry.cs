using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Monitoring.Ingest;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Monitoring.Devices;

/// <summary>HJ 212 field units. Passwords are encrypted at rest with ASP.NET Data Protection.</summary>
internal sealed class DeviceRegistry(IDataProtectionProvider protection, DeviceDirectory directory)
    : IRegistry<Device, DeviceDto>, IFilteredRegistry<Device>, IAfterCreate<Device>
{
    public const string ProtectorPurpose = "Oasis.Devices.Password";

    public static readonly string[] Protocols = ["2017", "2005"];

    private readonly IDataProtector _protector = protection.CreateProtector(ProtectorPurpose);

    public string Name => "devices";

    public string Label => "Entity.Device";

    public string KeyField => "mn";

    public IQueryable<Device> Query(OasisDb db) => db.Devices.OrderBy(d => d.Mn);

    public IQueryable<Device> WhereKey(IQueryable<Device> query, string key) => query.Where(d => d.Mn == key);

    public IQueryable<Device> Visible(OasisDb db, IQueryable<Device> query, DataScope scope)
    {
        if (scope.IsEnterprise)
        {
            return query.Where(d => d.EnterpriseCode == scope.EnterpriseCode);
        }

        if (scope.CityWide)
        {
            return query;
        }

        var grids = scope.Grids.ToList();
        var stations = db.Stations.Where(s => s.GridCode != null && grids.Contains(s.GridCode)).Select(s => s.Code);
        var enterprises = db.Enterprises.Where(e => e.GridCode != null && grids.Contains(e.GridCode)).Select(e => e.CreditCode);
        return query.Where(d => (d.StationCode != null && stations.Contains(d.StationCode))
                                || (d.EnterpriseCode != null && enterprises.Contains(d.EnterpriseCode)));
    }

    public IQueryable<Device> Filter(IQueryable<Device> query, IQueryCollection parameters, string? search)
    {
        var station = parameters["station"].ToString();
        if (station.Length > 0)
        {
            query = query.Where(d => d.StationCode == station);
        }

        var enterprise = parameters["enterprise"].ToString();
        if (enterprise.Length > 0)
        {
            query = query.Where(d => d.EnterpriseCode == enterprise);
        }

        return string.IsNullOrWhiteSpace(search) ? query : query.Where(d => d.Mn.Contains(search));
    }

    public string KeyOf(DeviceDto dto) => dto.Mn;

    /// <summary>Scope follows what the device serves; the caller must see that station or enterprise.</summary>
    public bool InScope(DeviceDto dto, DataScope scope) =>
        scope.CityWide || (scope.IsEnterprise && dto.EnterpriseCode == scope.EnterpriseCode);

    public Task<IReadOnlyList<DeviceDto>> ToDtosAsync(OasisDb db, IReadOnlyList<Device> entities, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DeviceDto>>(entities.Select(d => new DeviceDto(
            d.Mn, d.SystemCode, d.Protocol, d.RealtimeIntervalSeconds, d.MinuteIntervalMinutes, d.StationCode, d.EnterpriseCode,
            d.OutletCode, d.Factors.Select(f => new DeviceFactorDto(f.Code, f.Unit, f.Min, f.Max)).ToList())).ToList());

    public Device Create(DeviceDto dto)
    {
        var device = new Device { Mn = dto.Mn, SystemCode = dto.SystemCode, Protocol = dto.Protocol };
        Apply(dto, device);
        return device;
    }

    public void Apply(DeviceDto dto, Device entity)
    {
        entity.SystemCode = dto.SystemCode;
        entity.Protocol = dto.Protocol;
        entity.RealtimeIntervalSeconds = dto.RealtimeIntervalSeconds;
        entity.MinuteIntervalMinutes = dto.MinuteIntervalMinutes;
        entity.StationCode = NullIfEmpty(dto.StationCode);
        entity.EnterpriseCode = NullIfEmpty(dto.EnterpriseCode);
        entity.OutletCode = NullIfEmpty(dto.OutletCode);
        entity.Factors = (dto.Factors ?? []).Select(f => new DeviceFactor { Code = f.Code, Unit = f.Unit, Min = f.Min, Max = f.Max }).ToList();
        if (!string.IsNullOrEmpty(dto.Password))
        {
            entity.ProtectedPassword = _protector.Protect(dto.Password);
        }
    }

    /// <summary>The clear password for the HJ 212 server's PW check; null when none is set.</summary>
    public string? RevealPassword(Device device) =>
        device.ProtectedPassword is null ? null : _protector.Unprotect(device.ProtectedPassword);

    public async Task ValidateAsync(OasisDb db, DeviceDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        var check = new Checks(errors, row).Required(dto.Mn, "mn", 32)
            .That(dto.Mn is null || dto.Mn.All(c => c is > ' ' and <= '~' and not ';'), "mn", "Validation.Mn")
            .Required(dto.SystemCode, "systemCode", 4).That(dto.SystemCode is null || dto.SystemCode.All(char.IsAsciiDigit), "systemCode", "Validation.SystemCode")
            .Required(dto.Protocol, "protocol", 4).OneOf(dto.Protocol, "protocol", Protocols)
            .Range(dto.RealtimeIntervalSeconds, "realtimeIntervalSeconds", 1, 86400)
            .Range(dto.MinuteIntervalMinutes, "minuteIntervalMinutes", 1, 60)
            .Optional(dto.Password, "password", 64)
            .That(NullIfEmpty(dto.StationCode) is null != (NullIfEmpty(dto.EnterpriseCode) is null), "stationCode", "Validation.DeviceTarget");
        if (NullIfEmpty(dto.StationCode) is { } station && !await db.Stations.AnyAsync(s => s.Code == station, ct).ConfigureAwait(false))
        {
            check.Fail("stationCode", "Validation.UnknownStation", station);
        }

        if (NullIfEmpty(dto.EnterpriseCode) is { } enterprise)
        {
            var outlets = await db.Enterprises.Where(e => e.CreditCode == enterprise).Select(e => e.Outlets.Select(o => o.Code).ToList())
                .SingleOrDefaultAsync(ct).ConfigureAwait(false);
            if (outlets is null)
            {
                check.Fail("enterpriseCode", "Validation.UnknownEnterprise", enterprise);
            }
            else if (NullIfEmpty(dto.OutletCode) is { } outlet && !outlets.Contains(outlet))
            {
                check.Fail("outletCode", "Validation.UnknownOutlet", outlet, enterprise);
            }
        }

        foreach (var factor in dto.Factors ?? [])
        {
            check.Required(factor.Code, "factors", 20).Required(factor.Unit, "factors", 20)
                .That(factor.Min is null || factor.Max is null || factor.Min <= factor.Max, "factors", "Validation.FactorRange", factor.Code);
        }
    }

    /// <summary>Registering an MN that has been sending promotes its quarantined data (未登记设备 → 已登记).</summary>
    public async Task AfterCreateAsync(OasisDb db, Device entity, CancellationToken ct)
    {
        var mn = entity.Mn;
        await db.Readings.Where(r => r.Mn == mn && r.Quarantined).ExecuteUpdateAsync(u => u.SetProperty(r => r.Quarantined, false), ct)
            .ConfigureAwait(false);
        await db.UnknownDevices.Where(u => u.Mn == mn).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        directory.Invalidate();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
