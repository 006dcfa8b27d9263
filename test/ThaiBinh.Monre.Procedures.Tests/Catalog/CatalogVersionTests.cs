using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Application.Catalog;
using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Procedures.Tests.Catalog;

/// <summary>Versions of a procedure: one in force on a day, a new version closes the previous one, no overlap.</summary>
[Collection(CatalogCollection.Name)]
public sealed class CatalogVersionTests(CatalogFixture app)
{
    [Fact]
    public async Task New_version_from_a_date_closes_the_previous_one_the_day_before_and_each_is_in_force_on_its_days()
    {
        using var admin = await app.SignedInAsync("admin");
        var code = app.NewCode();
        var first = await admin.CreateAsync(CatalogRequests.Valid(code, validFrom: new DateOnly(2026, 1, 1)));

        var second = await (await admin.PostAsJsonAsync($"/api/procedures/{first.Id}/versions",
                CatalogRequests.Valid(code, "Cấp giấy phép thử nghiệm đo đạc (sửa đổi 2027)", new DateOnly(2027, 1, 1)) with { DeadlineAmount = 3 },
                CatalogRequests.Json))
            .OkAsync<ProcedureDto>();

        second!.VersionNumber.ShouldBe(2);
        var versions = (await admin.GetFromJsonAsync<List<ProcedureDto>>($"/api/procedures/{code}/versions", CatalogRequests.Json))!;
        versions.Select(v => (v.VersionNumber, v.ValidFrom, v.ValidTo)).ShouldBe(
            [(1, new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1)), (2, new DateOnly(2027, 1, 1), (DateOnly?)null)]);
        var (dec31, jan1) = await app.AsUserAsync(null, async sp =>
        {
            var catalog = sp.GetRequiredService<IProcedureCatalog>();
            return (await catalog.FindInForceAsync(code, new DateOnly(2026, 12, 31)), await catalog.FindInForceAsync(code, new DateOnly(2027, 1, 1)));
        });
        dec31!.Id.ShouldBe(first.Id);
        dec31.Deadline.Amount.ShouldBe(5);
        jan1!.Id.ShouldBe(second.Id);
        jan1.Deadline.Amount.ShouldBe(3);
        (await app.AsUserAsync(null, sp => sp.GetRequiredService<IProcedureCatalog>().FindInForceAsync(code, new DateOnly(2025, 12, 31)))).ShouldBeNull();
    }

    [Fact]
    public async Task Search_lists_only_the_version_in_force_today()
    {
        using var admin = await app.SignedInAsync("admin");
        var code = app.NewCode();
        var first = await admin.CreateAsync(CatalogRequests.Valid(code, "Thẩm định phương án thử nghiệm Hưng Hà", new DateOnly(2026, 1, 1)));
        var next = CatalogRequests.Valid(code, "Thẩm định phương án thử nghiệm Hưng Hà (bản 2027)", new DateOnly(2027, 1, 1));
        (await admin.PostAsJsonAsync($"/api/procedures/{first.Id}/versions", next, CatalogRequests.Json)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var items = (await admin.GetFromJsonAsync<List<ProcedureListItemDto>>("/api/procedures?search=tham dinh phuong an thu nghiem hung ha", CatalogRequests.Json))!;

        items.ShouldHaveSingleItem().Id.ShouldBe(first.Id);
    }

    [Fact]
    public async Task Correcting_a_version_into_the_days_of_another_is_refused_with_the_overlap_and_changes_nothing()
    {
        using var admin = await app.SignedInAsync("admin");
        var code = app.NewCode();
        var first = await admin.CreateAsync(CatalogRequests.Valid(code, validFrom: new DateOnly(2026, 1, 1)));
        var second = await (await admin.PostAsJsonAsync($"/api/procedures/{first.Id}/versions",
            CatalogRequests.Valid(code, validFrom: new DateOnly(2026, 7, 1)), CatalogRequests.Json)).OkAsync<ProcedureDto>();

        // Re-opening version 1 (no end) would overlap version 2.
        var response = await admin.PutAsJsonAsync($"/api/procedures/{first.Id}", CatalogRequests.Valid(code, "Tên đã sửa", new DateOnly(2026, 1, 1)),
            CatalogRequests.Json);

        var message = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ProcedureErrorCodes.ProcedureVersionOverlap);
        message.ShouldContain("phiên bản 2");
        var unchanged = (await admin.GetFromJsonAsync<ProcedureDto>($"/api/procedures/{first.Id}", CatalogRequests.Json))!;
        unchanged.Name.ShouldBe("Cấp giấy phép thử nghiệm đo đạc");
        unchanged.ValidTo.ShouldBe(new DateOnly(2026, 7, 1));
        second!.ValidFrom.ShouldBe(new DateOnly(2026, 7, 1));
    }

    [Fact]
    public async Task Correcting_a_version_keeps_the_ids_of_the_components_it_keeps()
    {
        using var admin = await app.SignedInAsync("admin");
        var code = app.NewCode();
        var created = await admin.CreateAsync(CatalogRequests.Valid(code));
        var request = created.ToRequest() with
        {
            Name = "Cấp giấy phép thử nghiệm đo đạc (đính chính)",
            Components = [.. created.Components.Select(c => new SaveComponentRequest(c.Id, c.Name, c.CopyKind, c.Count + 1, c.Mandatory, null)),
                new SaveComponentRequest(null, "Tờ khai bổ sung", CopyKind.Original, 1, true, null)],
        };

        var corrected = (await (await admin.PutAsJsonAsync($"/api/procedures/{created.Id}", request, CatalogRequests.Json))
            .OkAsync<ProcedureDto>())!;

        corrected.Id.ShouldBe(created.Id);
        corrected.VersionNumber.ShouldBe(1);
        corrected.Name.ShouldBe("Cấp giấy phép thử nghiệm đo đạc (đính chính)");
        corrected.Components.Take(2).Select(c => c.Id).ShouldBe(created.Components.Select(c => c.Id));
        corrected.Components.Select(c => c.Count).ShouldBe([2, 2, 1]);
    }

    [Fact]
    public async Task A_new_version_must_start_after_the_latest_one()
    {
        using var admin = await app.SignedInAsync("admin");
        var code = app.NewCode();
        var first = await admin.CreateAsync(CatalogRequests.Valid(code, validFrom: new DateOnly(2026, 6, 1)));

        var response = await admin.PostAsJsonAsync($"/api/procedures/{first.Id}/versions", CatalogRequests.Valid(code, validFrom: new DateOnly(2026, 6, 1)),
            CatalogRequests.Json);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ProcedureErrorCodes.ProcedureValidityInvalid);
        (await admin.GetFromJsonAsync<List<ProcedureDto>>($"/api/procedures/{code}/versions", CatalogRequests.Json))!.ShouldHaveSingleItem().ValidTo.ShouldBeNull();
    }

    [Fact]
    public async Task Retired_procedure_is_no_longer_found_in_force_from_that_day()
    {
        using var admin = await app.SignedInAsync("admin");
        var code = app.NewCode();
        var created = await admin.CreateAsync(CatalogRequests.Valid(code, "Xác nhận thử nghiệm sắp bãi bỏ"));

        var retired = (await (await admin.PostAsJsonAsync($"/api/procedures/{created.Id}/retire", new RetireProcedureRequest(new DateOnly(2026, 11, 23)),
            CatalogRequests.Json)).OkAsync<ProcedureDto>())!;

        retired.ValidTo.ShouldBe(new DateOnly(2026, 11, 23));
        (await admin.GetFromJsonAsync<List<ProcedureListItemDto>>("/api/procedures?search=xac nhan thu nghiem sap bai bo", CatalogRequests.Json))!.ShouldBeEmpty();
        (await app.AsUserAsync(null, sp => sp.GetRequiredService<IProcedureCatalog>().FindInForceAsync(code, new DateOnly(2026, 11, 22)))).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_latest_binding_whose_date_has_come_wins()
    {
        using var admin = await app.SignedInAsync("admin");
        var code = app.NewCode();
        await admin.CreateAsync(CatalogRequests.Valid(code));

        var (before, during, after) = await app.AsUserAsync("admin", async sp =>
        {
            var catalog = sp.GetRequiredService<ProcedureCatalog>();
            await catalog.BindWorkflowAsync(code, ReceptionLevel.Province, HandlingMode.OnTheSpot, "quy-trinh-a", new DateOnly(2026, 1, 1));
            await catalog.BindWorkflowAsync(code, ReceptionLevel.Province, HandlingMode.Transfer, "quy-trinh-b", new DateOnly(2026, 12, 1));
            return ((await catalog.FindBindingAsync(code, ReceptionLevel.Province, new DateOnly(2025, 12, 31), default))?.WorkflowDefinitionId,
                (await catalog.FindBindingAsync(code, ReceptionLevel.Province, new DateOnly(2026, 11, 30), default))?.WorkflowDefinitionId,
                (await catalog.FindBindingAsync(code, ReceptionLevel.Province, new DateOnly(2026, 12, 1), default))?.WorkflowDefinitionId);
        });

        before.ShouldBeNull();
        during.ShouldBe("quy-trinh-a");
        after.ShouldBe("quy-trinh-b");
    }

    [Fact]
    public async Task Binding_a_level_the_procedure_is_not_received_at_is_refused()
    {
        using var admin = await app.SignedInAsync("admin");
        var code = app.NewCode();
        await admin.CreateAsync(CatalogRequests.Valid(code));

        var error = await Should.ThrowAsync<Kernel.ErrorHandling.BusinessException>(() => app.AsUserAsync("admin", sp =>
            sp.GetRequiredService<IProcedureCatalog>().BindWorkflowAsync(code, ReceptionLevel.District, HandlingMode.OnTheSpot, "x", new DateOnly(2026, 1, 1))));

        error.Code.ShouldBe(ProcedureErrorCodes.LevelNotOffered);
    }

    [Fact]
    public async Task Two_concurrent_creations_of_one_code_make_one_procedure_and_one_conflict()
    {
        using var admin = await app.SignedInAsync("admin");
        var code = app.NewCode();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.PostAsJsonAsync("/api/procedures", CatalogRequests.Valid(code), CatalogRequests.Json)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        foreach (var conflict in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await conflict.ShouldBeProblemAsync(HttpStatusCode.Conflict, ProcedureErrorCodes.ProcedureCodeTaken);
        (await admin.GetFromJsonAsync<List<ProcedureDto>>($"/api/procedures/{code}/versions", CatalogRequests.Json))!.ShouldHaveSingleItem();
    }
}
