namespace ThaiBinh.Monre.Workflows.Tasks;

/// <summary>
/// Where the inbox sends a user to work on a task: the page of the thing the task is about (a dossier, a document), and
/// what that thing's present state adds to the task (a warning such as "the dossier is at risk of lateness").
/// Another module registers one (zero or more may be registered); the first link returned wins. The engine knows nothing
/// of what a correlation id means, so the module that started the flow answers.
/// </summary>
public interface ITaskLinkProvider
{
    /// <summary>The link for <paramref name="task"/>, or null when this provider does not know the task's flow.</summary>
    TaskLink? LinkFor(WorkflowTaskDto task);

    /// <summary>
    /// The links of a list of tasks (by task id; tasks this provider does not know are left out), with the warnings their
    /// subjects carry now: one look-up for the whole list. Runs in the caller's unit of work, as the signed-in user.
    /// By default each task's <see cref="LinkFor"/>, without warnings.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, TaskLink>> LinksForAsync(IReadOnlyList<WorkflowTaskDto> tasks, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<Guid, TaskLink>>(tasks
            .Select(t => (t.Id, Link: LinkFor(t)))
            .Where(l => l.Link is not null)
            .ToDictionary(l => l.Id, l => l.Link!));
}

/// <summary>
/// A link shown on a task: <paramref name="Href"/> (site-relative) and the localization key of its label. When the task's
/// subject carries a warning (e.g. the dossier is one working day from its appointment), <paramref name="WarningKey"/> is
/// the localization key of its short text, shown as a chip on the task, and <paramref name="WarningHintKey"/> that of its
/// explanation.
/// </summary>
public sealed record TaskLink(string Href, string LabelKey, string? WarningKey = null, string? WarningHintKey = null);
