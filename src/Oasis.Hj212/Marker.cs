namespace Oasis.Hj212;

/// <summary>Anchor type for reflection over this assembly.</summary>
public static class Marker;
