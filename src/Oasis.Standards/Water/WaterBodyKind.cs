namespace Oasis.Standards.Water;

/// <summary>What the sampled water is: rivers take the river TP limits, lakes and reservoirs (湖、库) their own.</summary>
public enum WaterBodyKind
{
    River,

    /// <summary>A lake or a reservoir (湖、库).</summary>
    Lake,
}
