using System.Text.Json;
using ThaiBinh.Monre.Workflows.Application.Runtime;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Workflows.Application.Definitions;

/// <summary>
/// The property rules of the validator: required properties, each value against its <see cref="PropertyKind"/>, the syntax
/// of expressions and templates, and what some built-in types need beyond single properties (who does a human task, when
/// a timer fires, how a join waits).
/// </summary>
internal static class ActivityPropertyRules
{
    /// <summary>The timer units the engine understands (exact spelling).</summary>
    public static readonly IReadOnlyList<string> TimerUnits = ["Minutes", "Hours", "Days", "WorkingHours", "WorkingDays"];

    private static readonly string[] UnitSelectorKeys = ["unitId", "variable", "field", "districtAgencyOf"];

    public static void Check(ActivityNode node, ActivityDescriptor descriptor, string label, List<ValidationMessage> messages)
    {
        var context = new Context(node, label, messages);
        foreach (var property in descriptor.Properties)
        {
            var value = context.Value(property.Name);
            if (value is null)
            {
                if (property.Required)
                    context.Add(ValidationCodes.MissingRequiredProperty, property.Name,
                        $"{Cap(label)} thiếu thuộc tính bắt buộc '{property.Name}'{(property.Description is { Length: > 0 } d ? $" ({d})" : "")}.");
                continue;
            }
            CheckKind(context, property, value.Value);
        }

        switch (descriptor.Type)
        {
            case ActivityTypes.HumanTask:
                CheckHumanTaskAssignment(context);
                break;
            case ActivityTypes.Timer:
                CheckTimer(context);
                break;
            case ActivityTypes.Join:
                CheckJoin(context);
                break;
        }
    }

    private static void CheckKind(Context context, PropertyDescriptor property, JsonElement value)
    {
        var name = property.Name;
        switch (property.Kind)
        {
            case PropertyKind.Text when value.ValueKind != JsonValueKind.String:
                context.Invalid(name, "phải là một chuỗi ký tự");
                break;
            case PropertyKind.Number when value.ValueKind != JsonValueKind.Number:
                context.Invalid(name, $"phải là một số (đang là {Describe(value)})");
                break;
            case PropertyKind.Number when !value.TryGetDecimal(out _):
                context.Invalid(name, $"là một số quá lớn ({Excerpt(value.GetRawText())})");
                break;
            case PropertyKind.Boolean when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False):
                context.Invalid(name, "phải là true hoặc false");
                break;
            case PropertyKind.TextList:
                CheckTextList(context, name, value);
                break;
            case PropertyKind.UserList:
                CheckUserList(context, name, value);
                break;
            case PropertyKind.UnitSelector:
                CheckUnitSelector(context, name, value);
                break;
            case PropertyKind.Expression:
            case PropertyKind.Template:
                CheckScript(context, property, value);
                break;
        }
    }

    private static void CheckTextList(Context context, string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            context.Invalid(name, "phải là một danh sách chuỗi ký tự, ví dụ: [\"approve\", \"return\"]");
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        foreach (var item in value.EnumerateArray())
        {
            position++;
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                context.Invalid(name, $"có phần tử thứ {position} không phải là chuỗi ký tự (hoặc rỗng)");
                return;
            }
            if (!seen.Add(item.GetString()!))
            {
                context.Invalid(name, $"có giá trị '{item.GetString()}' bị lặp lại");
                return;
            }
        }
    }

    private static void CheckUserList(Context context, string name, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            context.Invalid(name, "phải là một danh sách mã tài khoản (GUID)");
            return;
        }
        var position = 0;
        foreach (var item in value.EnumerateArray())
        {
            position++;
            if (item.ValueKind != JsonValueKind.String || !Guid.TryParse(item.GetString(), out _))
            {
                context.Invalid(name, $"có phần tử thứ {position} ({item.GetRawText()}) không phải là mã tài khoản (GUID)");
                return;
            }
        }
    }

    private static void CheckUnitSelector(Context context, string name, JsonElement value)
    {
        const string shape = "{\"unitId\": \"<GUID>\"}, {\"variable\": \"<tên biến>\"}, {\"field\": \"<lĩnh vực>\"} hoặc {\"districtAgencyOf\": \"<tên biến chứa bộ phận tiếp nhận>\"}";
        if (value.ValueKind != JsonValueKind.Object)
        {
            context.Invalid(name, $"phải là một trong các dạng {shape}");
            return;
        }
        var keys = value.EnumerateObject().Select(p => p.Name).ToList();
        var unknown = keys.Where(k => !UnitSelectorKeys.Contains(k, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            context.Invalid(name, $"có khóa không được hỗ trợ '{string.Join("', '", unknown)}'; chỉ dùng một trong các dạng {shape}");
            return;
        }
        if (keys.Count != 1)
        {
            context.Invalid(name, $"phải có đúng một trong các khóa unitId, variable, field, districtAgencyOf (đang có {keys.Count}): dạng {shape}");
            return;
        }
        var entry = value.EnumerateObject().Single();
        var text = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString() : null;
        if (entry.Name == "unitId" && !Guid.TryParse(text, out _))
            context.Invalid(name, $"có unitId ({entry.Value.GetRawText()}) không phải là mã đơn vị (GUID)");
        else if (entry.Name != "unitId" && string.IsNullOrWhiteSpace(text))
            context.Invalid(name, $"có {entry.Name} rỗng hoặc không phải chuỗi ký tự");
    }

    private static void CheckScript(Context context, PropertyDescriptor property, JsonElement value)
    {
        var isExpression = property.Kind == PropertyKind.Expression;
        if (value.ValueKind != JsonValueKind.String)
        {
            context.Invalid(property.Name, isExpression ? "phải là một biểu thức (chuỗi ký tự)" : "phải là một chuỗi ký tự (mẫu văn bản)");
            return;
        }
        var text = value.GetString()!;
        string? error;
        try
        {
            error = isExpression ? WorkflowExpressions.ExpressionError(text) : WorkflowExpressions.TemplateError(text);
        }
        catch (Exception ex)
        {
            error = ex.Message;
        }
        if (error is not null)
            context.Add(ValidationCodes.BadExpression, property.Name,
                $"{(isExpression ? "Biểu thức" : "Mẫu văn bản")} '{property.Name}' của {context.Label} sai cú pháp ở {error} (nội dung: {Excerpt(text)}).");
    }

    /// <summary>A task goes to a role in a unit, or to explicit accounts (listed, or held by a variable).</summary>
    private static void CheckHumanTaskAssignment(Context context)
    {
        var hasRole = context.Value("role") is not null;
        var hasUnit = context.Value("unit") is not null;
        if (context.Value("assignees") is not null || context.Value("assigneeVariable") is not null) return;
        if (hasRole && !hasUnit)
            context.Add(ValidationCodes.MissingRequiredProperty, "unit",
                $"{Cap(context.Label)} giao theo vai trò '{context.Node.StringProperty("role")}' nhưng chưa chọn đơn vị (unit).");
        else if (!hasRole && hasUnit)
            context.Add(ValidationCodes.MissingRequiredProperty, "role",
                $"{Cap(context.Label)} đã chọn đơn vị (unit) nhưng chưa có vai trò xử lý (role).");
        else if (!hasRole && !hasUnit)
            context.Add(ValidationCodes.MissingRequiredProperty, "role",
                $"{Cap(context.Label)} chưa chỉ định người xử lý: cần vai trò (role) và đơn vị (unit), hoặc danh sách tài khoản (assignees), hoặc biến chứa tài khoản (assigneeVariable).");
    }

    /// <summary>A timer waits for a duration (<c>amount</c> + <c>unit</c>) or until a moment (<c>at</c>), not both.</summary>
    private static void CheckTimer(Context context)
    {
        var at = context.Value("at");
        var amount = context.Value("amount");
        var unit = context.Value("unit");
        if (at is not null)
        {
            if (amount is not null || unit is not null)
                context.Invalid("at", "không được dùng cùng lúc với khoảng thời gian (amount, unit): chọn một trong hai cách hẹn giờ");
            return;
        }
        if (amount is null)
            context.Add(ValidationCodes.MissingRequiredProperty, "amount",
                $"{Cap(context.Label)} cần khoảng thời gian chờ (amount và unit) hoặc một thời điểm (at).");
        else if (amount.Value.TryGetDecimal(out var duration) && duration <= 0)
            context.Invalid("amount", $"phải lớn hơn 0 (đang là {amount.Value.GetRawText()})");

        if (unit is null)
            context.Add(ValidationCodes.MissingRequiredProperty, "unit",
                $"{Cap(context.Label)} thiếu đơn vị thời gian (unit): {string.Join(", ", TimerUnits)}.");
        else if (unit.Value.ValueKind == JsonValueKind.String && !TimerUnits.Contains(unit.Value.GetString(), StringComparer.Ordinal))
            context.Invalid("unit", $"có giá trị '{unit.Value.GetString()}' không phải là đơn vị thời gian; dùng một trong: {string.Join(", ", TimerUnits)}");
    }

    private static void CheckJoin(Context context)
    {
        if (context.Value("mode") is { ValueKind: JsonValueKind.String } mode
            && !string.Equals(mode.GetString(), "all", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(mode.GetString(), "any", StringComparison.OrdinalIgnoreCase))
            context.Invalid("mode", $"có giá trị '{mode.GetString()}' không hợp lệ; dùng all (chờ đủ các nhánh) hoặc any (nhánh đầu tiên)");
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"chuỗi \"{Excerpt(value.GetString()!)}\"",
        JsonValueKind.Array => "một danh sách",
        JsonValueKind.Object => "một đối tượng",
        _ => value.GetRawText(),
    };

    private static string Excerpt(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static string Cap(string text) => DefinitionValidator.Capitalize(text);

    /// <summary>One activity being checked; an absent, null, blank or empty-list value counts as not given.</summary>
    private sealed class Context(ActivityNode node, string label, List<ValidationMessage> messages)
    {
        private readonly HashSet<string> _invalid = new(StringComparer.Ordinal);

        public ActivityNode Node => node;
        public string Label => label;

        public JsonElement? Value(string name)
        {
            if (node.Properties is null || !node.Properties.TryGetValue(name, out var value)) return null;
            return value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String when string.IsNullOrWhiteSpace(value.GetString()) => null,
                JsonValueKind.Array when value.GetArrayLength() == 0 => null,
                _ => value,
            };
        }

        /// <summary>Reports an invalid value, at most once per property.</summary>
        public void Invalid(string property, string reason)
        {
            if (_invalid.Add(property))
                Add(ValidationCodes.InvalidPropertyValue, property, $"Thuộc tính '{property}' của {label} {reason}.");
        }

        public void Add(string code, string property, string message) =>
            messages.Add(new ValidationMessage(code, message, string.IsNullOrWhiteSpace(node.Id) ? null : node.Id, property));
    }
}
