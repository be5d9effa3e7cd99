namespace Oasis.Standards.Water;

/// <summary>
/// A supplementary (GB 3838-2002 Table 2) or specific (Table 3) item for centralized drinking-water sources,
/// with its single limit in mg/L (a maximum).
/// </summary>
public sealed record DrinkingWaterItem(int Table, int Number, string NameZh, decimal Limit);
