using System.Text.RegularExpressions;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Workflows.Application.Definitions;

/// <summary>
/// Checks a definition before it is published; every rule has its own code (<see cref="ValidationCodes"/>). All problems
/// are returned, in a fixed order: the document, each activity (in document order), each connection, then the flow as a
/// graph (start, reachability, unconnected outcomes, paths to an end, loops without a waiting activity).
/// </summary>
public sealed partial class DefinitionValidator(ActivityRegistry registry)
{
    public IReadOnlyList<ValidationMessage> Validate(string json)
    {
        WorkflowDocument document;
        try
        {
            document = WorkflowDocument.Parse(json);
        }
        catch (WorkflowDocumentFormatException ex)
        {
            return [new ValidationMessage(ValidationCodes.InvalidJson, $"JSON không hợp lệ (dòng {ex.Line}, vị trí {ex.Position}): {ex.Message}")];
        }
        return Validate(document);
    }

    public IReadOnlyList<ValidationMessage> Validate(WorkflowDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var messages = new List<ValidationMessage>();
        CheckDefinitionId(document, messages);
        var graph = new DefinitionGraph();
        CheckActivities(document, graph, messages);
        CheckConnections(document, graph, messages);
        graph.Check(messages);
        return messages;
    }

    private static void CheckDefinitionId(WorkflowDocument document, List<ValidationMessage> messages)
    {
        if (string.IsNullOrWhiteSpace(document.DefinitionId))
            messages.Add(new ValidationMessage(ValidationCodes.MissingDefinitionId,
                "Định nghĩa chưa có mã (definitionId), ví dụ: dat-dai.cap-giay-chung-nhan.", Property: "definitionId"));
        else if (!DefinitionIdPattern().IsMatch(document.DefinitionId))
            messages.Add(new ValidationMessage(ValidationCodes.MissingDefinitionId,
                $"Mã định nghĩa '{document.DefinitionId}' không hợp lệ: chỉ gồm chữ thường không dấu, chữ số, dấu chấm và gạch ngang, tối đa 100 ký tự, bắt đầu bằng chữ hoặc số.",
                Property: "definitionId"));
    }

    private void CheckActivities(WorkflowDocument document, DefinitionGraph graph, List<ValidationMessage> messages)
    {
        var activities = document.Activities ?? [];
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < activities.Count; i++)
        {
            var node = activities[i];
            if (node is null)
            {
                messages.Add(new ValidationMessage(ValidationCodes.InvalidJson, $"Phần tử thứ {i + 1} của danh sách hoạt động (activities) trống."));
                continue;
            }
            if (node.Properties is null) node = node with { Properties = [] }; // "properties": null in the JSON
            var id = string.IsNullOrWhiteSpace(node.Id) ? null : node.Id;
            var label = Label(node, i);
            if (id is null)
            {
                messages.Add(new ValidationMessage(ValidationCodes.MissingRequiredProperty,
                    $"Hoạt động thứ {i + 1} (loại '{node.Type}') chưa có mã (id).", Property: "id"));
            }
            else if (firstIndex.TryGetValue(id, out var first))
            {
                messages.Add(new ValidationMessage(ValidationCodes.DuplicateActivityId,
                    $"Mã hoạt động '{id}' bị trùng: hoạt động thứ {i + 1} dùng lại mã của hoạt động thứ {first + 1}.", id, "id"));
                id = null; // the first one with this id is the one connections lead to
            }
            else
            {
                firstIndex[id] = i;
            }

            var descriptor = string.IsNullOrWhiteSpace(node.Type) ? null : registry.Find(node.Type);
            if (descriptor is null)
                messages.Add(new ValidationMessage(ValidationCodes.UnknownActivityType,
                    string.IsNullOrWhiteSpace(node.Type)
                        ? $"{Capitalize(label)} chưa có loại (type)."
                        : $"Loại hoạt động '{node.Type}' của {label} không tồn tại.",
                    id ?? NullIfBlank(node.Id), "type"));
            else
                ActivityPropertyRules.Check(node, descriptor, label, messages);

            if (id is not null) graph.AddActivity(node, descriptor, label);
        }
    }

    private static void CheckConnections(WorkflowDocument document, DefinitionGraph graph, List<ValidationMessage> messages)
    {
        var connections = document.Connections ?? [];
        for (var i = 0; i < connections.Count; i++)
        {
            var connection = connections[i];
            if (connection is null)
            {
                messages.Add(new ValidationMessage(ValidationCodes.InvalidJson, $"Phần tử thứ {i + 1} của danh sách kết nối (connections) trống."));
                continue;
            }
            var source = connection.Source ?? "";
            var outcome = connection.Outcome ?? "";
            var target = connection.Target ?? "";
            var described = $"kết nối thứ {i + 1}: {Show(source)} --[{outcome}]--> {Show(target)}";
            var from = graph.Find(source);
            var to = graph.Find(target);

            if (from is null)
                messages.Add(new ValidationMessage(ValidationCodes.ConnectionFromNothing,
                    string.IsNullOrWhiteSpace(source)
                        ? $"Kết nối không có hoạt động nguồn ({described})."
                        : $"Kết nối xuất phát từ hoạt động không tồn tại '{source}' ({described}).",
                    to?.Id));
            if (to is null)
                messages.Add(new ValidationMessage(ValidationCodes.ConnectionToNothing,
                    string.IsNullOrWhiteSpace(target)
                        ? $"Kết nối không có hoạt động đích ({described})."
                        : $"Kết nối dẫn tới hoạt động không tồn tại '{target}' ({described}).",
                    from?.Id));

            var fires = true;
            if (from?.Descriptor is { } descriptor)
            {
                var outcomes = descriptor.OutcomesOf(from.Node);
                fires = outcomes.Contains(outcome, StringComparer.Ordinal);
                if (!fires)
                    messages.Add(new ValidationMessage(ValidationCodes.UnknownOutcome,
                        outcomes.Count == 0
                            ? $"{Capitalize(from.Label)} không có kết quả nào để nối tiếp, nhưng có kết nối với kết quả '{outcome}' ({described})."
                            : $"{Capitalize(from.Label)} không có kết quả '{outcome}' ({described}); các kết quả có thể: {string.Join(", ", outcomes)}.",
                        from.Id, descriptor.OutcomesProperty));
            }

            // The flow is analysed along every connection between known activities, even one with a wrong outcome:
            // that mistake is reported once above instead of again as unreachable activities downstream.
            if (from is not null) DefinitionGraph.AddConnection(from, outcome, to, fires);
        }
    }

    /// <summary>How messages name an activity: its display name and id, e.g. <c>hoạt động "Thẩm định" (tham-dinh)</c>.</summary>
    internal static string Label(ActivityNode node, int index) =>
        string.IsNullOrWhiteSpace(node.Id) ? $"hoạt động thứ {index + 1}"
        : string.IsNullOrWhiteSpace(node.Name) || node.Name == node.Id ? $"hoạt động '{node.Id}'"
        : $"hoạt động \"{node.Name}\" ({node.Id})";

    internal static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Show(string id) => string.IsNullOrWhiteSpace(id) ? "(trống)" : id;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>The same rule as <see cref="WorkflowDefinitionService"/> applies when saving a draft.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{0,99}$")]
    private static partial Regex DefinitionIdPattern();
}
