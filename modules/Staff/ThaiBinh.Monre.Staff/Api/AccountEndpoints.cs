using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Staff.Application;
using ThaiBinh.Monre.Staff.Domain;

namespace ThaiBinh.Monre.Staff.Api;

internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var account = api.MapGroup("/account").WithTags("Account");
        account.MapPost("/login", LoginAsync).AllowAnonymous().DisableAntiforgery()
            .WithSummary("Đăng nhập: đặt cookie xác thực")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status401Unauthorized);
        account.MapPost("/logout", LogoutAsync).DisableAntiforgery().WithSummary("Đăng xuất").Produces(StatusCodes.Status204NoContent);
        account.MapGet("/me", MeAsync).RequireAuthorization().WithSummary("Người dùng hiện tại, vai trò và quyền")
            .Produces<CurrentUserDto>().ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> LoginAsync(LoginRequest request, AccountService accounts, IUnitOfWork uow, CancellationToken ct)
    {
        var outcome = await accounts.SignInAsync(request.UserName, request.Password, persistent: false);
        // Failed attempts count towards lockout: keep them even though the response is an error.
        await uow.CompleteAsync(ct);
        return outcome.Succeeded ? TypedResults.NoContent() : outcome.Problem!;
    }

    private static async Task<IResult> LogoutAsync(SignInManager<MonreUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<IResult> MeAsync(ClaimsPrincipal principal, UserManager<MonreUser> users, IPermissionChecker permissions, CancellationToken ct)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null) return TypedResults.Unauthorized();
        var roles = (await users.GetRolesAsync(user)).Order().ToList();
        var granted = (await permissions.GetGrantedAsync(principal, ct)).Order(StringComparer.Ordinal).ToList();
        return TypedResults.Ok(new CurrentUserDto(user.Id, user.UserName!, user.FullName, roles, granted));
    }
}
