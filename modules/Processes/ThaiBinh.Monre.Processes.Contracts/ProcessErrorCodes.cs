namespace ThaiBinh.Monre.Processes;

/// <summary>Stable error codes of the Processes module (the <c>code</c> of its ProblemDetails). Add, never rename.</summary>
public static class ProcessErrorCodes
{
    public const string ProcessNotFound = "Monre.Processes.ProcessNotFound";
    public const string ProcessExists = "Monre.Processes.ProcessExists";
    public const string ProcessInvalid = "Monre.Processes.ProcessInvalid";
    public const string NotADraft = "Monre.Processes.NotADraft";
    public const string NotApproved = "Monre.Processes.NotApproved";
    public const string OpenVersionExists = "Monre.Processes.OpenVersionExists";
    public const string RevisionConflict = "Monre.Processes.RevisionConflict";
    public const string DecisionRequired = "Monre.Processes.DecisionRequired";
    public const string ValidationFailed = "Monre.Processes.ValidationFailed";
    public const string ImportInvalid = "Monre.Processes.ImportInvalid";
    public const string LevelNotOffered = "Monre.Processes.LevelNotOffered";
}

/// <summary>Codes of the messages validation before approval/publishing returns (one per rule).</summary>
public static class ProcessValidationCodes
{
    public const string NoSteps = "Process.NoSteps";
    public const string StepInvalid = "Process.StepInvalid";
    public const string OrderNotContiguous = "Process.OrderNotContiguous";
    public const string ReceptionNotFirst = "Process.ReceptionNotFirst";
    public const string ReturnNotLast = "Process.ReturnNotLast";
    public const string NoTaskStep = "Process.NoTaskStep";
    public const string ExceedsDeadline = "Process.ExceedsDeadline";
    public const string OnlineExceedsDeadline = "Process.OnlineExceedsDeadline";
    public const string NobodyCanAct = "Process.NobodyCanAct";
    public const string OutsideCentre = "Process.OutsideCentre";
    public const string UnknownForm = "Process.UnknownForm";
    public const string UnknownUnit = "Process.UnknownUnit";
    public const string UnknownRole = "Process.UnknownRole";
    public const string ReturnFromFirstTask = "Process.ReturnFromFirstTask";
    public const string ConsultInvalid = "Process.ConsultInvalid";
    public const string StatusInvalid = "Process.StatusInvalid";
    public const string EscalationNotAllowed = "Process.EscalationNotAllowed";
    public const string NoForwardOnLastTask = "Process.NoForwardOnLastTask";
    public const string ValidityInvalid = "Process.ValidityInvalid";
}
