using System.Globalization;

namespace Oasis.Platform.Localization;

internal static class Cultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en-US";

    public static readonly string[] Supported = [Chinese, English];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
