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
    /// <summary>
    /// The blank form (tờ khai) applicants may download: the file name as uploaded (or as an import sheet names it, with no
    /// file yet); <see cref="FormBlobName"/> is where the uploaded file is in the <c>procedure-forms</c> blob container.
    /// </summary>
    public string? FormFileName { get; private set; }
    public string? FormBlobName { get; private set; }

    /// <summary>An uploaded blank form replaces the previous one (whose blob stays: another version may share it).</summary>
    public void SetForm(string fileName, string blobName)
    {
        FormFileName = fileName;
        FormBlobName = blobName;
    }

    /// <summary>A new version's component keeps the blank form of the component it continues.</summary>
    public void CopyFormFrom(ProcedureComponent previous)
    {
        if (previous.FormBlobName is null || FormBlobName is not null) return;
        SetForm(previous.FormFileName ?? "", previous.FormBlobName);
    }

    public void Update(int order, string name, CopyKind copyKind, int count, bool mandatory, string? formFileName)
    {
        Order = order;
        Name = name;
        CopyKind = copyKind;
        Count = count;
        Mandatory = mandatory;
        // The name of an uploaded file stays with its file (an edit form or an import sheet sends the name it last saw).
        if (FormBlobName is null) FormFileName = formFileName;
    }
}
