using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace ThaiBinh.Monre.Kernel.Authorization;

/// <summary>Requires a defined permission; the policy name is the permission name.</summary>
public sealed class PermissionRequirement(string permissionName) : IAuthorizationRequirement
{
    public string PermissionName { get; } = permissionName;
}

internal sealed class PermissionAuthorizationHandler(IPermissionChecker checker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await checker.IsGrantedAsync(context.User, requirement.PermissionName)) context.Succeed(requirement);
    }
}

/// <summary>Turns any defined permission name into a policy, so endpoints and pages say <c>[Authorize("Staff.Users")]</c>.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionDefinitionContext permissions)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        var policy = await base.GetPolicyAsync(policyName);
        if (policy is not null || !permissions.All.ContainsKey(policyName)) return policy;
        return new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName)).Build();
    }
}

public static class PermissionEndpointExtensions
{
    /// <summary>Requires a signed-in user holding <paramref name="permissionName"/>.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permissionName)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(permissionName);
}
