namespace ThaiBinh.Monre.Processes.Pages.Editor;

/// <summary>
/// A row of the step table while it is edited in the page (the DTO is immutable). <see cref="Key"/> identifies the row across
/// reorders so Blazor keeps each row's inputs with it; <see cref="Order"/> is renumbered from the position on every change.
/// </summary>
public sealed class StepRow
{
    private static int _nextKey;

    public int Key { get; } = Interlocked.Increment(ref _nextKey);
    public int Order { get; set; }
    public string Name { get; set; } = "";
    public string? Content { get; set; }
    public StepKind Kind { get; set; } = StepKind.Task;
    public string? Role { get; set; }
    public StepUnitKind UnitKind { get; set; } = StepUnitKind.FieldUnit;
    public Guid? UnitId { get; set; }
    public string? Responsible { get; set; }
    public decimal Hours { get; set; }
    public decimal? OnlineHours { get; set; }
    public IReadOnlyCollection<string> Forms { get; set; } = [];
    public IReadOnlyCollection<StepAction> Actions { get; set; } = [StepAction.Forward];
    public int? StatusOnEntry { get; set; }
    public IReadOnlyCollection<Guid> ConsultUnitIds { get; set; } = [];
    public string? ConsultRole { get; set; }
    public decimal? ConsultHours { get; set; }

    public static StepRow From(ProcessStepDto step) => new()
    {
        Order = step.Order,
        Name = step.Name,
        Content = step.Content,
        Kind = step.Kind,
        Role = step.Role,
        UnitKind = step.UnitKind,
        UnitId = step.UnitId,
        Responsible = step.Responsible,
        Hours = step.Hours,
        OnlineHours = step.OnlineHours,
        Forms = [.. step.Forms],
        Actions = [.. step.Actions],
        StatusOnEntry = step.StatusOnEntry,
        ConsultUnitIds = [.. step.Consult?.UnitIds ?? []],
        ConsultRole = step.Consult?.Role,
        ConsultHours = step.Consult?.Hours,
    };

    /// <summary>The DTO; the consult settings only when the step may consult (otherwise they would be validated for nothing).</summary>
    public ProcessStepDto ToDto() => new(
        Order, Name.Trim(), string.IsNullOrWhiteSpace(Content) ? null : Content.Trim(), Kind,
        string.IsNullOrWhiteSpace(Role) ? null : Role, UnitKind, UnitKind == StepUnitKind.Unit ? UnitId : null,
        string.IsNullOrWhiteSpace(Responsible) ? null : Responsible.Trim(), Hours, OnlineHours,
        [.. Forms], [.. Enum.GetValues<StepAction>().Where(Actions.Contains)], StatusOnEntry,
        Actions.Contains(StepAction.Consult) ? new ConsultDto([.. ConsultUnitIds], ConsultRole ?? "", ConsultHours ?? 0) : null);

    /// <summary>A new row in the middle of a table: a task step the table's default unit handles, forwarding to the next.</summary>
    public static StepRow NewTask() => new() { Kind = StepKind.Task, Hours = 1, Actions = [StepAction.Forward, StepAction.Return] };

    /// <summary>Sets <see cref="Order"/> of every row from its position (1, 2, 3…).</summary>
    public static void Renumber(IList<StepRow> rows)
    {
        for (var i = 0; i < rows.Count; i++) rows[i].Order = i + 1;
    }

    /// <summary>Moves the row at <paramref name="from"/> to position <paramref name="to"/> (both 0-based) and renumbers.</summary>
    public static bool Move(List<StepRow> rows, int from, int to)
    {
        if (from < 0 || from >= rows.Count || to < 0 || to >= rows.Count || from == to) return false;
        var row = rows[from];
        rows.RemoveAt(from);
        rows.Insert(to, row);
        Renumber(rows);
        return true;
    }
}
