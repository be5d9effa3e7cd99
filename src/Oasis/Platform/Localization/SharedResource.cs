namespace Oasis;

/// <summary>
/// Marker for the shared resource files <c>Resources/SharedResource*.resx</c>: the neutral file
/// is Chinese (zh-CN is the default culture), <c>.en</c> is English. Generated from
/// <c>tools/i18n/strings.tsv</c> by <c>tools/i18n/make-resx.py</c>.
/// </summary>
public sealed class SharedResource;
