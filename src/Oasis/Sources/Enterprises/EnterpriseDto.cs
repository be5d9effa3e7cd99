using Oasis.Registry;

namespace Oasis.Sources.Enterprises;

internal sealed record EnterpriseDto(
    string CreditCode, string Name, string? Industry, string Category, string? Address,
    double? Latitude, double? Longitude, string? GridCode, List<OutletDto>? Outlets);

/// <summary>An outlet; in files one cell holds <c>code:name:kind</c> items joined by <c>;</c>.</summary>
internal sealed record OutletDto(string Code, string Name, string Kind) : ICellValue<OutletDto>
{
    public static OutletDto? ParseCell(string cell, out string? error)
    {
        var parts = cell.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || parts.Any(string.IsNullOrEmpty))
        {
            error = "Validation.OutletCell";
            return null;
        }

        error = null;
        return new OutletDto(parts[0], parts[1], parts[2]);
    }

    public string ToCell() => $"{Code}:{Name}:{Kind}";
}
