namespace Oasis.Platform.Scopes;

/// <summary>The root of the scope tree: the city this deployment serves (<c>Oasis:City</c>).</summary>
internal sealed class CityInfo
{
    public const string Section = "Oasis:City";

    /// <summary>Administrative division code (行政区划代码); Changji City is 652301.</summary>
    public string Code { get; set; } = "652301";

    public string Name { get; set; } = "昌吉市";

    public string NameEn { get; set; } = "Changji City";
}
