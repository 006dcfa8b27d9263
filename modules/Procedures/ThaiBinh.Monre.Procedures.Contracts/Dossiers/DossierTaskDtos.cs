using System.Text.Json;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Procedures.Dossiers;

/// <summary>
/// A task of the dossier's flow that the current user may act on (claimed by them, assigned to them, or offered to them and
/// not yet claimed: <see cref="MustClaim"/>), as the dossier page shows it: the step, its time and its allowed outcomes.
/// When the step names the appraiser (<see cref="Workflow.ProceduresWorkflow.Variables.AppraiserId"/> among its form fields),
/// <see cref="AppraiserChoices"/> lists who can appraise in the task's unit today.
/// </summary>
public sealed record DossierTaskDto(
    Guid Id, string ActivityId, string StepName, string Title, TaskState State, bool MustClaim, string? ClaimedByName,
    IReadOnlyList<string> Outcomes, IReadOnlyList<string> FormFields,
    DateTimeOffset CreatedAt, DateTimeOffset? DueAt, int? AllottedMinutes, int? RemainingWorkingMinutes,
    IReadOnlyList<DossierPersonChoiceDto> AppraiserChoices);

/// <summary>A person a form field may name: the account id to send, and the name to show.</summary>
public sealed record DossierPersonChoiceDto(Guid UserId, string FullName, string UserName);

/// <summary>Body of <c>POST /api/dossiers/{id}/tasks/{taskId}/complete</c>: the outcome, a comment, the step's declared form fields.</summary>
public sealed record CompleteDossierTaskRequest(string? Outcome, string? Comment = null, IReadOnlyDictionary<string, JsonElement>? FormData = null);

/// <summary>Where the dossier went: its status now, the step(s) its flow waits at and who they are offered to (or the flow ended).</summary>
public sealed record DossierTaskCompletedDto(
    Guid DossierId, string StepName, string Outcome, DossierStatus Status, bool FlowEnded, IReadOnlyList<DossierNextStepDto> NextSteps);

/// <summary>A step the flow now waits at; <see cref="Assignees"/>: the people it is offered to (empty for a wait on the desk or a timer).</summary>
public sealed record DossierNextStepDto(string ActivityId, string StepName, IReadOnlyList<string> Assignees);
