using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Staff.Domain;

namespace ThaiBinh.Monre.Staff.Application;

public sealed record SignInOutcome(bool Succeeded, string? ErrorCode, string? Message, IResult? Problem);

/// <summary>Password sign-in shared by the login API and the login page, with lockout after repeated failures.</summary>
public sealed class AccountService(SignInManager<MonreUser> signIn, UserManager<MonreUser> users, IStringLocalizerFactory localizers)
{
    public async Task<SignInOutcome> SignInAsync(string? userName, string? password, bool persistent)
    {
        var localizer = localizers.Create(typeof(AccountService));
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
            return Fail(StaffErrorCodes.InvalidCredentials, localizer["Account:InvalidCredentials"]);

        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null || !user.IsActive)
            return Fail(StaffErrorCodes.InvalidCredentials, localizer["Account:InvalidCredentials"]);

        var result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
        if (result.Succeeded) return new SignInOutcome(true, null, null, null);
        if (result.IsLockedOut) return Fail(StaffErrorCodes.LockedOut, localizer["Account:LockedOut"]);
        return Fail(StaffErrorCodes.InvalidCredentials, localizer["Account:InvalidCredentials"]);
    }

    private static SignInOutcome Fail(string code, string message) =>
        new(false, code, message, ProblemFactory.Result(StatusCodes.Status401Unauthorized, code, message));
}
