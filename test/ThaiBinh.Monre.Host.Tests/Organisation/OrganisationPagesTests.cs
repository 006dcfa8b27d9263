using System.Net;

namespace ThaiBinh.Monre.Host.Tests.Organisation;

/// <summary>The organisation admin pages render (prerendered) with the demo data for an administrator.</summary>
[Collection(HostCollection.Name)]
public sealed class OrganisationPagesTests(HostFixture host)
{
    [Theory]
    [InlineData("/admin/org-units", "Sở Tài nguyên và Môi trường tỉnh Thái Bình")]
    [InlineData("/admin/people", "Phạm Văn Quang")]
    [InlineData("/admin/delegations", "Trần Thị Hương")]
    public async Task The_admin_page_shows_the_demo_organisation(string url, string expected)
    {
        using var admin = await host.SignedInAsync("admin");

        var response = await admin.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(expected);
    }
}
