using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ThaiBinh.Monre.Staff.Domain;

namespace ThaiBinh.Monre.Staff.Application;

/// <summary>Adds the full name to the cookie so the UI shell greets the user without a database query per page.</summary>
internal sealed class StaffClaimsPrincipalFactory(UserManager<MonreUser> users, RoleManager<MonreRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<MonreUser, MonreRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(MonreUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.FullName)) identity.AddClaim(new Claim(StaffClaimTypes.FullName, user.FullName));
        return identity;
    }
}
