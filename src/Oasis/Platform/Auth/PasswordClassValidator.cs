using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Oasis.Platform.Users;

namespace Oasis.Platform.Auth;

/// <summary>At least N of the four character classes (Identity's own rules demand each class separately).</summary>
internal sealed class PasswordClassValidator(IOptions<AccountOptions> options) : IPasswordValidator<OasisUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<OasisUser> manager, OasisUser user, string? password)
    {
        var needed = options.Value.PasswordCharacterClasses;
        return Task.FromResult(CountClasses(password ?? "") >= needed
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordClasses",
                Description = $"密码须包含大写字母、小写字母、数字、符号中至少 {needed} 类。",
            }));
    }

    public static int CountClasses(string password)
    {
        bool lower = false, upper = false, digit = false, symbol = false;
        foreach (var c in password)
        {
            if (char.IsAsciiLetterLower(c))
            {
                lower = true;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                upper = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else
            {
                symbol = true;
            }
        }

        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
