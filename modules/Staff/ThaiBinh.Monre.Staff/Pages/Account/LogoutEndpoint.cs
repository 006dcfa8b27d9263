using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Staff.Domain;

namespace ThaiBinh.Monre.Staff.Pages.Account;

/// <summary>The UI's sign-out: a form post (with antiforgery token) from the user menu, back to the login page.</summary>
internal static class LogoutEndpoint
{
    public const string Path = "/account/logout";

    public static void Map(IEndpointRouteBuilder root) =>
        root.MapPost(Path, async (SignInManager<MonreUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.LocalRedirect(LoginPaths.Login);
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
}
