namespace Oasis.Registry;

/// <summary>A structured value that fits one spreadsheet cell (lists of them are joined by <c>;</c>).</summary>
internal interface ICellValue<TSelf>
    where TSelf : ICellValue<TSelf>
{
    /// <summary>Parses one item; returns null with a resource key in <paramref name="error"/> when it cannot.</summary>
    static abstract TSelf? ParseCell(string cell, out string? error);

    string ToCell();
}

/// <summary>Keeps a DTO property out of CSV/XLSX files (it travels another way, e.g. geometry as GeoJSON).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class NotTabularAttribute : Attribute;
