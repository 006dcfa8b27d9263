using Npgsql;
using NpgsqlTypes;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Workflows.Domain;

namespace ThaiBinh.Monre.Workflows.Data;

/// <summary>
/// The engine's reads and writes of instances, tasks, bookmarks, journal rows and incidents, in plain SQL on the unit of
/// work's connection and transaction (so all or nothing with the caller's own changes, as before). EF's change tracking and
/// update pipeline cost more CPU per transition than the rest of the engine together, and a transition's writes have a
/// fixed shape: changes are collected like EF's Add/Remove and <see cref="FlushAsync"/> sends them as one batch of
/// constant statements with positional parameters (nothing for Npgsql to rewrite; PostgreSQL can keep them prepared).
/// Reads materialise the same domain objects EF would (<see cref="WorkflowRows"/>), untracked: this store is their only writer
/// in the engine. Keep the column lists in step with the model (a test compares them with EF's mapping).
/// </summary>
public sealed class WorkflowStore(IUnitOfWork uow)
{
    internal const string InsertInstanceSql =
        $"INSERT INTO workflows.instances ({WorkflowRows.InstanceColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)";

    internal const string UpdateInstanceSql =
        "UPDATE workflows.instances SET status = $2, join_state = $3, journal_sequence = $4, updated_at = $5, finished_at = $6, variables = $7 WHERE id = $1";

    internal const string InsertTaskSql =
        $"INSERT INTO workflows.tasks ({WorkflowRows.TaskColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24)";

    /// <summary>What the engine changes on an existing task: it closes it (completed or cancelled).</summary>
    internal const string CloseTaskSql =
        "UPDATE workflows.tasks SET state = $2, completed_at = $3, completed_by_id = $4, completed_by_name = $5, outcome = $6, comment = $7, form_data = $8, " +
        "used_minutes = $9, timeliness = $10 WHERE id = $1";

    internal const string InsertBookmarkSql =
        $"INSERT INTO workflows.bookmarks ({WorkflowRows.BookmarkColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

    internal const string DeleteBookmarkSql = "DELETE FROM workflows.bookmarks WHERE id = $1";

    internal const string InsertJournalSql =
        $"INSERT INTO workflows.journal ({WorkflowRows.JournalColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)";

    internal const string InsertIncidentSql =
        $"INSERT INTO workflows.incidents ({WorkflowRows.IncidentColumns}) VALUES ($1, $2, $3, $4, $5, $6)";

    private static readonly string LockInstanceOfTaskSql =
        $"SELECT {WorkflowRows.Qualified(WorkflowRows.InstanceColumns, "i")} FROM workflows.instances i JOIN workflows.tasks t ON t.instance_id = i.id " +
        "WHERE t.id = $1 FOR UPDATE OF i";

    private const string TaskByIdSql = $"SELECT {WorkflowRows.TaskColumns} FROM workflows.tasks WHERE id = $1";
    private const string LockInstanceSql = $"SELECT {WorkflowRows.InstanceColumns} FROM workflows.instances WHERE id = $1 FOR UPDATE";
    private const string OpenTasksSql = $"SELECT {WorkflowRows.TaskColumns} FROM workflows.tasks WHERE instance_id = $1 AND state IN ('Open', 'Claimed')";
    private const string BookmarksSql = $"SELECT {WorkflowRows.BookmarkColumns} FROM workflows.bookmarks WHERE instance_id = $1";
    private const string BookmarkByIdSql = $"SELECT {WorkflowRows.BookmarkColumns} FROM workflows.bookmarks WHERE id = $1";

    private const string SignalBookmarksSql =
        $"SELECT {WorkflowRows.BookmarkColumns} FROM workflows.bookmarks WHERE kind = 'Signal' AND signal_name = $1 AND correlation_key = $2";

    private const string LatestPublishedSql =
        "SELECT id, definition_id FROM workflows.definitions WHERE definition_id = $1 AND state = 'Published' ORDER BY version_number DESC LIMIT 1";

    private const string VersionSql =
        "SELECT id, definition_id FROM workflows.definitions WHERE definition_id = $1 AND version_number = $2 AND state <> 'Draft'";

    private readonly List<WorkflowInstance> _newInstances = [];
    private readonly List<WorkflowInstance> _updatedInstances = [];
    private readonly List<WorkflowTask> _newTasks = [];
    private readonly List<WorkflowTask> _closedTasks = [];
    private readonly List<WorkflowBookmark> _newBookmarks = [];
    private readonly List<Guid> _deletedBookmarks = [];
    private readonly List<JournalEntry> _journal = [];
    private readonly List<WorkflowIncident> _incidents = [];

    // ---- reads ----------------------------------------------------------------------------------------------------------

    /// <summary>The published version to start: the given version (not a draft), else the latest published one.</summary>
    public async Task<(Guid Id, string DefinitionId)?> FindVersionAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        await using var command = Command(version is null ? LatestPublishedSql : VersionSql, Text(definitionId));
        if (version is { } number) command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = number });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetGuid(0), reader.GetString(1)) : null;
    }

    /// <summary>
    /// Locks the task's instance (<c>FOR UPDATE</c>) and then reads the task, in one round trip. The task is read by a second
    /// statement, so with a fresh snapshot taken once the lock is held: a completion that committed meanwhile is seen.
    /// </summary>
    public async Task<(WorkflowInstance Instance, WorkflowTask Task)?> LockTaskAsync(Guid taskId, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(uow.Connection, uow.Transaction)
        {
            BatchCommands = { Statement(LockInstanceOfTaskSql, Id(taskId)), Statement(TaskByIdSql, Id(taskId)) },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var instance = await reader.ReadAsync(cancellationToken) ? WorkflowRows.Instance(reader) : null;
        await reader.NextResultAsync(cancellationToken);
        var task = await reader.ReadAsync(cancellationToken) ? WorkflowRows.Task(reader) : null;
        return instance is null || task is null ? null : (instance, task);
    }

    public async Task<WorkflowInstance?> LockInstanceAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var command = Command(LockInstanceSql, Id(instanceId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? WorkflowRows.Instance(reader) : null;
    }

    /// <summary>The instance's open tasks and its bookmarks, in one round trip.</summary>
    public async Task<(List<WorkflowTask> Tasks, List<WorkflowBookmark> Bookmarks)> OpenAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(uow.Connection, uow.Transaction)
        {
            BatchCommands = { Statement(OpenTasksSql, Id(instanceId)), Statement(BookmarksSql, Id(instanceId)) },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var tasks = new List<WorkflowTask>();
        while (await reader.ReadAsync(cancellationToken)) tasks.Add(WorkflowRows.Task(reader));
        await reader.NextResultAsync(cancellationToken);
        var bookmarks = new List<WorkflowBookmark>();
        while (await reader.ReadAsync(cancellationToken)) bookmarks.Add(WorkflowRows.Bookmark(reader));
        return (tasks, bookmarks);
    }

    public async Task<List<WorkflowBookmark>> BookmarksAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        await using var command = Command(BookmarksSql, Id(instanceId));
        return await ReadAllAsync(command, WorkflowRows.Bookmark, cancellationToken);
    }

    public async Task<WorkflowBookmark?> BookmarkAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        await using var command = Command(BookmarkByIdSql, Id(bookmarkId));
        return (await ReadAllAsync(command, WorkflowRows.Bookmark, cancellationToken)).SingleOrDefault();
    }

    public async Task<List<WorkflowBookmark>> SignalBookmarksAsync(string signal, string correlationKey, CancellationToken cancellationToken)
    {
        await using var command = Command(SignalBookmarksSql, Text(signal), Text(correlationKey));
        return await ReadAllAsync(command, WorkflowRows.Bookmark, cancellationToken);
    }

    // ---- changes --------------------------------------------------------------------------------------------------------

    public void Add(WorkflowInstance instance) => _newInstances.Add(instance);

    /// <summary>Writes the instance's state (status, variables, join state, journal sequence, times) with the next flush.</summary>
    public void Update(WorkflowInstance instance)
    {
        if (!_newInstances.Contains(instance) && !_updatedInstances.Contains(instance)) _updatedInstances.Add(instance);
    }

    public void Add(WorkflowTask task) => _newTasks.Add(task);

    /// <summary>A task the engine closed (completed or cancelled); a task added in this flush is written as it is anyway.</summary>
    public void Closed(WorkflowTask task)
    {
        if (!_newTasks.Contains(task) && !_closedTasks.Contains(task)) _closedTasks.Add(task);
    }

    public void Add(WorkflowBookmark bookmark) => _newBookmarks.Add(bookmark);

    public void Remove(WorkflowBookmark bookmark)
    {
        if (!_newBookmarks.Remove(bookmark)) _deletedBookmarks.Add(bookmark.Id);
    }

    public void Add(JournalEntry entry) => _journal.Add(entry);

    public void Add(WorkflowIncident incident) => _incidents.Add(incident);

    /// <summary>Sends every collected change in one batch, in the unit of work's transaction (nothing when there is none).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(uow.Connection, uow.Transaction);
        foreach (var i in _newInstances)
        {
            batch.BatchCommands.Add(Statement(InsertInstanceSql, Id(i.Id), Id(i.DefinitionVersionId), Text(i.DefinitionId), Int(i.DefinitionVersion),
                Text(i.CorrelationId), Id(i.SiteId), Text(i.Status.ToString()), Json(i.VariablesJson), Json(i.JoinStateJson), Int(i.JournalSequence),
                Instant(i.CreatedAt), Instant(i.UpdatedAt), Instant(i.FinishedAt)));
        }
        foreach (var i in _updatedInstances)
        {
            batch.BatchCommands.Add(Statement(UpdateInstanceSql, Id(i.Id), Text(i.Status.ToString()), Json(i.JoinStateJson), Int(i.JournalSequence),
                Instant(i.UpdatedAt), Instant(i.FinishedAt), Json(i.VariablesJson)));
        }
        foreach (var t in _newTasks)
        {
            batch.BatchCommands.Add(Statement(InsertTaskSql, Id(t.Id), Id(t.InstanceId), Text(t.ActivityId), Text(t.Title), Text(t.ProcessRole),
                Id(t.UnitId), Id(t.SiteId), Array(t.CandidateUserIds), Array(t.Outcomes), Text(t.State.ToString()), Id(t.ClaimedById),
                Text(t.ClaimedByName), Instant(t.ClaimedAt), Instant(t.CreatedAt), Instant(t.DueAt), Int(t.AllottedMinutes), Instant(t.CompletedAt),
                Id(t.CompletedById), Text(t.CompletedByName), Text(t.Outcome), Text(t.Comment), Json(t.FormDataJson), Int(t.UsedMinutes),
                Text(t.Timeliness?.ToString())));
        }
        foreach (var t in _closedTasks)
        {
            batch.BatchCommands.Add(Statement(CloseTaskSql, Id(t.Id), Text(t.State.ToString()), Instant(t.CompletedAt), Id(t.CompletedById),
                Text(t.CompletedByName), Text(t.Outcome), Text(t.Comment), Json(t.FormDataJson), Int(t.UsedMinutes), Text(t.Timeliness?.ToString())));
        }
        foreach (var id in _deletedBookmarks) batch.BatchCommands.Add(Statement(DeleteBookmarkSql, Id(id)));
        foreach (var b in _newBookmarks)
        {
            batch.BatchCommands.Add(Statement(InsertBookmarkSql, Id(b.Id), Id(b.InstanceId), Text(b.ActivityId), Text(b.Kind.ToString()),
                Text(b.SignalName), Text(b.CorrelationKey), Instant(b.DueAt), Instant(b.CreatedAt)));
        }
        foreach (var j in _journal)
        {
            batch.BatchCommands.Add(Statement(InsertJournalSql, Id(j.Id), Id(j.InstanceId), Int(j.Sequence), Instant(j.At), Text(j.Kind.ToString()),
                Id(j.ActorId), Text(j.ActorName), Text(j.FromActivityId), Text(j.FromActivityName), Array(j.ToActivityIds), Text(j.ToActivityNames),
                Text(j.Outcome), Int(j.AllottedMinutes), Int(j.UsedMinutes), Text(j.Timeliness?.ToString()), Text(j.Comment)));
        }
        foreach (var x in _incidents)
        {
            batch.BatchCommands.Add(Statement(InsertIncidentSql, Id(x.Id), Id(x.InstanceId), Text(x.ActivityId), Text(x.Message), Text(x.Detail), Instant(x.At)));
        }
        Clear();
        if (batch.BatchCommands.Count == 0) return;
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private void Clear()
    {
        _newInstances.Clear();
        _updatedInstances.Clear();
        _newTasks.Clear();
        _closedTasks.Clear();
        _newBookmarks.Clear();
        _deletedBookmarks.Clear();
        _journal.Clear();
        _incidents.Clear();
    }

    // ---- helpers --------------------------------------------------------------------------------------------------------

    private NpgsqlCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlCommand(sql, uow.Connection, uow.Transaction);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlBatchCommand Statement(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static async Task<List<T>> ReadAllAsync<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        var result = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) result.Add(read(reader));
        return result;
    }

    // Typed parameters: no boxing, and a NULL still says its type (PostgreSQL needs none for these columns, but jsonb
    // must be named: a text parameter does not go into a jsonb column).
    private static NpgsqlParameter Id(Guid value) => new NpgsqlParameter<Guid> { TypedValue = value };
    private static NpgsqlParameter Id(Guid? value) => value is { } v ? Id(v) : Null(NpgsqlDbType.Uuid);
    private static NpgsqlParameter Int(int value) => new NpgsqlParameter<int> { TypedValue = value };
    private static NpgsqlParameter Int(int? value) => value is { } v ? Int(v) : Null(NpgsqlDbType.Integer);
    private static NpgsqlParameter Text(string? value) => value is null ? Null(NpgsqlDbType.Text) : new NpgsqlParameter<string> { TypedValue = value };
    private static NpgsqlParameter Json(string? value) =>
        value is null ? Null(NpgsqlDbType.Jsonb) : new NpgsqlParameter<string> { TypedValue = value, NpgsqlDbType = NpgsqlDbType.Jsonb };

    /// <summary>timestamptz takes UTC only (as EF writes it: the domain keeps its instants in UTC).</summary>
    private static NpgsqlParameter Instant(DateTimeOffset value) => new NpgsqlParameter<DateTimeOffset> { TypedValue = value.ToUniversalTime() };
    private static NpgsqlParameter Instant(DateTimeOffset? value) => value is { } v ? Instant(v) : Null(NpgsqlDbType.TimestampTz);
    private static NpgsqlParameter Array<T>(List<T> values) => new NpgsqlParameter<List<T>> { TypedValue = values };
    private static NpgsqlParameter Null(NpgsqlDbType type) => new() { Value = DBNull.Value, NpgsqlDbType = type };
}
