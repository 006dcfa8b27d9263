using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>The errors a desk user can cause, with their code, Vietnamese message key (Localization/dossiers.*.json) and status.</summary>
internal static class DossierErrors
{
    public static BusinessException Unprocessable(string code, string key, params object?[] args) => new(code, key, args) { StatusCode = 422 };

    public static BusinessException BadRequest(string code, string key, params object?[] args) => new(code, key, args) { StatusCode = 400 };

    public static BusinessException NotFound() => new(ProcedureErrorCodes.DossierNotFound, "Dossiers:NotFound") { StatusCode = 404 };

    public static BusinessException ScanNotFound() => new(ProcedureErrorCodes.DossierNotFound, "Dossiers:ScanNotFound") { StatusCode = 404 };

    public static BusinessException Forbidden() => new(KernelErrorCodes.Forbidden, "Dossiers:Forbidden") { StatusCode = 403 };

    public static BusinessException Unauthenticated() => new(KernelErrorCodes.Unauthenticated, "Kernel:Unauthenticated") { StatusCode = 401 };
}
