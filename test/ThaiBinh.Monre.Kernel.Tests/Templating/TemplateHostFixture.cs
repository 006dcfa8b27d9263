using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThaiBinh.Monre.Kernel.Templating;
using ThaiBinh.Monre.Kernel.Tests.Fixtures;

namespace ThaiBinh.Monre.Kernel.Tests.Templating;

/// <summary>
/// A kernel host with the test assembly's templates registered and a fake clock. Overrides accumulate in the fixture's
/// database, so each test works on its own template name (all names below share a few embedded texts).
/// </summary>
public abstract class TemplateHostFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public KernelTestHost Host { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = new(Start);

    protected abstract string Purpose { get; }
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();
    protected abstract IEnumerable<TemplateDefinition> Templates { get; }

    public async Task InitializeAsync() =>
        Host = await KernelTestHost.StartAsync(Purpose, Settings, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            foreach (var template in Templates) services.AddTemplate(template);
        });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public static TemplateDefinition Define(string name, string file, bool isLayout = false) =>
        new(name, typeof(TemplateHostFixture).Assembly, Resource(file), "Test:" + name, isLayout);

    public static string Resource(string file) => $"ThaiBinh.Monre.Kernel.Tests.Templating.Templates.{file}";

    public Task<string> RenderAsync(string name, object? model, string? culture = "vi") =>
        Host.RunAsync(sp => sp.GetRequiredService<ITemplateRenderer>().RenderAsync(name, model, culture));

    public Task<TemplateOverrideVersion> SaveOverrideAsync(
        string name, string content, DateTimeOffset validFrom, string? culture = null, DateTimeOffset? validTo = null) =>
        Host.RunAsync(sp => sp.GetRequiredService<ITemplateAdminService>()
            .SaveOverrideAsync(name, culture, content, validFrom, "test", validTo));
}
