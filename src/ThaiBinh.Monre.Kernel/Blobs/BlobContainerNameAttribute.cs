using System.Reflection;
using System.Text;

namespace ThaiBinh.Monre.Kernel.Blobs;

/// <summary>Names the container a marker class stands for: <c>[BlobContainerName("dossier-scans")] class DossierScans;</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class BlobContainerNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>The attribute's name, else the kebab-case of the type name (<c>DossierScans</c> → <c>dossier-scans</c>).</summary>
    public static string GetName(Type containerType) =>
        containerType.GetCustomAttribute<BlobContainerNameAttribute>()?.Name ?? ToKebabCase(containerType.Name);

    private static string ToKebabCase(string typeName)
    {
        var builder = new StringBuilder(typeName.Length + 8);
        for (var i = 0; i < typeName.Length; i++)
        {
            var c = typeName[i];
            if (char.IsUpper(c))
            {
                // A new word starts at an upper-case letter after a lower-case one, or before one (XMLFile → xml-file).
                var wordStart = i > 0 && (char.IsLower(typeName[i - 1])
                    || (i + 1 < typeName.Length && char.IsLower(typeName[i + 1]) && char.IsUpper(typeName[i - 1])));
                if (wordStart) builder.Append('-');
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
