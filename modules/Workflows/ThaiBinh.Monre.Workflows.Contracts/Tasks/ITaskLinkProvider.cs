namespace ThaiBinh.Monre.Workflows.Tasks;

/// <summary>
/// Where the inbox sends a user to work on a task: the page of the thing the task is about (a dossier, a document).
/// Another module registers one (zero or more may be registered); the first link returned wins. The engine knows nothing
/// of what a correlation id means, so the module that started the flow answers.
/// </summary>
public interface ITaskLinkProvider
{
    /// <summary>The link for <paramref name="task"/>, or null when this provider does not know the task's flow.</summary>
    TaskLink? LinkFor(WorkflowTaskDto task);
}

/// <summary>A link shown on a task: <paramref name="Href"/> (site-relative) and the localization key of its label.</summary>
public sealed record TaskLink(string Href, string LabelKey);
