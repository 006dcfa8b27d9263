using System.Reflection;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.Settings;
using ThaiBinh.Monre.Kernel.Web;

namespace ThaiBinh.Monre.Kernel.Modularity;

/// <summary>
/// One class per module that only wires things: services, endpoints, permissions, settings, menu.
/// The host lists modules explicitly; nothing is discovered by scanning.
/// </summary>
public abstract class MonreModule
{
    /// <summary>Short stable name (also the database schema for modules that own data).</summary>
    public virtual string Name => GetType().Name.Replace("Module", "", StringComparison.Ordinal);

    /// <summary>Assemblies holding routable Blazor pages of this module.</summary>
    public virtual IEnumerable<Assembly> PageAssemblies => [];

    public virtual void ConfigureServices(ModuleServiceContext context) { }

    /// <summary>Maps endpoints; <paramref name="api"/> is the <c>/api</c> group that runs each call in a unit of work.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder api, IEndpointRouteBuilder root) { }

    public virtual void DefinePermissions(PermissionDefinitionContext context) { }

    public virtual void DefineSettings(SettingDefinitionContext context) { }

    public virtual void ContributeMenu(MenuBuilder menu) { }
}
