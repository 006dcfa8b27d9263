using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Procedures.Domain.Dossiers;

/// <summary>A component as received (name and mandatory flag copied from the catalog version), with its scans.</summary>
public sealed class DossierComponent : Entity<Guid>
{
    private DossierComponent() { }

    public DossierComponent(Guid dossierId, Guid componentId, int order, string name, CopyKind copyKind, int count, bool mandatory)
    {
        Id = Guid.CreateVersion7();
        DossierId = dossierId;
        ComponentId = componentId;
        Order = order;
        Name = name;
        CopyKind = copyKind;
        Count = count;
        Mandatory = mandatory;
    }

    public Guid DossierId { get; private set; }
    public Guid ComponentId { get; private set; }
    public int Order { get; private set; }
    public string Name { get; private set; } = "";
    public CopyKind CopyKind { get; private set; }
    public int Count { get; private set; }
    public bool Mandatory { get; private set; }
    public List<DossierScan> Scans { get; private set; } = [];
}
