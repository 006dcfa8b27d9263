using ThaiBinh.Monre.Kernel.Settings;

namespace ThaiBinh.Monre.Procedures.Application.Forms;

/// <summary>What administrators set for the printed forms (the agency's names come from the kernel's settings).</summary>
internal static class FormSettings
{
    /// <summary>First received date (yyyy-MM-dd) that prints the 2025 set; earlier dossiers keep the 2018 set.</summary>
    public const string Set2025From = "Procedures.Forms.Set2025From";

    /// <summary>The place written before the date ("Thái Bình, ngày … tháng … năm …").</summary>
    public const string Place = "Procedures.Forms.Place";

    /// <summary>The public site the QR code on the receipt links to (<c>{url}/tra-cuu/{code}</c>); empty = this server.</summary>
    public const string PublicBaseUrl = "Procedures.Forms.PublicBaseUrl";

    public static void Define(SettingDefinitionContext context)
    {
        context.Add(new SettingDefinition(Set2025From, "2025-07-01", "Setting:" + Set2025From));
        context.Add(new SettingDefinition(Place, "Thái Bình", "Setting:" + Place));
        context.Add(new SettingDefinition(PublicBaseUrl, "", "Setting:" + PublicBaseUrl));
    }
}
