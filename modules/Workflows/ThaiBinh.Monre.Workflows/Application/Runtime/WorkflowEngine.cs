using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Kernel.Events;
using ThaiBinh.Monre.Staff;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Workflows.Application.Definitions;
using ThaiBinh.Monre.Workflows.Data;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Domain;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Workflows.Application.Runtime;

/// <summary>
/// The engine: runs an instance from where it stands until every path is blocked (a human task, a timer, a signal) or it
/// ends, writing the instance, its tasks, bookmarks and one journal row into the caller's unit of work. The instance row
/// is locked (<c>FOR UPDATE</c>) before anything is resumed, so two resumptions of one instance never interleave and a
/// bookmark is consumed once. Reads and writes go through <see cref="WorkflowStore"/> (plain SQL, one batch of writes per
/// operation, sent before the operation returns); the instance's domain events go to the unit of work.
/// </summary>
public sealed class WorkflowEngine(
    WorkflowStore store,
    IUnitOfWork unitOfWork,
    DefinitionCache definitions,
    ActivityRegistry registry,
    WorkflowExpressions expressions,
    IWorkingCalendar calendar,
    ICurrentUser currentUser,
    TimeProvider clock,
    WorkflowTimerScheduler timerScheduler,
    IServiceProvider services,
    ILogger<WorkflowEngine> logger) : IWorkflowRuntime
{
    /// <summary>Guards against a runaway flow (validation refuses loops without a blocking activity; this catches the rest).</summary>
    private const int MaxStepsPerBurst = 1000;

    private WorkflowsDbContext? _db;

    /// <summary>For the read-only API (info, by correlation): the running paths never need a DbContext.</summary>
    private WorkflowsDbContext Db => _db ??= services.GetRequiredService<WorkflowsDbContext>();

    public async Task<WorkflowInstanceInfo> StartAsync(StartWorkflow request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.CorrelationId))
            throw new BusinessException(KernelErrorCodes.Validation, "Workflows:CorrelationRequired") { StatusCode = 422 };
        // Only the version's id: the document comes from the cache (parsed once), not with every start.
        var version = await store.FindVersionAsync(request.DefinitionId, request.Version, cancellationToken)
            ?? throw new BusinessException(WorkflowErrorCodes.DefinitionNotPublished, "Workflows:NothingPublished", request.DefinitionId) { StatusCode = 422 };
        var definition = await DefinitionAsync(version.Id, cancellationToken);
        var start = definition.Start
            ?? throw new BusinessException(WorkflowErrorCodes.DefinitionInvalid, "Workflows:NoStart", request.DefinitionId) { StatusCode = 422 };

        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var variable in definition.Document.Variables)
            variables[variable.Name] = variable.Default is { } d ? VariableBag.Normalize(d) : null;
        if (request.Input is not null)
            foreach (var (name, value) in request.Input) variables[name] = VariableBag.Normalize(value);

        var now = clock.GetUtcNow();
        var instance = new WorkflowInstance(definition.VersionId, version.DefinitionId, definition.Version, request.CorrelationId.Trim(), request.SiteId, "{}", now);
        store.Add(instance);
        unitOfWork.RaiseEventsOf(instance);
        var scope = new ExecutionScope(instance, definition, variables) { ExistingTasks = [], ExistingBookmarks = [] };
        var journal = NewJournal(instance, JournalKind.Started, now);
        journal.ActorId = currentUser.Id;
        journal.ActorName = ActorName;
        journal.FromActivityId = start.Id;
        journal.FromActivityName = start.DisplayName;
        scope.Queue.Enqueue((start.Id, null));
        await RunAsync(scope, journal, cancellationToken);
        return Info(scope);
    }

    public async Task<WorkflowInstanceInfo> CompleteTaskAsync(Guid taskId, CompleteTask request, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.Id ?? throw new BusinessException(KernelErrorCodes.Unauthenticated, "Kernel:Unauthenticated") { StatusCode = 401 };
        WorkflowTask.EnsureCommentFits(request.Comment);
        var (instance, task) = await store.LockTaskAsync(taskId, cancellationToken)
            ?? throw new BusinessException(WorkflowErrorCodes.TaskNotFound, "Workflows:TaskNotFound") { StatusCode = 404 };
        unitOfWork.RaiseEventsOf(instance);
        task.EnsureCompletableBy(userId, request.Outcome);
        EnsureActive(instance);

        var now = clock.GetUtcNow();
        var used = await calendar.WorkingTimeBetweenAsync(task.CreatedAt, now, task.SiteId, cancellationToken);
        var timeliness = await TimelinessAsync(task.DueAt, now, task.SiteId, cancellationToken);
        var userName = ActorName;
        task.Complete(userId, userName, request.Outcome, request.Comment, request.FormData, now, (int)Math.Round(used.TotalMinutes), timeliness);
        store.Closed(task);
        var definition = await DefinitionAsync(instance.DefinitionVersionId, cancellationToken);
        instance.Raise(new WorkflowTaskCompleted(task.Id, instance.Id, instance.DefinitionId, instance.CorrelationId, task.ActivityId,
            request.Outcome, userId, timeliness, userName, definition.Find(task.ActivityId)?.DisplayName ?? task.ActivityId, task.Comment));

        var variables = VariableBag.Parse(instance.VariablesJson);
        variables["lastOutcome"] = request.Outcome;
        // Only the fields the step declares become variables: a user cannot overwrite the flow's own (unitId, …).
        var declared = definition.Find(task.ActivityId)?.StringListProperty("formFields") ?? [];
        if (request.FormData is not null)
            foreach (var (name, value) in request.FormData.Where(f => declared.Contains(f.Key))) variables[name] = VariableBag.Normalize(value);
        var scope = new ExecutionScope(instance, definition, variables);
        scope.Closed.Add(task.Id);

        var journal = NewJournal(instance, JournalKind.TaskCompleted, now);
        journal.ActorId = userId;
        journal.ActorName = userName;
        journal.FromActivityId = task.ActivityId;
        journal.FromActivityName = definition.Find(task.ActivityId)?.DisplayName ?? task.ActivityId;
        journal.Outcome = request.Outcome;
        journal.Comment = task.Comment;
        journal.AllottedMinutes = task.AllottedMinutes;
        journal.UsedMinutes = task.UsedMinutes;
        journal.Timeliness = timeliness;
        Continue(scope, task.ActivityId, request.Outcome);
        await RunAsync(scope, journal, cancellationToken);
        return Info(scope);
    }

    public async Task<int> SignalAsync(string signal, string correlationKey, IReadOnlyDictionary<string, object?>? payload = null, CancellationToken cancellationToken = default)
    {
        var waiting = await store.SignalBookmarksAsync(signal, correlationKey, cancellationToken);
        var resumed = 0;
        foreach (var instanceId in waiting.Select(w => w.InstanceId).Distinct())
        {
            var instance = await LockInstanceAsync(instanceId, cancellationToken);
            if (instance is null || !instance.IsActive) continue;
            // Re-read under the lock: another resumption may have consumed the bookmark meanwhile.
            var bookmarks = (await store.BookmarksAsync(instanceId, cancellationToken))
                .Where(b => b.Kind == BookmarkKind.Signal && b.SignalName == signal && b.CorrelationKey == correlationKey).ToList();
            if (bookmarks.Count == 0) continue;
            var definition = await DefinitionAsync(instance.DefinitionVersionId, cancellationToken);
            var scope = new ExecutionScope(instance, definition, VariableBag.Parse(instance.VariablesJson));
            var now = clock.GetUtcNow();
            var journal = NewJournal(instance, JournalKind.SignalReceived, now);
            journal.ActorId = currentUser.Id;
            journal.ActorName = ActorName;
            journal.Outcome = signal;
            foreach (var bookmark in bookmarks)
            {
                store.Remove(bookmark);
                scope.Closed.Add(bookmark.Id);
                var activity = definition.Find(bookmark.ActivityId);
                journal.FromActivityId ??= bookmark.ActivityId;
                journal.FromActivityName ??= activity?.DisplayName;
                if (activity?.StringProperty("resultVariable") is { Length: > 0 } resultVariable)
                    scope.Variables[resultVariable] = VariableBag.Normalize(payload);
                Continue(scope, bookmark.ActivityId, ActivityTypes.Done);
            }
            await RunAsync(scope, journal, cancellationToken);
            resumed++;
        }
        return resumed;
    }

    /// <summary>Fires one timer bookmark if it is still there (another host may have fired it): true when it fired.</summary>
    internal async Task<bool> FireTimerAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        var instanceId = (await store.BookmarkAsync(bookmarkId, cancellationToken))?.InstanceId;
        if (instanceId is null) return false;
        var instance = await LockInstanceAsync(instanceId.Value, cancellationToken);
        // Re-read under the lock: another host may have fired it meanwhile.
        var bookmark = await store.BookmarkAsync(bookmarkId, cancellationToken);
        if (instance is null || bookmark is null || !instance.IsActive) return false;
        var now = clock.GetUtcNow();
        if (bookmark.DueAt > now) return false;
        store.Remove(bookmark);
        var definition = await DefinitionAsync(instance.DefinitionVersionId, cancellationToken);
        var scope = new ExecutionScope(instance, definition, VariableBag.Parse(instance.VariablesJson));
        scope.Closed.Add(bookmark.Id);
        var journal = NewJournal(instance, JournalKind.TimerFired, now);
        journal.FromActivityId = bookmark.ActivityId;
        journal.FromActivityName = definition.Find(bookmark.ActivityId)?.DisplayName;
        Continue(scope, bookmark.ActivityId, ActivityTypes.Done);
        await RunAsync(scope, journal, cancellationToken);
        return true;
    }

    public async Task<WorkflowInstanceInfo> CancelAsync(Guid instanceId, string reason, CancellationToken cancellationToken = default)
    {
        RequireReason(reason);
        var instance = await LockInstanceAsync(instanceId, cancellationToken) ?? throw InstanceNotFound(instanceId);
        EnsureActive(instance);
        var definition = await DefinitionAsync(instance.DefinitionVersionId, cancellationToken);
        var scope = new ExecutionScope(instance, definition, VariableBag.Parse(instance.VariablesJson));
        var now = clock.GetUtcNow();
        var blockedAt = await CloseEverythingAsync(scope, now, cancellationToken);
        var journal = NewJournal(instance, JournalKind.Cancelled, now);
        journal.ActorId = currentUser.Id;
        journal.ActorName = ActorName;
        journal.FromActivityId = blockedAt.Count > 0 ? blockedAt[0] : null;
        journal.FromActivityName = Names(definition, blockedAt);
        journal.Comment = reason.Trim();
        store.Add(journal);
        instance.JoinStateJson = null;
        instance.SetStatus(WorkflowStatus.Cancelled, now);
        instance.Raise(new WorkflowInstanceEnded(instance.Id, instance.DefinitionId, instance.CorrelationId, WorkflowStatus.Cancelled));
        store.Update(instance);
        await store.FlushAsync(cancellationToken);
        return Info(scope);
    }

    public async Task<WorkflowInstanceInfo> MoveToActivityAsync(Guid instanceId, string activityId, string reason, CancellationToken cancellationToken = default)
    {
        RequireReason(reason);
        var instance = await LockInstanceAsync(instanceId, cancellationToken) ?? throw InstanceNotFound(instanceId);
        if (instance.Status == WorkflowStatus.Cancelled)
            throw new BusinessException(WorkflowErrorCodes.InstanceNotActive, "Workflows:InstanceNotActive", StatusName(instance.Status)) { StatusCode = 409 };
        var definition = await DefinitionAsync(instance.DefinitionVersionId, cancellationToken);
        var target = definition.Find(activityId)
            ?? throw new BusinessException(WorkflowErrorCodes.UnknownActivity, "Workflows:UnknownActivity", activityId) { StatusCode = 422 };
        var scope = new ExecutionScope(instance, definition, VariableBag.Parse(instance.VariablesJson));
        var now = clock.GetUtcNow();
        var blockedAt = await CloseEverythingAsync(scope, now, cancellationToken);
        scope.Joins.Clear();
        instance.SetStatus(WorkflowStatus.Running, now);
        var journal = NewJournal(instance, JournalKind.Moved, now);
        journal.ActorId = currentUser.Id;
        journal.ActorName = ActorName;
        journal.FromActivityId = blockedAt.Count > 0 ? blockedAt[0] : null;
        journal.FromActivityName = Names(definition, blockedAt);
        journal.Comment = reason.Trim();
        scope.Queue.Enqueue((target.Id, null));
        await RunAsync(scope, journal, cancellationToken);
        return Info(scope);
    }

    public async Task<WorkflowInstanceInfo> GetAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await Db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken) ?? throw InstanceNotFound(instanceId);
        return await InfoAsync(instance, cancellationToken);
    }

    public async Task<IReadOnlyList<WorkflowInstanceInfo>> FindByCorrelationAsync(string correlationId, CancellationToken cancellationToken = default)
    {
        var instances = await Db.Instances.AsNoTracking().Where(i => i.CorrelationId == correlationId)
            .OrderByDescending(i => i.CreatedAt).ToListAsync(cancellationToken);
        var result = new List<WorkflowInstanceInfo>();
        foreach (var instance in instances) result.Add(await InfoAsync(instance, cancellationToken));
        return result;
    }

    // ---- execution ---------------------------------------------------------------------------------------------------

    private async Task RunAsync(ExecutionScope scope, JournalEntry journal, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        while (scope.Queue.Count > 0 && !scope.Ended && !scope.Faulted)
        {
            var (activityId, from) = scope.Queue.Dequeue();
            var activity = scope.Definition.Find(activityId);
            if (activity is null)
            {
                Fault(scope, activityId, $"Hoạt động '{activityId}' không có trong định nghĩa.", null, now);
                break;
            }
            if (++scope.Steps > MaxStepsPerBurst)
            {
                Fault(scope, activityId, $"Luồng chạy quá {MaxStepsPerBurst} bước mà không dừng ở việc nào (vòng lặp?).", null, now);
                break;
            }
            try
            {
                await ExecuteAsync(scope, activity, from, now, cancellationToken);
            }
            catch (Exception ex) when (ex is WorkflowExpressionException or WorkflowFaultException
                                          || (ex is not (DbException or DbUpdateException or OperationCanceledException) && registry.ImplementationOf(activity.Type) is not null))
            {
                logger.LogWarning(ex, "Workflow instance {InstanceId} faulted at {ActivityId}", scope.Instance.Id, activity.Id);
                Fault(scope, activity.Id, ex is WorkflowFaultException ? ex.Message : $"{activity.DisplayName}: {ex.Message}", ex.ToString(), now);
            }
        }
        await FinishBurstAsync(scope, journal, now, cancellationToken);
    }

    private async Task ExecuteAsync(ExecutionScope scope, ActivityNode activity, string? from, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var instance = scope.Instance;
        instance.Raise(new WorkflowActivityEntered(instance.Id, instance.DefinitionId, instance.CorrelationId, activity.Id, activity.Type));
        switch (activity.Type)
        {
            case ActivityTypes.Start:
                Continue(scope, activity.Id, ActivityTypes.Done);
                break;
            case ActivityTypes.SetVariable:
                SetVariable(scope, activity);
                Continue(scope, activity.Id, ActivityTypes.Done);
                break;
            case ActivityTypes.HumanTask:
                await CreateTaskAsync(scope, activity, now, cancellationToken);
                break;
            case ActivityTypes.Decision:
                var condition = activity.StringProperty("condition") ?? "false";
                Continue(scope, activity.Id, expressions.EvaluateCondition(condition, scope.Variables) ? "true" : "false");
                break;
            case ActivityTypes.Fork:
                foreach (var branch in activity.StringListProperty("branches")) Continue(scope, activity.Id, branch);
                break;
            case ActivityTypes.Join:
                await JoinAsync(scope, activity, from, now, cancellationToken);
                break;
            case ActivityTypes.Timer:
                var dueAt = await TimerDueAsync(scope, activity, now, cancellationToken);
                AddBookmark(scope, WorkflowBookmark.Timer(instance.Id, activity.Id, dueAt, now));
                break;
            case ActivityTypes.WaitForSignal:
                var key = activity.StringProperty("correlationKey") is { Length: > 0 } keyExpression
                    ? Convert.ToString(expressions.Evaluate(keyExpression, scope.Variables), CultureInfo.InvariantCulture) ?? instance.CorrelationId
                    : instance.CorrelationId;
                AddBookmark(scope, WorkflowBookmark.Signal(instance.Id, activity.Id, activity.StringProperty("signal") ?? "", key, now));
                break;
            case ActivityTypes.Notify:
                await NotifyAsync(scope, activity, now, cancellationToken);
                Continue(scope, activity.Id, ActivityTypes.Done);
                break;
            case ActivityTypes.End:
                scope.Reached.Add(activity.Id);
                scope.Ended = true;
                await CloseEverythingAsync(scope, now, cancellationToken);
                break;
            default:
                await RunContributedAsync(scope, activity, now, cancellationToken);
                break;
        }
    }

    private void SetVariable(ExecutionScope scope, ActivityNode activity)
    {
        var name = activity.StringProperty("variable") ?? throw new WorkflowFaultException($"{activity.DisplayName}: thiếu tên biến.");
        scope.Variables[name] = VariableBag.Normalize(expressions.Evaluate(activity.StringProperty("value") ?? "null", scope.Variables));
    }

    private async Task CreateTaskAsync(ExecutionScope scope, ActivityNode activity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var instance = scope.Instance;
        var title = expressions.Render(activity.StringProperty("title") ?? activity.DisplayName, scope.Variables);
        var role = activity.StringProperty("role");
        var (candidates, unitId) = await ResolvePeopleAsync(scope, activity, now, cancellationToken);
        if (candidates.Count == 0)
        {
            throw new WorkflowFaultException(role is null
                ? $"{activity.DisplayName}: không có tài khoản nào được giao."
                : $"{activity.DisplayName}: không có cán bộ nào giữ vai trò '{role}' tại đơn vị được chỉ định.");
        }
        var siteId = unitId ?? instance.SiteId;
        DateTimeOffset? dueAt = null;
        int? allotted = null;
        if (DurationHoursOf(scope, activity) is { } hours && hours > 0)
        {
            dueAt = await calendar.AddAsync(now, hours, DurationUnit.WorkingHours, siteId, cancellationToken);
            allotted = (int)Math.Round(hours * 60);
        }
        var task = new WorkflowTask(instance.Id, activity.Id, Truncate(title, 500), role, unitId, siteId, candidates,
            activity.StringListProperty("outcomes"), now, dueAt, allotted);
        store.Add(task);
        scope.NewTasks.Add(task);
        scope.Reached.Add(activity.Id);
        instance.Raise(new WorkflowTaskCreated(task.Id, instance.Id, instance.DefinitionId, instance.CorrelationId, activity.Id, dueAt,
            candidates, task.Title));
    }

    /// <summary>The channel variable the dossier flows start with; an online submission may have its own allotment.</summary>
    private const string DefaultOnlineCondition = "channel == \"Online\"";

    /// <summary><c>onlineDurationHours</c> when the instance is an online submission (<c>onlineCondition</c>), else <c>durationHours</c>.</summary>
    private decimal? DurationHoursOf(ExecutionScope scope, ActivityNode activity) =>
        activity.NumberProperty("onlineDurationHours") is { } online && online > 0
        && expressions.EvaluateCondition(activity.StringProperty("onlineCondition") is { Length: > 0 } c ? c : DefaultOnlineCondition, scope.Variables)
            ? online
            : activity.NumberProperty("durationHours");

    /// <summary>Explicit users (property or variable), else the role in the unit resolved through Staff.</summary>
    private async Task<(IReadOnlyList<Guid> Users, Guid? UnitId)> ResolvePeopleAsync(ExecutionScope scope, ActivityNode activity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var explicitUsers = new List<Guid>();
        foreach (var text in activity.StringListProperty("assignees"))
            if (Guid.TryParse(text, out var id)) explicitUsers.Add(id);
        if (activity.StringProperty("assigneeVariable") is { Length: > 0 } variable && scope.Variables.GetValueOrDefault(variable) is { } value)
        {
            var values = value is IEnumerable<object?> list ? list : [value];
            foreach (var item in values)
                if (Guid.TryParse(Convert.ToString(item, CultureInfo.InvariantCulture), out var id)) explicitUsers.Add(id);
        }
        var selector = UnitSelectorOf(scope, activity);
        var unitId = (selector as UnitSelector.Specific)?.UnitId;
        if (explicitUsers.Count > 0) return (explicitUsers.Distinct().ToList(), unitId);
        if (activity.StringProperty("role") is not { Length: > 0 } role || selector is null) return ([], unitId);
        // Resolved here, not injected: the resolver brings Staff's DbContext, which explicit assignees never need.
        var resolved = await services.GetRequiredService<IAssigneeResolver>().ResolveAsync(new AssigneeQuery(role, selector, now), cancellationToken);
        return (resolved.Select(a => a.UserId).Distinct().ToList(), unitId ?? (resolved.Count > 0 ? resolved[0].UnitId : null));
    }

    private UnitSelector? UnitSelectorOf(ExecutionScope scope, ActivityNode activity)
    {
        if (activity.Property("unit") is not { ValueKind: JsonValueKind.Object } unit) return null;
        if (unit.TryGetProperty("unitId", out var idElement) && Guid.TryParse(idElement.GetString(), out var unitId))
            return new UnitSelector.Specific(unitId);
        if (unit.TryGetProperty("variable", out var variableElement) && variableElement.GetString() is { } variable)
            return new UnitSelector.Specific(UnitIdIn(scope, activity, variable));
        // {"districtAgencyOf": "receptionUnitId"}: the district agency of the desk that received the dossier (Staff resolves it).
        if (unit.TryGetProperty("districtAgencyOf", out var deskElement) && deskElement.GetString() is { } deskVariable)
            return new UnitSelector.DistrictAgencyOf(UnitIdIn(scope, activity, deskVariable));
        if (unit.TryGetProperty("field", out var fieldElement) && fieldElement.GetString() is { Length: > 0 } field)
        {
            // {"field": "{{ field }}"}: one definition serves every field (the dossier flows pass the procedure's field).
            if (field.Contains("{{", StringComparison.Ordinal)) field = expressions.Render(field, scope.Variables).Trim();
            return new UnitSelector.ResponsibleForField(field);
        }
        return null;
    }

    private static Guid UnitIdIn(ExecutionScope scope, ActivityNode activity, string variable) =>
        Guid.TryParse(Convert.ToString(scope.Variables.GetValueOrDefault(variable), CultureInfo.InvariantCulture), out var unitId)
            ? unitId
            : throw new WorkflowFaultException($"{activity.DisplayName}: biến '{variable}' không chứa mã đơn vị hợp lệ.");

    private async Task JoinAsync(ExecutionScope scope, ActivityNode activity, string? from, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var mode = activity.StringProperty("mode") ?? "all";
        if (string.Equals(mode, "any", StringComparison.OrdinalIgnoreCase))
        {
            // First branch through wins; whatever the other branches still wait for is closed, queued work dropped.
            var branches = scope.Definition.ActivitiesReaching(activity.Id);
            var pending = scope.Queue.Where(q => !branches.Contains(q.ActivityId)).ToList();
            scope.Queue.Clear();
            foreach (var item in pending) scope.Queue.Enqueue(item);
            await CloseAsync(scope, t => branches.Contains(t), now, cancellationToken);
            scope.Joins.Remove(activity.Id);
            Continue(scope, activity.Id, ActivityTypes.Done);
            return;
        }
        var arrived = scope.Joins.TryGetValue(activity.Id, out var set) ? set : scope.Joins[activity.Id] = [];
        arrived.Add(from ?? "");
        if (!scope.Definition.InboundSources(activity.Id).All(arrived.Contains)) return;
        scope.Joins.Remove(activity.Id);
        Continue(scope, activity.Id, ActivityTypes.Done);
    }

    private async Task<DateTimeOffset> TimerDueAsync(ExecutionScope scope, ActivityNode activity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (activity.StringProperty("at") is { Length: > 0 } atExpression)
        {
            var value = expressions.Evaluate(atExpression, scope.Variables);
            return value switch
            {
                DateTimeOffset instant => instant.ToUniversalTime(),
                DateTime dateTime => new DateTimeOffset(dateTime).ToUniversalTime(),
                _ when ParseInstant(Convert.ToString(value, CultureInfo.InvariantCulture)) is { } parsed => parsed,
                _ => throw new WorkflowFaultException($"{activity.DisplayName}: '{atExpression}' không cho ra một thời điểm."),
            };
        }
        var amount = activity.NumberProperty("amount") ?? throw new WorkflowFaultException($"{activity.DisplayName}: thiếu thời gian chờ.");
        return (activity.StringProperty("unit") ?? "Minutes") switch
        {
            "Minutes" => now.AddMinutes((double)amount),
            "Hours" => now.AddHours((double)amount),
            "Days" => now.AddDays((double)amount),
            "WorkingHours" => await calendar.AddAsync(now, amount, DurationUnit.WorkingHours, scope.Instance.SiteId, cancellationToken),
            "WorkingDays" => await calendar.AddAsync(now, amount, DurationUnit.WorkingDays, scope.Instance.SiteId, cancellationToken),
            var unit => throw new WorkflowFaultException($"{activity.DisplayName}: đơn vị thời gian '{unit}' không hợp lệ."),
        };
    }

    /// <summary>An ISO instant; without an offset it is Vietnam wall-clock time (UTC+7), as people write it.</summary>
    private static DateTimeOffset? ParseInstant(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) && HasOffset(text))
            return withOffset.ToUniversalTime();
        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromHours(7)).ToUniversalTime()
            : null;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d{2}:?\d{2}$");

    private void AddBookmark(ExecutionScope scope, WorkflowBookmark bookmark)
    {
        store.Add(bookmark);
        scope.NewBookmarks.Add(bookmark);
        scope.Reached.Add(bookmark.ActivityId);
    }

    private async Task NotifyAsync(ExecutionScope scope, ActivityNode activity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (recipients, _) = await ResolvePeopleAsync(scope, activity, now, cancellationToken);
        var subject = expressions.Render(activity.StringProperty("subject") ?? "", scope.Variables);
        var body = activity.StringProperty("body") is { } text ? expressions.Render(text, scope.Variables) : null;
        var instance = scope.Instance;
        // Resolved here, not injected, like the assignee resolver: the outbox brings the kernel's DbContext.
        await services.GetRequiredService<IOutbox>().EnqueueAsync(new WorkflowNotification(instance.Id, instance.DefinitionId, instance.CorrelationId, activity.Id,
            recipients, subject, body), cancellationToken);
    }

    private async Task RunContributedAsync(ExecutionScope scope, ActivityNode activity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var type = registry.ImplementationOf(activity.Type)
            ?? throw new WorkflowFaultException($"Loại hoạt động '{activity.Type}' không được hỗ trợ.");
        var implementation = (IWorkflowActivity)services.GetRequiredService(type);
        var instance = scope.Instance;
        var context = new ActivityExecutionContext(instance.Id, instance.DefinitionId, instance.CorrelationId, activity, scope.Variables, services);
        switch (await implementation.ExecuteAsync(context, cancellationToken))
        {
            case ActivityResult.Outcome outcome:
                Continue(scope, activity.Id, outcome.Name);
                break;
            case ActivityResult.WaitForSignal wait:
                AddBookmark(scope, WorkflowBookmark.Signal(instance.Id, activity.Id, wait.Signal, wait.CorrelationKey, now));
                break;
        }
    }

    private static void Continue(ExecutionScope scope, string activityId, string outcome)
    {
        foreach (var target in scope.Definition.Next(activityId, outcome)) scope.Queue.Enqueue((target, activityId));
    }

    private void Fault(ExecutionScope scope, string? activityId, string message, string? detail, DateTimeOffset now)
    {
        scope.Faulted = true;
        store.Add(new WorkflowIncident(scope.Instance.Id, activityId, Truncate(message, 2000), detail, now));
    }

    /// <summary>Status, variables, join state and the one journal row of the burst.</summary>
    private async Task FinishBurstAsync(ExecutionScope scope, JournalEntry journal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var instance = scope.Instance;
        instance.VariablesJson = VariableBag.Serialize(scope.Variables);
        if (scope.JoinsTouched) instance.JoinStateJson = scope.Joins.Count == 0 ? null : JsonSerializer.Serialize(scope.Joins);

        // Know what else is open (other branches' tasks and waits): the status and the caller's info depend on it. A flow
        // without parallel branches holds one position at a time, so after a burst that reached a new wait there is
        // nothing else open and the two queries are skipped.
        var single = scope.Definition.IsSequential && (scope.NewTasks.Count + scope.NewBookmarks.Count) > 0;
        if (single)
        {
            scope.ExistingTasks ??= [];
            scope.ExistingBookmarks ??= [];
        }
        else
        {
            await LoadOpenAsync(scope, cancellationToken);
        }
        WorkflowStatus status;
        if (scope.Faulted) status = WorkflowStatus.Faulted;
        else if (scope.Ended) status = WorkflowStatus.Finished;
        else if (scope.NewTasks.Count > 0) status = WorkflowStatus.Running;
        else
        {
            var openTasks = scope.ExistingTasks!.Count(t => !scope.Closed.Contains(t.Id));
            var openBookmarks = scope.ExistingBookmarks!.Count(b => !scope.Closed.Contains(b.Id)) + scope.NewBookmarks.Count;
            status = openTasks > 0 ? WorkflowStatus.Running : openBookmarks > 0 ? WorkflowStatus.Suspended : WorkflowStatus.Finished;
        }
        instance.SetStatus(status, now);

        journal.ToActivityIds = [.. scope.Reached.Distinct()];
        journal.ToActivityNames = Truncate(Names(scope.Definition, journal.ToActivityIds) ?? "", 1000);
        store.Add(journal);
        store.Update(instance);

        if (status is WorkflowStatus.Finished or WorkflowStatus.Faulted)
            instance.Raise(new WorkflowInstanceEnded(instance.Id, instance.DefinitionId, instance.CorrelationId, status));
        foreach (var bookmark in scope.NewBookmarks.Where(b => b.Kind == BookmarkKind.Timer))
            timerScheduler.ScheduleAfterCommit(bookmark.Id, bookmark.DueAt!.Value);
        await store.FlushAsync(cancellationToken);
    }

    /// <summary>Closes every open task and bookmark of the instance; returns the activities it was waiting at.</summary>
    private async Task<IReadOnlyList<string>> CloseEverythingAsync(ExecutionScope scope, DateTimeOffset now, CancellationToken cancellationToken) =>
        await CloseAsync(scope, _ => true, now, cancellationToken);

    private async Task<IReadOnlyList<string>> CloseAsync(ExecutionScope scope, Func<string, bool> activityFilter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await LoadOpenAsync(scope, cancellationToken);
        var closedAt = new List<string>();
        foreach (var task in scope.ExistingTasks!.Concat(scope.NewTasks))
        {
            if (scope.Closed.Contains(task.Id) || !activityFilter(task.ActivityId)) continue;
            task.Cancel(now);
            store.Closed(task);
            scope.Closed.Add(task.Id);
            closedAt.Add(task.ActivityId);
        }
        foreach (var bookmark in scope.ExistingBookmarks!.Concat(scope.NewBookmarks).ToList())
        {
            if (scope.Closed.Contains(bookmark.Id) || !activityFilter(bookmark.ActivityId)) continue;
            store.Remove(bookmark);
            scope.NewBookmarks.Remove(bookmark);
            scope.Closed.Add(bookmark.Id);
            closedAt.Add(bookmark.ActivityId);
        }
        scope.NewTasks.RemoveAll(t => scope.Closed.Contains(t.Id));
        return closedAt.Distinct().ToList();
    }

    private async Task LoadOpenAsync(ExecutionScope scope, CancellationToken cancellationToken)
    {
        var id = scope.Instance.Id;
        // Rows as stored: what this burst added is written when it ends, so it is only in NewTasks / NewBookmarks.
        if (scope.ExistingTasks is not null && scope.ExistingBookmarks is not null) return;
        var (tasks, bookmarks) = await store.OpenAsync(id, cancellationToken);
        scope.ExistingTasks ??= tasks;
        scope.ExistingBookmarks ??= bookmarks;
    }

    private async Task<Timeliness> TimelinessAsync(DateTimeOffset? dueAt, DateTimeOffset now, Guid? siteId, CancellationToken cancellationToken)
    {
        if (dueAt is not { } due) return Timeliness.OnTime;
        if (now > due) return Timeliness.Late;
        var spare = await calendar.WorkingTimeBetweenAsync(now, due, siteId, cancellationToken);
        return spare >= TimeSpan.FromHours(1) ? Timeliness.Early : Timeliness.OnTime;
    }

    private async Task<WorkflowInstance?> LockInstanceAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var instance = await store.LockInstanceAsync(instanceId, cancellationToken);
        if (instance is not null) unitOfWork.RaiseEventsOf(instance);
        return instance;
    }

    private Task<CompiledDefinition> DefinitionAsync(Guid versionId, CancellationToken cancellationToken) =>
        definitions.GetAsync(services, versionId, cancellationToken);

    /// <summary>The acting user's full name (what the control sheet prints), else the account name; null for jobs.</summary>
    private string? ActorName => currentUser.Principal?.FindFirst(StaffClaimTypes.FullName)?.Value ?? currentUser.UserName;

    private JournalEntry NewJournal(WorkflowInstance instance, JournalKind kind, DateTimeOffset now) =>
        new(instance.Id, instance.NextJournalSequence(), now, kind);

    private static void EnsureActive(WorkflowInstance instance)
    {
        if (!instance.IsActive)
            throw new BusinessException(WorkflowErrorCodes.InstanceNotActive, "Workflows:InstanceNotActive", StatusName(instance.Status)) { StatusCode = 409 };
    }

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new BusinessException(WorkflowErrorCodes.ReasonRequired, "Workflows:ReasonRequired") { StatusCode = 422 };
        WorkflowTask.EnsureCommentFits(reason);
    }

    internal static string StatusName(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Running => "đang xử lý",
        WorkflowStatus.Suspended => "đang chờ",
        WorkflowStatus.Finished => "đã kết thúc",
        WorkflowStatus.Cancelled => "đã hủy",
        _ => "gặp sự cố",
    };

    private static BusinessException InstanceNotFound(Guid id) =>
        new(WorkflowErrorCodes.InstanceNotFound, "Workflows:InstanceNotFound", id) { StatusCode = 404 };

    private static string? Names(CompiledDefinition definition, IEnumerable<string> activityIds)
    {
        var names = activityIds.Select(id => definition.Find(id)?.DisplayName ?? id).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    private static WorkflowInstanceInfo Info(ExecutionScope scope)
    {
        var open = (scope.ExistingTasks ?? []).Concat(scope.NewTasks).Where(t => t.IsOpen && !scope.Closed.Contains(t.Id)).ToList();
        var blocked = open.Select(t => t.ActivityId)
            .Concat((scope.ExistingBookmarks ?? []).Concat(scope.NewBookmarks).Where(b => !scope.Closed.Contains(b.Id)).Select(b => b.ActivityId))
            .Distinct().ToList();
        var i = scope.Instance;
        return new WorkflowInstanceInfo(i.Id, i.DefinitionId, i.DefinitionVersion, i.CorrelationId, i.Status, open.Select(t => t.Id).ToList(), blocked);
    }

    private async Task<WorkflowInstanceInfo> InfoAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        var tasks = await Db.Tasks.AsNoTracking().Where(t => t.InstanceId == instance.Id && (t.State == TaskState.Open || t.State == TaskState.Claimed))
            .Select(t => new { t.Id, t.ActivityId }).ToListAsync(cancellationToken);
        var bookmarks = await Db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instance.Id).Select(b => b.ActivityId).ToListAsync(cancellationToken);
        return new WorkflowInstanceInfo(instance.Id, instance.DefinitionId, instance.DefinitionVersion, instance.CorrelationId, instance.Status,
            tasks.Select(t => t.Id).ToList(), tasks.Select(t => t.ActivityId).Concat(bookmarks).Distinct().ToList());
    }
}

/// <summary>A definition-level problem met while running (no one to assign, a bad variable): the instance faults with it.</summary>
public sealed class WorkflowFaultException(string message) : Exception(message);
