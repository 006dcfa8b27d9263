using System.Reflection;

namespace ThaiBinh.Monre.Kernel.Templating;

/// <summary>
/// What a template may read from .NET objects: public instance properties and fields, never methods, and never
/// members that lead out of the data (reflection types, delegates, streams, service providers).
/// </summary>
internal static class ModelMemberFilter
{
    public static bool Allows(MemberInfo member) => member switch
    {
        PropertyInfo p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true, IsStatic: false } && IsData(p.PropertyType),
        FieldInfo f => f.IsPublic && !f.IsStatic && IsData(f.FieldType),
        _ => false,
    };

    private static bool IsData(Type type) =>
        !typeof(MemberInfo).IsAssignableFrom(type)
        && !typeof(Assembly).IsAssignableFrom(type)
        && !typeof(Module).IsAssignableFrom(type)
        && !typeof(Delegate).IsAssignableFrom(type)
        && !typeof(Stream).IsAssignableFrom(type)
        && !typeof(IServiceProvider).IsAssignableFrom(type);
}
