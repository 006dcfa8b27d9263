using System.Text.Json;

namespace ThaiBinh.Monre.Workflows.Runtime;

/// <summary>Start a published definition (latest published version unless <see cref="Version"/> is given).</summary>
/// <param name="SiteId">The org unit whose working calendar counts this instance's times when a step names none.</param>
public sealed record StartWorkflow(
    string DefinitionId,
    string CorrelationId,
    IReadOnlyDictionary<string, object?>? Input = null,
    int? Version = null,
    Guid? SiteId = null);

/// <summary>Finish a human task with one of its allowed outcomes.</summary>
public sealed record CompleteTask(string Outcome, string? Comment = null, IReadOnlyDictionary<string, JsonElement>? FormData = null);

/// <summary>An instance as callers see it after an operation.</summary>
public sealed record WorkflowInstanceInfo(
    Guid Id, string DefinitionId, int Version, string CorrelationId, WorkflowStatus Status,
    IReadOnlyList<Guid> OpenTaskIds, IReadOnlyList<string> BlockedAt);

/// <summary>
/// The engine. Every method works inside the caller's unit of work: the instance, its bookmarks, tasks and journal rows
/// are saved with the caller's own changes, all or nothing. Runs until every path is blocked (a human task, a timer or a
/// signal) or the flow ends.
/// </summary>
public interface IWorkflowRuntime
{
    Task<WorkflowInstanceInfo> StartAsync(StartWorkflow request, CancellationToken cancellationToken = default);

    /// <summary>Completes a task as the current user (who must be its claimer, an assignee or a candidate).</summary>
    Task<WorkflowInstanceInfo> CompleteTaskAsync(Guid taskId, CompleteTask request, CancellationToken cancellationToken = default);

    /// <summary>Resumes every instance waiting for <paramref name="signal"/> with <paramref name="correlationKey"/>; returns how many resumed.</summary>
    Task<int> SignalAsync(string signal, string correlationKey, IReadOnlyDictionary<string, object?>? payload = null, CancellationToken cancellationToken = default);

    Task<WorkflowInstanceInfo> CancelAsync(Guid instanceId, string reason, CancellationToken cancellationToken = default);

    /// <summary>Administrator's alteration: closes whatever the instance waits for and continues at <paramref name="activityId"/>.</summary>
    Task<WorkflowInstanceInfo> MoveToActivityAsync(Guid instanceId, string activityId, string reason, CancellationToken cancellationToken = default);

    Task<WorkflowInstanceInfo> GetAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Instances of a correlation id (e.g. a dossier's id), newest first.</summary>
    Task<IReadOnlyList<WorkflowInstanceInfo>> FindByCorrelationAsync(string correlationId, CancellationToken cancellationToken = default);
}
