using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ThaiBinh.Monre.Staff.Application;

/// <summary>Identity's validation messages in the user's language (from the Staff texts).</summary>
internal sealed class VietnameseIdentityErrorDescriber(IStringLocalizerFactory localizers) : IdentityErrorDescriber
{
    private readonly IStringLocalizer _l = localizers.Create(typeof(VietnameseIdentityErrorDescriber));

    private IdentityError Error(string code, params object[] args) => new() { Code = code, Description = _l["Identity:" + code, args] };

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), userName);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), userName ?? "");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), role);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit));
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower));
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper));
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric));
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), email ?? "");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), email);
}
