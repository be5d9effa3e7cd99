using System.Text.Json.Serialization;

namespace Oasis.Platform.Users;

/// <summary>An account as the security administrator sees it. <c>password</c> is write-only.</summary>
internal sealed record UserDto(
    string UserName, string DisplayName, string? OrganisationCode, string? EnterpriseCode,
    List<string>? Roles, List<string>? Scopes, DateTimeOffset? LockedOutUntil)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Password { get; init; }
}
