namespace ThaiBinh.Monre.Workflows.Definitions;

/// <summary>One problem found in a definition: a stable code, the activity (or connection) it concerns, and a Vietnamese message.</summary>
public sealed record ValidationMessage(string Code, string Message, string? ActivityId = null, string? Property = null);

/// <summary>Codes of definition validation messages (one per rule).</summary>
public static class ValidationCodes
{
    public const string InvalidJson = "Workflow.InvalidJson";
    public const string MissingDefinitionId = "Workflow.MissingDefinitionId";
    public const string DuplicateActivityId = "Workflow.DuplicateActivityId";
    public const string UnknownActivityType = "Workflow.UnknownActivityType";
    public const string MissingRequiredProperty = "Workflow.MissingRequiredProperty";
    public const string InvalidPropertyValue = "Workflow.InvalidPropertyValue";
    public const string ConnectionToNothing = "Workflow.ConnectionToNothing";
    public const string ConnectionFromNothing = "Workflow.ConnectionFromNothing";
    public const string UnknownOutcome = "Workflow.UnknownOutcome";
    public const string NoStart = "Workflow.NoStart";
    public const string MultipleStarts = "Workflow.MultipleStarts";
    public const string UnreachableActivity = "Workflow.UnreachableActivity";
    public const string UnconnectedOutcome = "Workflow.UnconnectedOutcome";
    public const string NoPathToEnd = "Workflow.NoPathToEnd";
    public const string LoopWithoutBlockingActivity = "Workflow.LoopWithoutBlockingActivity";
    public const string BadExpression = "Workflow.BadExpression";
}
