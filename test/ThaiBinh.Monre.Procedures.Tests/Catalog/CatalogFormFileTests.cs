using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Procedures.Tests.Catalog;

/// <summary>
/// The blank form file of a catalog component: administrators upload it (Word, Excel, PDF up to 10 MB), anyone downloads
/// it without logging in, with the file name it was uploaded under; a new version of the procedure keeps it.
/// </summary>
[Collection(CatalogCollection.Name)]
public sealed class CatalogFormFileTests(CatalogFixture app)
{
    private static readonly byte[] Docx = [0x50, 0x4B, 0x03, 0x04, .. "word/document.xml"u8.ToArray()];

    [Fact]
    public async Task An_uploaded_form_is_downloaded_without_login_with_its_bytes_and_file_name()
    {
        using var admin = await app.SignedInAsync("admin");
        var procedure = await admin.CreateAsync(CatalogRequests.Valid(app.NewCode()));
        var component = procedure.Components[0];

        var saved = await (await UploadAsync(admin, procedure.Id, component.Id, "Mẫu số 01 - Đơn đề nghị.docx", Docx)).OkAsync<ProcedureDto>();

        var stored = saved.Components.Single(c => c.Id == component.Id);
        stored.FormFileName.ShouldBe("Mẫu số 01 - Đơn đề nghị.docx");
        stored.FormBlobName.ShouldNotBeNull().ShouldMatch(@"^[0-9a-f]{32}/[0-9a-f]{32}\.docx$"); // ASCII, made by the server
        saved.Components.Single(c => c.Id != component.Id).FormBlobName.ShouldBeNull();

        using var citizen = app.Anonymous();
        var download = await citizen.GetAsync($"/api/public/procedure-forms/{component.Id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Docx);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("Mẫu số 01 - Đơn đề nghị.docx");

        // A component without a form answers 404 with its code.
        await (await citizen.GetAsync($"/api/public/procedure-forms/{saved.Components[1].Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, ProcedureErrorCodes.FormFileNotFound);
    }

    [Fact]
    public async Task A_file_too_big_or_of_another_type_is_refused_with_its_code_and_nothing_is_stored()
    {
        using var admin = await app.SignedInAsync("admin");
        var procedure = await admin.CreateAsync(CatalogRequests.Valid(app.NewCode()));
        var component = procedure.Components[0];

        var tooBig = await UploadAsync(admin, procedure.Id, component.Id, "to-khai.pdf", new byte[10 * 1024 * 1024 + 1]);
        var wrongType = await UploadAsync(admin, procedure.Id, component.Id, "to-khai.exe", "MZ"u8.ToArray());
        var empty = await UploadAsync(admin, procedure.Id, component.Id, "to-khai.docx", []);

        (await tooBig.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ProcedureErrorCodes.FormFileTooLarge)).ShouldContain("10 MB");
        (await wrongType.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ProcedureErrorCodes.FormFileInvalid)).ShouldContain(".docx");
        await empty.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ProcedureErrorCodes.FormFileInvalid);
        var after = (await admin.GetFromJsonAsync<ProcedureDto>($"/api/procedures/{procedure.Id}", CatalogRequests.Json))!;
        after.Components[0].FormBlobName.ShouldBeNull();
        after.Components[0].FormFileName.ShouldBeNull();
        Directory.Exists(Path.Combine(BlobRoot(), "procedure-forms", component.Id.ToString("N"))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_component_of_another_procedure_is_not_found()
    {
        using var admin = await app.SignedInAsync("admin");
        var first = await admin.CreateAsync(CatalogRequests.Valid(app.NewCode()));
        var second = await admin.CreateAsync(CatalogRequests.Valid(app.NewCode()));

        var response = await UploadAsync(admin, first.Id, second.Components[0].Id, "don.pdf", "%PDF-1.4"u8.ToArray());

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, ProcedureErrorCodes.ComponentUnknown);
    }

    [Fact]
    public async Task A_new_version_and_a_correction_keep_the_components_form_file()
    {
        using var admin = await app.SignedInAsync("admin");
        var code = app.NewCode();
        var first = await admin.CreateAsync(CatalogRequests.Valid(code, validFrom: new DateOnly(2026, 1, 1)));
        var pdf = "%PDF-1.4\n% to khai\n"u8.ToArray();
        await (await UploadAsync(admin, first.Id, first.Components[0].Id, "Tờ khai.pdf", pdf)).OkAsync<ProcedureDto>();

        // The new version is sent as the catalog page sends it: the components by name, no ids, the file name it last saw (none).
        var next = CatalogRequests.Valid(code, validFrom: new DateOnly(2027, 1, 1)) with { DeadlineAmount = 3 };
        var second = await (await admin.PostAsJsonAsync($"/api/procedures/{first.Id}/versions", next, CatalogRequests.Json)).OkAsync<ProcedureDto>();
        // A correction that sends no file name keeps the uploaded one.
        var corrected = await (await admin.PutAsJsonAsync($"/api/procedures/{first.Id}",
            CatalogRequests.Valid(code, "Tên đã đính chính", new DateOnly(2026, 1, 1)) with { ValidTo = new DateOnly(2027, 1, 1) }, CatalogRequests.Json))
            .OkAsync<ProcedureDto>();

        var kept = second.Components.Single(c => c.Name == first.Components[0].Name);
        kept.Id.ShouldNotBe(first.Components[0].Id);
        kept.FormFileName.ShouldBe("Tờ khai.pdf");
        kept.FormBlobName.ShouldNotBeNull();
        second.Components.Single(c => c.Id != kept.Id).FormBlobName.ShouldBeNull();
        corrected.Components.Single(c => c.Name == first.Components[0].Name).FormFileName.ShouldBe("Tờ khai.pdf");
        using var citizen = app.Anonymous();
        (await citizen.GetByteArrayAsync($"/api/public/procedure-forms/{kept.Id}")).ShouldBe(pdf);
        (await citizen.GetByteArrayAsync($"/api/public/procedure-forms/{first.Components[0].Id}")).ShouldBe(pdf);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid procedureId, Guid componentId, string fileName, byte[] bytes) =>
        client.PostAsync($"/api/procedures/{procedureId}/components/{componentId}/form",
            new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } });

    private string BlobRoot() => app.Services.GetRequiredService<IConfiguration>()["Monre:Blobs:Path"]!;
}
