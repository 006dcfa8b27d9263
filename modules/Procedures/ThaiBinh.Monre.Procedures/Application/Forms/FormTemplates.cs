using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel;
using ThaiBinh.Monre.Kernel.Templating;

namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>
/// Registers the forms with the kernel's templating: one template per form and set (<c>Procedures.Forms.2018.Receipt</c>,
/// … <c>Procedures.Forms.2025.Stop</c>), each inside the kernel's A4 print layout, plus the administrative header they
/// include. Administrators override any of them (versions, validity dates) from the templates page.
/// </summary>
internal static class FormTemplates
{
    public const string Header = "Procedures.Forms.Header";

    private const string ResourcePrefix = "ThaiBinh.Monre.Procedures.Templates.Forms.";

    public static void Add(IServiceCollection services)
    {
        var assembly = typeof(FormTemplates).Assembly;
        services.AddTemplate(new TemplateDefinition(Header, assembly, ResourcePrefix + "Header.sbn", "Template:" + Header));
        foreach (var set in FormSet.All)
        foreach (var kind in set.Kinds)
        {
            var name = set.TemplateName(kind);
            services.AddTemplate(new TemplateDefinition(name, assembly, $"{ResourcePrefix}Set{set.Id}.{kind}.sbn", "Template:" + name)
            {
                Layout = KernelModule.PrintLayoutTemplate,
            });
        }
    }
}
