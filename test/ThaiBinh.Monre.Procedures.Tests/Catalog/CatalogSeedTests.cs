using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Web;
using ThaiBinh.Monre.Procedures.Application.Catalog;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Procedures.Tests.Catalog;

/// <summary>The demo catalog as the desks see it (read-only, on the shared seeded host).</summary>
[Collection(ProceduresCollection.Name)]
public sealed class CatalogSeedTests(ProceduresFixture app)
{
    [Fact]
    public async Task Demo_catalog_has_25_or_more_procedures_in_force_across_every_field()
    {
        using var desk = await app.SignedInAsync("motcua");

        var items = (await desk.GetFromJsonAsync<List<ProcedureListItemDto>>("/api/procedures?take=200", CatalogRequests.Json))!;

        items.Count.ShouldBeGreaterThanOrEqualTo(25);
        items.Select(i => i.Field).Distinct().OrderBy(f => f).ShouldBe(FieldCodes.All.OrderBy(f => f));
        items.ShouldAllBe(i => i.Code.EndsWith(".H54") && i.Components.Count >= 2 && i.Components.Count <= 5 && i.Deadline.Amount > 0);
        items.ShouldContain(i => i.Components.Any(c => !c.Mandatory));
    }

    [Fact]
    public async Task Every_seeded_handling_is_bound_to_the_flow_generated_from_its_published_process()
    {
        var (handling, transfers, district) = await app.AsUserAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            var catalog = sp.GetRequiredService<ProcedureCatalog>();
            var rows = await db.Procedures.Where(p => p.Code.EndsWith(".H54"))
                .SelectMany(p => p.Handling.Select(h => new { p.Code, h.Level, h.Mode })).ToListAsync();
            var result = new List<(string Code, ReceptionLevel Level, HandlingMode Mode, string? Definition)>();
            foreach (var row in rows)
                result.Add((row.Code, row.Level, row.Mode, (await catalog.FindBindingAsync(row.Code, row.Level, new DateOnly(2026, 11, 23), default))?.WorkflowDefinitionId));
            return (result, rows.Count(r => r.Level == ReceptionLevel.Province && r.Mode == HandlingMode.Transfer),
                rows.Count(r => r.Level == ReceptionLevel.District));
        });

        // The Processes module's demo seeding publishes version 1 of each procedure's process at each level it offers.
        handling.ShouldAllBe(h => h.Definition == ProceduresWorkflow.DossierFlowPrefix + h.Code.ToLowerInvariant() + "."
            + (h.Level == ReceptionLevel.Province ? "province" : "district") + ".v1");
        transfers.ShouldBe(3);
        district.ShouldBe(6);
        handling.Select(h => h.Code).Distinct().ShouldAllBe(code => handling.Any(h => h.Code == code && h.Level == ReceptionLevel.Province));
    }

    [Fact]
    public async Task Seeding_again_adds_no_procedure_and_no_binding()
    {
        var before = await CountsAsync();

        await app.Services.MigrateAndSeedAsync();

        (await CountsAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("giay phep moi truong", "1.010727.000.00.00.H54")]
    [InlineData("GIẤY PHÉP MÔI TRƯỜNG", "1.010727.000.00.00.H54")]
    [InlineData("khai thac khoang san", "1.000778.000.00.00.H54")]
    [InlineData("du lieu vien tham", "1.000049.000.00.00.H54")]
    [InlineData("dang ky thay doi tai san", "2.000976.000.00.00.H54")]
    public async Task Desk_officer_finds_a_procedure_by_its_name_typed_without_diacritics(string search, string code)
    {
        using var desk = await app.SignedInAsync("motcua");

        var items = (await desk.GetFromJsonAsync<List<ProcedureListItemDto>>($"/api/procedures?search={Uri.EscapeDataString(search)}", CatalogRequests.Json))!;

        items.ShouldContain(i => i.Code == code);
        items.ShouldAllBe(i => i.Name.Length > 0);
    }

    [Fact]
    public async Task Desk_officer_finds_a_procedure_by_its_code_first_with_its_components()
    {
        using var desk = await app.SignedInAsync("motcua");

        var items = (await desk.GetFromJsonAsync<List<ProcedureListItemDto>>("/api/procedures?search=1.000943", CatalogRequests.Json))!;

        var item = items.ShouldHaveSingleItem();
        item.Code.ShouldBe("1.000943.000.00.00.H54");
        item.Field.ShouldBe(FieldCodes.Hydromet);
        item.Deadline.Amount.ShouldBe(5);
        item.Components.ShouldContain(c => c.Mandatory && c.Name.StartsWith("Đơn đề nghị"));
    }

    [Fact]
    public async Task Level_filter_lists_only_the_procedures_received_at_district_desks()
    {
        using var desk = await app.SignedInAsync("motcua");

        var items = (await desk.GetFromJsonAsync<List<ProcedureListItemDto>>("/api/procedures?level=District&take=200", CatalogRequests.Json))!;

        items.Count.ShouldBe(6);
        items.ShouldAllBe(i => i.Levels.Contains(ReceptionLevel.District));
    }

    private Task<(int, int)> CountsAsync() => app.AsUserAsync(null, async sp =>
    {
        var db = sp.GetRequiredService<ProceduresDbContext>();
        return (await db.Procedures.CountAsync(), await db.WorkflowBindings.CountAsync());
    });
}
