namespace ThaiBinh.Monre.Kernel.Modularity;

/// <summary>Declares the modules this module needs; they are configured and mapped before it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class DependsOnAttribute(params Type[] moduleTypes) : Attribute
{
    public IReadOnlyList<Type> ModuleTypes { get; } = moduleTypes;
}
