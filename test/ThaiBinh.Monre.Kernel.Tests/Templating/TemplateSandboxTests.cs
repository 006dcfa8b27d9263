using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Kernel.Templating;
using static ThaiBinh.Monre.Kernel.Tests.Templating.TemplateHostFixture;

namespace ThaiBinh.Monre.Kernel.Tests.Templating;

public sealed class SandboxFixture : TemplateHostFixture
{
    protected override string Purpose => "tpl_sandbox";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        // Generous: a loaded CI machine must not hit the time limit before the limit a test is about.
        ["Monre:Templates:Timeout"] = "00:00:03",
        ["Monre:Templates:OutputLimit"] = "10000",
    };

    protected override IEnumerable<TemplateDefinition> Templates =>
        new[] { "Loop", "Recursion", "Output", "LongString", "Slow", "Include", "SelfInclude", "RuntimeError" }
            .Select(name => Define("Sandbox." + name, "Blank.sbn"));
}

/// <summary>Administrators write template text; these pin that a hostile or careless text cannot hurt the server.</summary>
public sealed class TemplateSandboxTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private async Task<BusinessException> RenderFailsAsync(string name, string content, object? model = null)
    {
        await fixture.SaveOverrideAsync(name, content, fixture.Clock.GetUtcNow());
        var error = await Should.ThrowAsync<BusinessException>(fixture.RenderAsync(name, model));
        error.Code.ShouldBe(KernelErrorCodes.TemplateRenderFailed);
        error.StatusCode.ShouldBe(422);
        return error;
    }

    [Fact]
    public async Task An_endless_loop_stops_at_the_loop_limit() =>
        (await RenderFailsAsync("Sandbox.Loop", "{{ while true }}x{{ end }}")).MessageKey.ShouldBe("Kernel:Templates:LoopLimit");

    [Fact]
    public async Task Endless_recursion_stops_at_the_recursion_limit() =>
        (await RenderFailsAsync("Sandbox.Recursion", "{{ func down(n); ret down(n + 1); end; down(1) }}"))
            .MessageKey.ShouldBe("Kernel:Templates:RecursionLimit");

    [Fact]
    public async Task A_template_including_itself_stops_at_the_recursion_limit() =>
        (await RenderFailsAsync("Sandbox.SelfInclude", "{{ include 'Sandbox.SelfInclude' }}"))
            .MessageKey.ShouldBe("Kernel:Templates:RecursionLimit");

    [Fact]
    public async Task Huge_output_stops_at_the_output_limit() =>
        (await RenderFailsAsync("Sandbox.Output", "{{ for i in 1..500 }}0123456789012345678901234567890123456789{{ end }}"))
            .MessageKey.ShouldBe("Kernel:Templates:OutputLimit");

    [Fact]
    public async Task A_huge_string_built_in_a_variable_stops_at_the_output_limit() =>
        (await RenderFailsAsync("Sandbox.LongString", "{{ s = 'ab'; for i in 1..20; s = s + s; end; s | string.size }}"))
            .MessageKey.ShouldBe("Kernel:Templates:OutputLimit");

    [Fact]
    public async Task A_render_running_past_the_time_limit_stops_with_the_time_limit()
    {
        var started = DateTime.UtcNow;

        var error = await RenderFailsAsync("Sandbox.Slow", "{{ for i in 1..100 }}{{ probe.slow }}{{ end }}", new { Probe = new SlowProbe() });

        error.MessageKey.ShouldBe("Kernel:Templates:Timeout");
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(12)); // 100 × 200 ms would be 20 s
    }

    [Theory]
    [InlineData("Sandbox.Nobody")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    public async Task Including_anything_but_a_registered_template_fails(string include)
    {
        var error = await RenderFailsAsync("Sandbox.Include", $"{{{{ include '{include}' }}}}");

        error.MessageKey.ShouldBe("Kernel:Templates:UnknownInclude");
        error.Arguments.ShouldBe(["Sandbox.Include", include]);
    }

    [Fact]
    public async Task A_run_time_error_fails_with_its_position() =>
        (await RenderFailsAsync("Sandbox.RuntimeError", "line\n{{ nope(1) }}")).Arguments[1]!.ToString()!.ShouldContain("(2,");

    public sealed class SlowProbe
    {
        public int Slow
        {
            get
            {
                Thread.Sleep(200);
                return 1;
            }
        }
    }
}
