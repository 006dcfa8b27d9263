using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Kernel.Templating;
using static ThaiBinh.Monre.Kernel.Tests.Templating.TemplateHostFixture;

namespace ThaiBinh.Monre.Kernel.Tests.Templating;

public sealed class RendererFixture : TemplateHostFixture
{
    protected override string Purpose => "tpl_render";

    protected override IEnumerable<TemplateDefinition> Templates =>
    [
        Define("Test.Greeting", "Greeting.sbn").WithCulture("en", Resource("Greeting_en.sbn")),
        Define("Test.Page", "Page.sbn"),
        Define("Test.Footer", "Footer.sbn"),
        Define("Test.Layout", "Layout.sbn", isLayout: true),
        new("Test.InLayout", typeof(RendererFixture).Assembly, Resource("Footer.sbn"), "Test:InLayout") { Layout = "Test.Layout" },
        Define("Test.LaterWins", "Blank.sbn"),
        Define("Test.NotYetValid", "Blank.sbn"),
        Define("Test.Expires", "Blank.sbn"),
        Define("Test.Revert", "Blank.sbn"),
        Define("Test.PerCulture", "Greeting.sbn").WithCulture("en", Resource("Greeting_en.sbn")),
        Define("Test.BadSyntax", "Blank.sbn"),
        Define("Test.Concurrent", "Blank.sbn"),
        Define("Test.Cached", "Blank.sbn"),
        Define("Test.Members", "Blank.sbn"),
        Define("Test.IncludesOverride", "Page.sbn"),
    ];
}

public sealed class TemplateRendererTests(RendererFixture fixture) : IClassFixture<RendererFixture>
{
    private static readonly object Dossier = new
    {
        Applicant = new { FullName = "Nguyễn Văn An" },
        Dossier = new { Code = "000.00.12.H54-261123-0001" },
    };

    [Fact]
    public async Task An_embedded_template_renders_the_model_with_snake_case_member_names() =>
        (await fixture.RenderAsync("Test.Greeting", Dossier))
            .ShouldBe("Xin chào Nguyễn Văn An, hồ sơ 000.00.12.H54-261123-0001.");

    [Theory]
    [InlineData("en", "Hello")]
    [InlineData("en-US", "Hello")]
    [InlineData("vi", "Xin chào")]
    [InlineData("fr", "Xin chào")]
    [InlineData("", "Xin chào")]
    public async Task A_culture_variant_is_used_for_its_culture_and_others_fall_back_to_the_invariant_text(string culture, string greeting) =>
        (await fixture.RenderAsync("Test.Greeting", Dossier, culture)).ShouldStartWith(greeting + " ");

    [Fact]
    public async Task A_template_includes_another_registered_template_by_name() =>
        (await fixture.RenderAsync("Test.Page", null)).ShouldBe("[Sở Tài nguyên và Môi trường Thái Bình]");

    [Fact]
    public async Task A_template_with_a_layout_renders_inside_the_layout_content() =>
        (await fixture.RenderAsync("Test.InLayout", null)).ShouldBe("<main>Sở Tài nguyên và Môi trường Thái Bình</main>");

    [Fact]
    public async Task An_unregistered_template_is_NotFound()
    {
        var error = await Should.ThrowAsync<BusinessException>(fixture.RenderAsync("Test.Nobody", null));
        error.Code.ShouldBe(KernelErrorCodes.TemplateNotFound);
        error.StatusCode.ShouldBe(404);
    }

    [Fact]
    public async Task An_override_saved_later_wins_over_the_embedded_template()
    {
        (await fixture.RenderAsync("Test.LaterWins", null)).ShouldBe("embedded");

        await fixture.SaveOverrideAsync("Test.LaterWins", "v1 {{ applicant.full_name }}", fixture.Clock.GetUtcNow());
        (await fixture.RenderAsync("Test.LaterWins", Dossier)).ShouldBe("v1 Nguyễn Văn An");

        await fixture.SaveOverrideAsync("Test.LaterWins", "v2", fixture.Clock.GetUtcNow());
        (await fixture.RenderAsync("Test.LaterWins", Dossier)).ShouldBe("v2");
    }

    [Fact]
    public async Task An_older_version_is_used_while_the_newest_is_not_valid_yet()
    {
        var now = fixture.Clock.GetUtcNow();
        await fixture.SaveOverrideAsync("Test.NotYetValid", "current", now.AddDays(-1));
        var next = await fixture.SaveOverrideAsync("Test.NotYetValid", "next month", now.AddDays(30));
        next.Version.ShouldBe(2);

        (await fixture.RenderAsync("Test.NotYetValid", null)).ShouldBe("current");
        fixture.Clock.Advance(TimeSpan.FromDays(31));
        (await fixture.RenderAsync("Test.NotYetValid", null)).ShouldBe("next month");
    }

    [Fact]
    public async Task An_override_with_an_end_of_validity_gives_way_to_the_embedded_template_after_it()
    {
        var now = fixture.Clock.GetUtcNow();
        await fixture.SaveOverrideAsync("Test.Expires", "campaign", now, validTo: now.AddHours(1));

        (await fixture.RenderAsync("Test.Expires", null)).ShouldBe("campaign");
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        (await fixture.RenderAsync("Test.Expires", null)).ShouldBe("embedded");
    }

    [Fact]
    public async Task Reverting_appends_a_version_that_brings_back_the_embedded_template_and_keeps_history()
    {
        await fixture.SaveOverrideAsync("Test.Revert", "custom", fixture.Clock.GetUtcNow());
        (await fixture.RenderAsync("Test.Revert", null)).ShouldBe("custom");

        var revert = await fixture.Host.RunAsync(sp =>
            sp.GetRequiredService<ITemplateAdminService>().RevertToEmbeddedAsync("Test.Revert", null, "back to standard"));

        revert.Version.ShouldBe(2);
        revert.RevertsToEmbedded.ShouldBeTrue();
        (await fixture.RenderAsync("Test.Revert", null)).ShouldBe("embedded");
        var versions = await fixture.Host.RunAsync(sp => sp.GetRequiredService<ITemplateAdminService>().ListVersionsAsync("Test.Revert"));
        versions.Select(v => (v.Version, v.Content)).ShouldBe([(2, null), (1, "custom")]);
    }

    [Fact]
    public async Task An_override_for_one_culture_leaves_the_other_cultures_alone()
    {
        await fixture.SaveOverrideAsync("Test.PerCulture", "Dear {{ applicant.full_name }}", fixture.Clock.GetUtcNow(), culture: "en");

        (await fixture.RenderAsync("Test.PerCulture", Dossier, "en")).ShouldBe("Dear Nguyễn Văn An");
        (await fixture.RenderAsync("Test.PerCulture", Dossier, "vi")).ShouldStartWith("Xin chào ");
    }

    [Fact]
    public async Task An_included_template_uses_its_override_in_force()
    {
        await fixture.SaveOverrideAsync("Test.IncludesOverride", "[{{ include 'Test.Footer' }}|{{ include 'Test.Greeting' }}]", fixture.Clock.GetUtcNow());

        (await fixture.RenderAsync("Test.IncludesOverride", Dossier, "en"))
            .ShouldBe("[Sở Tài nguyên và Môi trường Thái Bình|Hello Nguyễn Văn An, dossier 000.00.12.H54-261123-0001.]");
    }

    [Fact]
    public async Task A_syntax_error_is_refused_with_its_line_and_column_and_nothing_is_saved()
    {
        var error = await Should.ThrowAsync<BusinessException>(
            fixture.SaveOverrideAsync("Test.BadSyntax", "line one\n{{ for x in }}", fixture.Clock.GetUtcNow()));

        error.Code.ShouldBe(KernelErrorCodes.TemplateInvalidSyntax);
        error.StatusCode.ShouldBe(422);
        error.Arguments[0].ShouldBe("Test.BadSyntax");
        error.Arguments[1].ShouldBe(2); // line
        error.Arguments[2].ShouldBe(13); // column of the "}}" where an expression was expected
        (await fixture.Host.RunAsync(sp => sp.GetRequiredService<ITemplateAdminService>().ListVersionsAsync("Test.BadSyntax"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Overriding_an_unregistered_template_is_refused()
    {
        var error = await Should.ThrowAsync<BusinessException>(fixture.SaveOverrideAsync("Test.Nobody", "x", fixture.Clock.GetUtcNow()));
        error.Code.ShouldBe(KernelErrorCodes.TemplateNotFound);
    }

    [Fact]
    public async Task Concurrent_override_saves_get_distinct_consecutive_versions()
    {
        var saves = Enumerable.Range(1, 6)
            .Select(i => Task.Run(() => fixture.SaveOverrideAsync("Test.Concurrent", $"text {i}", fixture.Clock.GetUtcNow())));

        var versions = await Task.WhenAll(saves);

        versions.Select(v => v.Version).Order().ShouldBe([1, 2, 3, 4, 5, 6]);
    }

    [Fact]
    public async Task Repeated_renders_parse_a_text_once_and_a_new_version_once_more()
    {
        var cache = fixture.Host.Services.GetRequiredService<TemplateCache>();
        await fixture.RenderAsync("Test.Cached", null);
        var parsed = cache.ParseCount;

        for (var i = 0; i < 5; i++) await fixture.RenderAsync("Test.Cached", null);
        cache.ParseCount.ShouldBe(parsed);

        await fixture.SaveOverrideAsync("Test.Cached", "new", fixture.Clock.GetUtcNow());
        var afterSave = cache.ParseCount; // (the save's syntax check does not fill the cache)
        for (var i = 0; i < 5; i++) (await fixture.RenderAsync("Test.Cached", null)).ShouldBe("new");
        cache.ParseCount.ShouldBe(afterSave + 1);
    }

    [Fact]
    public async Task Only_data_members_of_the_model_are_reachable()
    {
        await fixture.SaveOverrideAsync(
            "Test.Members", "{{ m.name }}|{{ m.secret_method }}|{{ m.kind }}", fixture.Clock.GetUtcNow());

        (await fixture.RenderAsync("Test.Members", new { M = new MemberProbe() })).ShouldBe("probe||");
    }

    public sealed class MemberProbe
    {
        public string Name => "probe";
        public Type Kind => typeof(MemberProbe);
        public string SecretMethod() => "leaked";
    }
}
