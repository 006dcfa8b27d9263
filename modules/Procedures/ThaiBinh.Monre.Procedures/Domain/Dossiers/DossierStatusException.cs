using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Dossiers;

namespace ThaiBinh.Monre.Procedures.Domain.Dossiers;

/// <summary>A desk action asked for a change the dossier's status does not allow (409, nothing changed).</summary>
public sealed class DossierStatusException : BusinessException
{
    public DossierStatusException(DossierStatus from, DossierStatus to)
        : base(ProcedureErrorCodes.StatusTransitionNotAllowed, "Dossiers:StatusTransitionNotAllowed",
            DossierStatusText.Vietnamese(from), DossierStatusText.Vietnamese(to))
    {
        From = from;
        To = to;
        StatusCode = 409;
    }

    public DossierStatus From { get; }
    public DossierStatus To { get; }
}
