namespace ThaiBinh.Monre.Procedures;

/// <summary>Stable error codes of the Procedures module (the <c>code</c> of its ProblemDetails). Add, never rename.</summary>
public static class ProcedureErrorCodes
{
    public const string ProcedureNotFound = "Monre.Procedures.ProcedureNotFound";
    public const string ProcedureNotInForce = "Monre.Procedures.ProcedureNotInForce";
    public const string ProcedureInvalid = "Monre.Procedures.ProcedureInvalid";
    public const string ProcedureCodeTaken = "Monre.Procedures.ProcedureCodeTaken";
    public const string ImportInvalid = "Monre.Procedures.ImportInvalid";
    public const string NoWorkflowBound = "Monre.Procedures.NoWorkflowBound";
    public const string LevelNotOffered = "Monre.Procedures.LevelNotOffered";
    public const string ProcedureCodeInvalid = "Monre.Procedures.ProcedureCodeInvalid";
    public const string ProcedureNameRequired = "Monre.Procedures.ProcedureNameRequired";
    public const string ProcedureFieldUnknown = "Monre.Procedures.ProcedureFieldUnknown";
    public const string ProcedureDeadlineInvalid = "Monre.Procedures.ProcedureDeadlineInvalid";
    public const string ProcedureComponentInvalid = "Monre.Procedures.ProcedureComponentInvalid";
    public const string ProcedureHandlingInvalid = "Monre.Procedures.ProcedureHandlingInvalid";
    public const string ProcedureValidityInvalid = "Monre.Procedures.ProcedureValidityInvalid";
    public const string ProcedureVersionOverlap = "Monre.Procedures.ProcedureVersionOverlap";
    public const string FormFileInvalid = "Monre.Procedures.FormFileInvalid";
    public const string FormFileTooLarge = "Monre.Procedures.FormFileTooLarge";
    public const string FormFileNotFound = "Monre.Procedures.FormFileNotFound";

    public const string DossierNotFound = "Monre.Procedures.DossierNotFound";
    public const string ReceptionUnitRequired = "Monre.Procedures.ReceptionUnitRequired";
    public const string NotAReceptionDesk = "Monre.Procedures.NotAReceptionDesk";
    public const string ApplicantInvalid = "Monre.Procedures.ApplicantInvalid";
    public const string CitizenIdInvalid = "Monre.Procedures.CitizenIdInvalid";
    public const string ComponentUnknown = "Monre.Procedures.ComponentUnknown";
    public const string MandatoryComponentMissing = "Monre.Procedures.MandatoryComponentMissing";
    public const string ReasonRequired = "Monre.Procedures.ReasonRequired";
    public const string IdempotencyKeyInvalid = "Monre.Procedures.IdempotencyKeyInvalid";
    public const string IdempotencyKeyReused = "Monre.Procedures.IdempotencyKeyReused";
    public const string StatusTransitionNotAllowed = "Monre.Procedures.StatusTransitionNotAllowed";
    public const string RecipientRequired = "Monre.Procedures.RecipientRequired";
    public const string ScanInvalid = "Monre.Procedures.ScanInvalid";
    public const string RatingNotAllowed = "Monre.Procedures.RatingNotAllowed";
    public const string RatingInvalid = "Monre.Procedures.RatingInvalid";
    public const string RegisterPeriodInvalid = "Monre.Procedures.RegisterPeriodInvalid";
    public const string PublicLookupRateLimited = "Monre.Procedures.PublicLookupRateLimited";
    public const string ApologyNotFound = "Monre.Procedures.ApologyNotFound";
    public const string ApologyAlreadyIssued = "Monre.Procedures.ApologyAlreadyIssued";
    public const string ApologyInvalid = "Monre.Procedures.ApologyInvalid";
}
