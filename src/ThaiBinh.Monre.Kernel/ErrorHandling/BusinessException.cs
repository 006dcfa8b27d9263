namespace ThaiBinh.Monre.Kernel.ErrorHandling;

/// <summary>
/// An error the user can cause: a stable <see cref="Code"/> for clients, a localization key for the Vietnamese message,
/// and the HTTP status it maps to. Becomes ProblemDetails over HTTP, a snackbar in the UI.
/// </summary>
public class BusinessException(string code, string messageKey, params object?[] arguments)
    : Exception($"{code}: {messageKey}")
{
    public string Code { get; } = code;
    public string MessageKey { get; } = messageKey;
    public IReadOnlyList<object?> Arguments { get; } = arguments;
    public int StatusCode { get; init; } = 400;

    /// <summary>Field-level messages (ProblemDetails <c>errors</c>), e.g. a definition's validation messages by activity.</summary>
    public IDictionary<string, string[]>? Errors { get; init; }
}

/// <summary>The entity asked for does not exist (or is hidden from this user).</summary>
public sealed class EntityNotFoundException : BusinessException
{
    public EntityNotFoundException(string entityName, object id)
        : base(KernelErrorCodes.NotFound, "Kernel:NotFound", entityName, id) => StatusCode = 404;
}

public static class KernelErrorCodes
{
    public const string NotFound = "Monre.NotFound";
    public const string Validation = "Monre.Validation";
    public const string ConcurrencyConflict = "Monre.ConcurrencyConflict";
    public const string Unauthenticated = "Monre.Unauthenticated";
    public const string Forbidden = "Monre.Forbidden";
    public const string Internal = "Monre.Internal";
    public const string UnknownSetting = "Monre.Settings.Unknown";
    public const string BadRequest = "Monre.BadRequest";
    public const string BlobNotFound = "Monre.Blobs.NotFound";
    public const string BlobAlreadyExists = "Monre.Blobs.AlreadyExists";
    public const string BlobInvalidName = "Monre.Blobs.InvalidName";
    public const string TemplateNotFound = "Monre.Templates.NotFound";
    public const string TemplateInvalidSyntax = "Monre.Templates.InvalidSyntax";
    public const string TemplateRenderFailed = "Monre.Templates.RenderFailed";
}
