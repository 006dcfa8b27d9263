using System.Data.Common;
using System.Runtime.CompilerServices;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Workflows.Domain;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Workflows.Data;

/// <summary>
/// Rows of the engine's tables read back into the domain objects, as EF does it (private constructor and setters) but
/// without a query pipeline: <see cref="UnsafeAccessorAttribute"/> reaches the private members at the cost of a plain call.
/// The column lists are the order the readers expect; <see cref="WorkflowStore"/> selects them so.
/// </summary>
internal static class WorkflowRows
{
    public const string InstanceColumns =
        "id, definition_version_id, definition_id, definition_version, correlation_id, site_id, status, variables, join_state, journal_sequence, created_at, updated_at, finished_at";

    public const string TaskColumns =
        "id, instance_id, activity_id, title, process_role, unit_id, site_id, candidate_user_ids, outcomes, state, claimed_by_id, claimed_by_name, claimed_at, " +
        "created_at, due_at, allotted_minutes, completed_at, completed_by_id, completed_by_name, outcome, comment, form_data, used_minutes, timeliness";

    public const string BookmarkColumns = "id, instance_id, activity_id, kind, signal_name, correlation_key, due_at, created_at";

    public const string JournalColumns =
        "id, instance_id, sequence, at, kind, actor_id, actor_name, from_activity_id, from_activity_name, to_activity_ids, to_activity_names, outcome, " +
        "allotted_minutes, used_minutes, timeliness, comment";

    public const string IncidentColumns = "id, instance_id, activity_id, message, detail, at";

    /// <summary><paramref name="alias"/>.column for each column of a list (a join selects one table's columns).</summary>
    public static string Qualified(string columns, string alias) =>
        string.Join(", ", columns.Split(", ").Select(c => $"{alias}.{c}"));

    public static WorkflowInstance Instance(DbDataReader r)
    {
        var i = NewInstance();
        SetId(i, r.GetGuid(0));
        InstanceVersionId(i, r.GetGuid(1));
        InstanceDefinitionId(i, r.GetString(2));
        InstanceDefinitionVersion(i, r.GetInt32(3));
        InstanceCorrelationId(i, r.GetString(4));
        InstanceSiteId(i, NullableGuid(r, 5));
        InstanceStatus(i, Enum.Parse<WorkflowStatus>(r.GetString(6)));
        i.VariablesJson = r.GetString(7);
        i.JoinStateJson = NullableString(r, 8);
        InstanceJournalSequence(i, r.GetInt32(9));
        InstanceCreatedAt(i, r.GetFieldValue<DateTimeOffset>(10));
        InstanceUpdatedAt(i, r.GetFieldValue<DateTimeOffset>(11));
        InstanceFinishedAt(i, NullableInstant(r, 12));
        return i;
    }

    public static WorkflowTask Task(DbDataReader r)
    {
        var t = NewTask();
        SetId(t, r.GetGuid(0));
        TaskInstanceId(t, r.GetGuid(1));
        TaskActivityId(t, r.GetString(2));
        TaskTitle(t, r.GetString(3));
        TaskProcessRole(t, NullableString(r, 4));
        TaskUnitId(t, NullableGuid(r, 5));
        TaskSiteId(t, NullableGuid(r, 6));
        TaskCandidates(t, r.GetFieldValue<List<Guid>>(7));
        TaskOutcomes(t, r.GetFieldValue<List<string>>(8));
        TaskState(t, Enum.Parse<TaskState>(r.GetString(9)));
        TaskClaimedById(t, NullableGuid(r, 10));
        TaskClaimedByName(t, NullableString(r, 11));
        TaskClaimedAt(t, NullableInstant(r, 12));
        TaskCreatedAt(t, r.GetFieldValue<DateTimeOffset>(13));
        TaskDueAt(t, NullableInstant(r, 14));
        TaskAllottedMinutes(t, NullableInt(r, 15));
        TaskCompletedAt(t, NullableInstant(r, 16));
        TaskCompletedById(t, NullableGuid(r, 17));
        TaskCompletedByName(t, NullableString(r, 18));
        TaskOutcome(t, NullableString(r, 19));
        TaskComment(t, NullableString(r, 20));
        TaskFormData(t, NullableString(r, 21));
        TaskUsedMinutes(t, NullableInt(r, 22));
        TaskTimeliness(t, r.IsDBNull(23) ? null : Enum.Parse<Timeliness>(r.GetString(23)));
        return t;
    }

    public static WorkflowBookmark Bookmark(DbDataReader r)
    {
        var b = NewBookmark();
        SetId(b, r.GetGuid(0));
        BookmarkInstanceId(b, r.GetGuid(1));
        BookmarkActivityId(b, r.GetString(2));
        BookmarkKindOf(b, Enum.Parse<BookmarkKind>(r.GetString(3)));
        BookmarkSignalName(b, NullableString(r, 4));
        BookmarkCorrelationKey(b, NullableString(r, 5));
        BookmarkDueAt(b, NullableInstant(r, 6));
        BookmarkCreatedAt(b, r.GetFieldValue<DateTimeOffset>(7));
        return b;
    }

    private static Guid? NullableGuid(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetGuid(ordinal);
    private static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
    private static int? NullableInt(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetInt32(ordinal);
    private static DateTimeOffset? NullableInstant(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetFieldValue<DateTimeOffset>(ordinal);

    private static void SetId(Entity<Guid> entity, Guid value) => EntityAccess<Guid>.SetId(entity, value);

    /// <summary>A member of a generic type is reached through an accessor declared in a type with the same parameters.</summary>
    private static class EntityAccess<TKey>
        where TKey : notnull
    {
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Id")]
        public static extern void SetId(Entity<TKey> entity, TKey value);
    }

    // ---- WorkflowInstance
    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern WorkflowInstance NewInstance();
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_DefinitionVersionId")]
    private static extern void InstanceVersionId(WorkflowInstance i, Guid value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_DefinitionId")]
    private static extern void InstanceDefinitionId(WorkflowInstance i, string value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_DefinitionVersion")]
    private static extern void InstanceDefinitionVersion(WorkflowInstance i, int value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CorrelationId")]
    private static extern void InstanceCorrelationId(WorkflowInstance i, string value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_SiteId")]
    private static extern void InstanceSiteId(WorkflowInstance i, Guid? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Status")]
    private static extern void InstanceStatus(WorkflowInstance i, WorkflowStatus value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_JournalSequence")]
    private static extern void InstanceJournalSequence(WorkflowInstance i, int value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CreatedAt")]
    private static extern void InstanceCreatedAt(WorkflowInstance i, DateTimeOffset value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_UpdatedAt")]
    private static extern void InstanceUpdatedAt(WorkflowInstance i, DateTimeOffset value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_FinishedAt")]
    private static extern void InstanceFinishedAt(WorkflowInstance i, DateTimeOffset? value);

    // ---- WorkflowTask
    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern WorkflowTask NewTask();
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_InstanceId")]
    private static extern void TaskInstanceId(WorkflowTask t, Guid value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ActivityId")]
    private static extern void TaskActivityId(WorkflowTask t, string value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Title")]
    private static extern void TaskTitle(WorkflowTask t, string value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ProcessRole")]
    private static extern void TaskProcessRole(WorkflowTask t, string? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_UnitId")]
    private static extern void TaskUnitId(WorkflowTask t, Guid? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_SiteId")]
    private static extern void TaskSiteId(WorkflowTask t, Guid? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CandidateUserIds")]
    private static extern void TaskCandidates(WorkflowTask t, List<Guid> value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Outcomes")]
    private static extern void TaskOutcomes(WorkflowTask t, List<string> value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_State")]
    private static extern void TaskState(WorkflowTask t, TaskState value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ClaimedById")]
    private static extern void TaskClaimedById(WorkflowTask t, Guid? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ClaimedByName")]
    private static extern void TaskClaimedByName(WorkflowTask t, string? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ClaimedAt")]
    private static extern void TaskClaimedAt(WorkflowTask t, DateTimeOffset? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CreatedAt")]
    private static extern void TaskCreatedAt(WorkflowTask t, DateTimeOffset value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_DueAt")]
    private static extern void TaskDueAt(WorkflowTask t, DateTimeOffset? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_AllottedMinutes")]
    private static extern void TaskAllottedMinutes(WorkflowTask t, int? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CompletedAt")]
    private static extern void TaskCompletedAt(WorkflowTask t, DateTimeOffset? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CompletedById")]
    private static extern void TaskCompletedById(WorkflowTask t, Guid? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CompletedByName")]
    private static extern void TaskCompletedByName(WorkflowTask t, string? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Outcome")]
    private static extern void TaskOutcome(WorkflowTask t, string? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Comment")]
    private static extern void TaskComment(WorkflowTask t, string? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_FormDataJson")]
    private static extern void TaskFormData(WorkflowTask t, string? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_UsedMinutes")]
    private static extern void TaskUsedMinutes(WorkflowTask t, int? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Timeliness")]
    private static extern void TaskTimeliness(WorkflowTask t, Timeliness? value);

    // ---- WorkflowBookmark
    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern WorkflowBookmark NewBookmark();
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_InstanceId")]
    private static extern void BookmarkInstanceId(WorkflowBookmark b, Guid value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ActivityId")]
    private static extern void BookmarkActivityId(WorkflowBookmark b, string value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Kind")]
    private static extern void BookmarkKindOf(WorkflowBookmark b, BookmarkKind value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_SignalName")]
    private static extern void BookmarkSignalName(WorkflowBookmark b, string? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CorrelationKey")]
    private static extern void BookmarkCorrelationKey(WorkflowBookmark b, string? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_DueAt")]
    private static extern void BookmarkDueAt(WorkflowBookmark b, DateTimeOffset? value);
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CreatedAt")]
    private static extern void BookmarkCreatedAt(WorkflowBookmark b, DateTimeOffset value);
}
