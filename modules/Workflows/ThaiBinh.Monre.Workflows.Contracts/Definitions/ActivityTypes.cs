namespace ThaiBinh.Monre.Workflows.Definitions;

/// <summary>The engine's built-in activity types (names as they appear in definitions).</summary>
public static class ActivityTypes
{
    public const string Start = "Start";
    public const string HumanTask = "HumanTask";
    public const string Decision = "Decision";
    public const string Fork = "Fork";
    public const string Join = "Join";
    public const string Timer = "Timer";
    public const string WaitForSignal = "WaitForSignal";
    public const string SetVariable = "SetVariable";
    public const string Notify = "Notify";
    public const string End = "End";

    /// <summary>The single outcome of activities that just continue.</summary>
    public const string Done = "done";
}

/// <summary>Well-known human-task outcomes (definitions may use others; these get Vietnamese labels everywhere).</summary>
public static class TaskOutcomes
{
    public const string Approve = "approve";
    public const string Forward = "forward";
    public const string Return = "return";
    public const string RequestSupplement = "supplement";
    public const string Refuse = "refuse";
    public const string Done = "done";
}
