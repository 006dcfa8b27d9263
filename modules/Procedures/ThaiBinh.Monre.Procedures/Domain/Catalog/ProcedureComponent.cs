using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Procedures.Domain.Catalog;

/// <summary>A document the applicant hands in for a procedure version (thành phần hồ sơ).</summary>
public sealed class ProcedureComponent : Entity<Guid>
{
    private ProcedureComponent() { }

    public ProcedureComponent(Guid procedureId, int order, string name, CopyKind copyKind, int count, bool mandatory, string? formFileName)
    {
        Id = Guid.CreateVersion7();
        ProcedureId = procedureId;
        Order = order;
        Name = name;
        CopyKind = copyKind;
        Count = count;
        Mandatory = mandatory;
        FormFileName = formFileName;
    }

    public Guid ProcedureId { get; private set; }
    public int Order { get; private set; }
    public string Name { get; private set; } = "";
    public CopyKind CopyKind { get; private set; }
    public int Count { get; private set; }
    public bool Mandatory { get; private set; }
    /// <summary>The blank form (tờ khai) applicants may download, stored in the blob store.</summary>
    public string? FormFileName { get; private set; }
    public string? FormBlobName { get; private set; }

    public void Update(int order, string name, CopyKind copyKind, int count, bool mandatory, string? formFileName)
    {
        Order = order;
        Name = name;
        CopyKind = copyKind;
        Count = count;
        Mandatory = mandatory;
        FormFileName = formFileName;
    }
}
