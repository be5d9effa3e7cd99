using Microsoft.AspNetCore.Identity;

namespace Oasis.Platform.Users;

/// <summary>An account. Roles come from Identity; data scopes from <see cref="UserScope"/>.</summary>
internal sealed class OasisUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public string? OrganisationCode { get; set; }

    /// <summary>For 企业用户: the credit code of the one enterprise this account may see.</summary>
    public string? EnterpriseCode { get; set; }

    public bool IsDemo { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A node of the scope tree (city, town/street or grid code) a user may see, with all below it.</summary>
internal sealed class UserScope
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string NodeCode { get; set; }
}
