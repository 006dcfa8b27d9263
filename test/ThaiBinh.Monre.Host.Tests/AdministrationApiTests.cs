using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThaiBinh.Monre.Kernel;
using ThaiBinh.Monre.Kernel.Auditing;
using ThaiBinh.Monre.Kernel.Settings;
using ThaiBinh.Monre.Kernel.Templating;

namespace ThaiBinh.Monre.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class AdministrationApiTests(HostFixture host)
{
    [Fact]
    public async Task An_administrator_finds_who_created_an_account_in_the_audit_log_with_its_changes()
    {
        var userName = await host.CreateUserAsync();
        using var admin = await host.SignedInAsync("admin");

        var page = await admin.GetFromJsonAsync<AuditLogPage>("/api/admin/audit-logs?userName=admin&entityType=MonreUser&take=200");

        var entry = page!.Items.First(i => i.Url == "/api/staff/users" && i.HttpMethod == "POST");
        entry.StatusCode.ShouldBe(201);
        entry.EntityChangeCount.ShouldBeGreaterThan(0);
        var changes = await admin.GetFromJsonAsync<List<EntityChangeDto>>($"/api/admin/audit-logs/{entry.Id}/changes");
        changes!.ShouldContain(c => c.EntityType == "MonreUser" && c.ChangeType == "Added");
    }

    [Fact]
    public async Task The_audit_log_is_closed_to_users_without_the_permission()
    {
        using var client = await host.SignedInAsync(await host.CreateUserAsync());

        await (await client.GetAsync("/api/admin/audit-logs")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Monre.Forbidden");
    }

    [Fact]
    public async Task An_oversized_audit_page_is_refused()
    {
        using var admin = await host.SignedInAsync("admin");

        await (await admin.GetAsync("/api/admin/audit-logs?take=100000")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Monre.Validation");
    }

    [Fact]
    public async Task An_administrator_changes_the_agency_name_and_can_reset_it_to_the_default()
    {
        using var admin = await host.SignedInAsync("admin");
        async Task<SettingDto> Read() =>
            (await admin.GetFromJsonAsync<List<SettingDto>>("/api/admin/settings"))!.Single(s => s.Name == KernelModule.AgencyNameSetting);
        (await Read()).Value.ShouldBe("Sở Tài nguyên và Môi trường tỉnh Thái Bình");

        (await admin.PutAsJsonAsync($"/api/admin/settings/{KernelModule.AgencyNameSetting}", new { value = "Sở Nông nghiệp và Môi trường tỉnh Hưng Yên" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Read()).Value.ShouldBe("Sở Nông nghiệp và Môi trường tỉnh Hưng Yên");

        await admin.PutAsJsonAsync($"/api/admin/settings/{KernelModule.AgencyNameSetting}", new { value = (string?)null });
        (await Read()).Value.ShouldBe("Sở Tài nguyên và Môi trường tỉnh Thái Bình");
    }

    [Fact]
    public async Task Setting_an_undefined_setting_is_refused_with_its_code()
    {
        using var admin = await host.SignedInAsync("admin");

        var response = await admin.PutAsJsonAsync("/api/admin/settings/Khong.Co", new { value = "x" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Monre.Settings.Unknown");
    }

    [Fact]
    public async Task An_administrator_appends_a_template_version_and_a_syntax_error_is_refused_with_its_position()
    {
        using var admin = await host.SignedInAsync("admin");
        (await admin.GetFromJsonAsync<List<TemplateDto>>("/api/admin/templates"))!
            .ShouldContain(t => t.Name == KernelModule.PrintLayoutTemplate && t.IsLayout && t.DisplayName == "Khổ giấy A4 cho mẫu in");

        var bad = await admin.PostAsJsonAsync($"/api/admin/templates/{KernelModule.PrintLayoutTemplate}/versions", new { content = "<p>{{ if }}</p>" });
        (await bad.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Monre.Templates.InvalidSyntax")).ShouldContain("1");

        var good = await admin.PostAsJsonAsync($"/api/admin/templates/{KernelModule.PrintLayoutTemplate}/versions",
            new { content = "<html><body>{{ content }}</body></html>", note = "Bỏ khung nền" });
        good.StatusCode.ShouldBe(HttpStatusCode.Created);

        using var versions = JsonDocument.Parse(await admin.GetStringAsync($"/api/admin/templates/{KernelModule.PrintLayoutTemplate}/versions"));
        versions.RootElement.GetArrayLength().ShouldBe(1);
        versions.RootElement[0].GetProperty("note").GetString().ShouldBe("Bỏ khung nền");
    }
}
