namespace Oasis.Standards;

/// <summary>Anchor type for reflection over this assembly.</summary>
public static class Marker;
