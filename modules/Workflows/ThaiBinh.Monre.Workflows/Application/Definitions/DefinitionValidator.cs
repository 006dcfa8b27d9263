using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Workflows.Application.Definitions;

/// <summary>Checks a definition before it is published; every rule has its own code (<see cref="ValidationCodes"/>).</summary>
public sealed class DefinitionValidator(ActivityRegistry registry)
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
        // TODO(helper): all rules.
        var messages = new List<ValidationMessage>();
        foreach (var activity in document.Activities)
            if (registry.Find(activity.Type) is null)
                messages.Add(new ValidationMessage(ValidationCodes.UnknownActivityType, $"Loại hoạt động '{activity.Type}' không tồn tại.", activity.Id));
        return messages;
    }
}
