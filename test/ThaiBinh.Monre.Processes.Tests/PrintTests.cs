using System.Net;
using System.Net.Http.Json;
using ThaiBinh.Monre.Procedures.Catalog;
using static ThaiBinh.Monre.Processes.Tests.GenerationKit;

namespace ThaiBinh.Monre.Processes.Tests;

/// <summary>The printable process document at <c>/print/processes/{id}</c>.</summary>
[Collection(ProcessesCollection.Name)]
public sealed class PrintTests(ProcessesFixture app)
{
    [Fact]
    public async Task The_process_document_prints_the_iso_table_and_the_total_against_the_legal_deadline()
    {
        var procedure = await CreateProcedureAsync(app, 1);
        var admin = await app.ClientAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/processes", new SaveProcessRequest(procedure.Code, ReceptionLevel.Province, null, null,
            "45/QĐ-STNMT", new DateOnly(2026, 11, 20), null, null, null, null), Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var draft = (await created.Content.ReadFromJsonAsync<ProcessVersionDto>(Json))!;

        var response = await admin.GetAsync($"/print/processes/{draft.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        // Scriban's html.escape writes accented letters as entities.
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Sở Tài nguyên và Môi trường tỉnh Thái Bình");
        html.ShouldContain("Quyết định số 45/QĐ-STNMT ngày 20/11/2026");
        html.ShouldContain(procedure.Code);
        foreach (var step in draft.Steps) html.ShouldContain($"data-order=\"{step.Order}\"");
        html.ShouldContain("Thẩm định hồ sơ");
        html.ShouldContain("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
        html.ShouldContain("thời hạn theo quy định: 8 giờ làm việc");
        html.ShouldContain("Trong thời hạn");
        html.ShouldContain("@page { size: A4");

        (await admin.GetAsync($"/print/processes/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
