using System.Globalization;
using System.Text.Json.Serialization;
using Oasis.Registry;

namespace Oasis.Monitoring.Devices;

/// <summary>
/// A device as the API and files show it. <c>password</c> is accepted on create, update and
/// import and never returned (exports leave the column empty).
/// </summary>
internal sealed record DeviceDto(
    string Mn, string SystemCode, string Protocol, int RealtimeIntervalSeconds, int MinuteIntervalMinutes,
    string? StationCode, string? EnterpriseCode, string? OutletCode, List<DeviceFactorDto>? Factors)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Password { get; init; }
}

/// <summary>A factor; in files one cell holds <c>code:unit:min:max</c> items joined by <c>;</c>.</summary>
internal sealed record DeviceFactorDto(string Code, string Unit, double? Min, double? Max) : ICellValue<DeviceFactorDto>
{
    public static DeviceFactorDto? ParseCell(string cell, out string? error)
    {
        var parts = cell.Split(':', StringSplitOptions.TrimEntries);
        error = "Validation.FactorCell";
        if (parts.Length is < 2 or > 4 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return null;
        }

        double? min = null, max = null;
        if (parts.Length > 2 && parts[2].Length > 0)
        {
            if (!double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                return null;
            }

            min = v;
        }

        if (parts.Length > 3 && parts[3].Length > 0)
        {
            if (!double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                return null;
            }

            max = v;
        }

        error = null;
        return new DeviceFactorDto(parts[0], parts[1], min, max);
    }

    public string ToCell() => string.Create(CultureInfo.InvariantCulture, $"{Code}:{Unit}:{Min}:{Max}");
}
