using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Procedures.Pages.Desk;

/// <summary>One line of the receipt checklist: a catalog component, whether it was handed in, in what form, how many.</summary>
public sealed class ReceiptLine(ComponentDto component)
{
    public ComponentDto Component { get; } = component;
    public bool Received { get; set; }
    public CopyKind CopyKind { get; set; } = component.CopyKind;
    public int Count { get; set; } = Math.Max(1, component.Count);
}
