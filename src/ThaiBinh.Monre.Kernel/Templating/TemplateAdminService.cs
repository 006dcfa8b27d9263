using System.Globalization;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Kernel.Templating;

internal sealed class TemplateAdminService(
    TemplateDefinitionManager definitions, TemplateOverrideStore store, ICurrentUser currentUser, TimeProvider time)
    : ITemplateAdminService
{
    public IReadOnlyCollection<TemplateDefinition> Definitions => definitions.All;

    public async Task<TemplateOverrideVersion> SaveOverrideAsync(
        string templateName, string? culture, string content, DateTimeOffset validFrom, string? note = null,
        DateTimeOffset? validTo = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        definitions.Get(templateName);
        TemplateSyntax.Parse(templateName, content);
        if (validTo <= validFrom)
            throw new BusinessException(KernelErrorCodes.Validation, "Kernel:Templates:InvalidValidity", templateName);
        return await AppendAsync(templateName, culture, content, validFrom, validTo, note, cancellationToken);
    }

    public async Task<IReadOnlyList<TemplateOverrideVersion>> ListVersionsAsync(string templateName, CancellationToken cancellationToken = default) =>
        [.. (await store.ListAsync(templateName, cancellationToken)).Select(TemplateOverrideVersion.From)];

    public Task<TemplateOverrideVersion> RevertToEmbeddedAsync(
        string templateName, string? culture, string? note = null, CancellationToken cancellationToken = default)
    {
        definitions.Get(templateName);
        return AppendAsync(templateName, culture, content: null, time.GetUtcNow(), validTo: null, note, cancellationToken);
    }

    private async Task<TemplateOverrideVersion> AppendAsync(
        string templateName, string? culture, string? content, DateTimeOffset validFrom, DateTimeOffset? validTo,
        string? note, CancellationToken cancellationToken)
    {
        var row = new TemplateOverride
        {
            Id = Guid.CreateVersion7(),
            TemplateName = templateName,
            Culture = NormalizeCulture(culture),
            Content = content,
            ValidFrom = validFrom.ToUniversalTime(),
            ValidTo = validTo?.ToUniversalTime(),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = currentUser.UserName ?? "system",
            Note = note,
        };
        await store.AppendAsync(row, cancellationToken);
        return TemplateOverrideVersion.From(row);
    }

    private static string? NormalizeCulture(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture)) return null;
        try
        {
            return CultureInfo.GetCultureInfo(culture, predefinedOnly: true).Name;
        }
        catch (CultureNotFoundException)
        {
            throw new BusinessException(KernelErrorCodes.Validation, "Kernel:Validation");
        }
    }
}
