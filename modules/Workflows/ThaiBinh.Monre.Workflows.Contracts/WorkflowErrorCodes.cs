namespace ThaiBinh.Monre.Workflows;

/// <summary>Stable error codes of the Workflows module (the <c>code</c> of its ProblemDetails).</summary>
public static class WorkflowErrorCodes
{
    public const string DefinitionInvalid = "Monre.Workflows.DefinitionInvalid";
    public const string DefinitionNotFound = "Monre.Workflows.DefinitionNotFound";
    public const string DefinitionNotPublished = "Monre.Workflows.DefinitionNotPublished";
    public const string DefinitionImmutable = "Monre.Workflows.DefinitionImmutable";
    public const string DefinitionIdMismatch = "Monre.Workflows.DefinitionIdMismatch";
    public const string InstanceNotFound = "Monre.Workflows.InstanceNotFound";
    public const string InstanceNotActive = "Monre.Workflows.InstanceNotActive";
    public const string UnknownActivity = "Monre.Workflows.UnknownActivity";
    public const string TaskNotFound = "Monre.Workflows.TaskNotFound";
    public const string TaskAlreadyClaimed = "Monre.Workflows.TaskAlreadyClaimed";
    public const string TaskNotClaimedByYou = "Monre.Workflows.TaskNotClaimedByYou";
    public const string TaskClosed = "Monre.Workflows.TaskClosed";
    public const string TaskNotYours = "Monre.Workflows.TaskNotYours";
    public const string OutcomeNotAllowed = "Monre.Workflows.OutcomeNotAllowed";
    public const string UnknownUser = "Monre.Workflows.UnknownUser";
    public const string ReasonRequired = "Monre.Workflows.ReasonRequired";
    public const string CommentTooLong = "Monre.Workflows.CommentTooLong";
}
