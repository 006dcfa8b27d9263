using System.Text.Json;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Workflows.Tests;

/// <summary>Builds definitions for tests in a few lines.</summary>
public static class Flows
{
    public static string NewId(string prefix = "t") => $"{prefix}-{Guid.NewGuid():N}"[..20];

    public static ActivityNode Activity(string id, string type, object? properties = null, string? name = null) => new()
    {
        Id = id,
        Type = type,
        Name = name,
        Properties = properties is null
            ? []
            : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(properties))!,
    };

    /// <summary>A human task offered to explicit users.</summary>
    public static ActivityNode Task(string id, IEnumerable<Guid> users, string[] outcomes, decimal? hours = null, string? title = null) =>
        Activity(id, ActivityTypes.HumanTask, new Dictionary<string, object?>
        {
            ["title"] = title ?? $"Việc {id}",
            ["assignees"] = users.Select(u => u.ToString()).ToArray(),
            ["outcomes"] = outcomes,
            ["durationHours"] = hours,
        }.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value), name: $"Bước {id}");

    /// <summary>A human task offered to a process role in a unit given by a variable.</summary>
    public static ActivityNode RoleTask(string id, string role, string unitVariable, string[] outcomes, decimal? hours = null) =>
        Activity(id, ActivityTypes.HumanTask, new Dictionary<string, object?>
        {
            ["title"] = $"Việc {id}",
            ["role"] = role,
            ["unit"] = new { variable = unitVariable },
            ["outcomes"] = outcomes,
            ["durationHours"] = hours,
        }.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value), name: $"Bước {id}");

    public static Connection Link(string source, string target, string outcome = ActivityTypes.Done) => new(source, outcome, target);

    public static WorkflowDocument Document(string definitionId, IEnumerable<ActivityNode> activities, IEnumerable<Connection> connections,
        IEnumerable<VariableDefinition>? variables = null) => new()
        {
            DefinitionId = definitionId,
            Name = $"Quy trình thử {definitionId}",
            Activities = [.. activities],
            Connections = [.. connections],
            Variables = [.. variables ?? []],
        };

    /// <summary>Start → task a (approve) → End.</summary>
    public static WorkflowDocument SingleTask(string definitionId, Guid user, decimal? hours = 2) => Document(definitionId,
        [Activity("start", ActivityTypes.Start), Task("a", [user], ["approve"], hours), Activity("end", ActivityTypes.End)],
        [Link("start", "a"), Link("a", "end", "approve")]);

}
