using Microsoft.EntityFrameworkCore;
using Oasis.Data;

namespace Oasis.CommandCentre.Rules;

/// <summary>
/// The rules a new installation starts with (decision 0605), written once into an empty rule table; from then on
/// they are the bureau's to change. Levels follow the AQI categories: 中度污染 (IAQI ≥ 151) is 较重, 重度污染
/// (IAQI ≥ 201) 严重; a local source next to quiet neighbours gets a work order at once.
/// </summary>
internal static class DefaultAlarmRules
{
    public static IReadOnlyList<AlarmRuleRecord> All =>
    [
        new() { Code = "PM25-MODERATE", Name = "PM2.5 中度污染", Kind = "threshold", Level = "serious", Pollutant = "PM2.5", AqiCategory = 4 },
        new() { Code = "PM25-HEAVY", Name = "PM2.5 重度污染", Kind = "threshold", Level = "severe", Pollutant = "PM2.5", AqiCategory = 5, CreateWorkOrder = true },
        new() { Code = "PM10-MODERATE", Name = "PM10 中度污染", Kind = "threshold", Level = "serious", Pollutant = "PM10", AqiCategory = 4 },
        new() { Code = "O3-MODERATE", Name = "O3 中度污染", Kind = "threshold", Level = "serious", Pollutant = "O3", AqiCategory = 4 },
        new() { Code = "PM25-SUSTAINED", Name = "PM2.5 持续超标 3 小时", Kind = "sustained", Level = "general", Pollutant = "PM2.5", Limit = 75, Hours = 3 },
        new() { Code = "PM25-RISE", Name = "PM2.5 1 小时突增", Kind = "sudden-rise", Level = "general", Pollutant = "PM2.5", Hours = 1, Absolute = 50, Relative = 1.0 },
        new()
        {
            Code = "PM25-LOCAL", Name = "PM2.5 高于周边（疑似局地污染源）", Kind = "neighbour-deviation", Level = "serious", StationKind = "micro",
            Pollutant = "PM2.5", Factor = 2, RadiusKm = 3, MinNeighbours = 3, CreateWorkOrder = true,
        },
        new() { Code = "DATA-MISSING", Name = "数据缺失 60 分钟", Kind = "data-missing", Level = "general", Minutes = 60 },
        new() { Code = "DEVICE-FLAG", Name = "设备异常标记", Kind = "device-flag", Level = "general", Flags = "FDCMT" },
    ];

    public static async Task<int> SeedAsync(OasisDb db, CancellationToken ct)
    {
        if (await db.AlarmRules.AnyAsync(ct).ConfigureAwait(false))
        {
            return 0;
        }

        var rules = All;
        foreach (var rule in rules)
        {
            AlarmRuleMapping.Validate(rule);
        }

        db.AlarmRules.AddRange(rules);
        return await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
