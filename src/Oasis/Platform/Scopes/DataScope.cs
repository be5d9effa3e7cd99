namespace Oasis.Platform.Scopes;

/// <summary>
/// What one caller may see, resolved from the scope tree city → town/street → grid.
/// A node grants everything below it; an enterprise account sees its enterprise only.
/// </summary>
internal sealed class DataScope
{
    public static readonly DataScope Nothing = new(false, new HashSet<string>(), new HashSet<string>(), null);

    public DataScope(bool cityWide, IReadOnlySet<string> towns, IReadOnlySet<string> grids, string? enterpriseCode)
    {
        CityWide = cityWide;
        Towns = towns;
        Grids = grids;
        EnterpriseCode = enterpriseCode;
    }

    public bool CityWide { get; }

    /// <summary>Towns/streets the caller holds in full.</summary>
    public IReadOnlySet<string> Towns { get; }

    /// <summary>Every grid the caller may see (those of <see cref="Towns"/> included).</summary>
    public IReadOnlySet<string> Grids { get; }

    public string? EnterpriseCode { get; }

    public bool IsEnterprise => EnterpriseCode is not null;

    public bool SeesGrid(string? gridCode) => CityWide || (gridCode is not null && Grids.Contains(gridCode));

    public bool SeesTown(string? townCode) => CityWide || (townCode is not null && Towns.Contains(townCode));

    public bool SeesEnterprise(string creditCode, string? gridCode) =>
        IsEnterprise ? string.Equals(EnterpriseCode, creditCode, StringComparison.Ordinal) : SeesGrid(gridCode);
}
