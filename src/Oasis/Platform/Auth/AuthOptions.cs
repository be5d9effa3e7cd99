using System.ComponentModel.DataAnnotations;

namespace Oasis.Platform.Auth;

/// <summary>Account rules (<c>Oasis:Accounts</c>). Defaults follow 等保 2.0 level 3 practice.</summary>
internal sealed class AccountOptions
{
    public const string Section = "Oasis:Accounts";

    [Range(8, 128)]
    public int PasswordMinLength { get; set; } = 8;

    /// <summary>How many of the four classes (lower, upper, digit, symbol) a password needs.</summary>
    [Range(1, 4)]
    public int PasswordCharacterClasses { get; set; } = 3;

    [Range(1, 100)]
    public int MaxFailedLogins { get; set; } = 5;

    [Range(1, 1440)]
    public int LockoutMinutes { get; set; } = 15;

    [Range(1, 1440)]
    public int IdleTimeoutMinutes { get; set; } = 30;

    [Range(1, 1440)]
    public int TokenLifetimeMinutes { get; set; } = 60;
}
