using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Procedures.Domain.Catalog;

/// <summary>The procedure is received at <see cref="Level"/> and handled there in <see cref="Mode"/>.</summary>
public sealed class ProcedureHandling : Entity<Guid>
{
    private ProcedureHandling() { }

    public ProcedureHandling(Guid procedureId, ReceptionLevel level, HandlingMode mode)
    {
        Id = Guid.CreateVersion7();
        ProcedureId = procedureId;
        Level = level;
        Mode = mode;
    }

    public Guid ProcedureId { get; private set; }
    public ReceptionLevel Level { get; private set; }
    public HandlingMode Mode { get; private set; }

    public void SetMode(HandlingMode mode) => Mode = mode;
}
