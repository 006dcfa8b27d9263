using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Testing;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Processes.Tests;

/// <summary>Procedures of the tests' own (added through the catalog API, codes no demo seeding touches) and API helpers.</summary>
public static class ProcessTestData
{
    // No global enum converter: the contracts' enums carry their own, and the server reads the others (DurationUnit) as numbers.
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A land procedure (3 working days) in force since 2026-01-01, on the spot at the centre and at district desks.</summary>
    public static async Task<ProcedureDto> CreateProcedureAsync(MonreAppFactory app, bool district = true, HandlingMode mode = HandlingMode.OnTheSpot)
    {
        // A short national code (no ".H54"): the demo seeding only ever seeds the demo catalog's Thái Bình codes.
        var code = $"9.{Random.Shared.Next(0, 1_000_000):D6}";
        using var admin = await app.SignedInAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/procedures", new SaveProcedureRequest(
            code, "Thủ tục thử nghiệm quy trình " + code, "land", 3, DurationUnit.WorkingDays, null, null, null, 3, "Giấy chứng nhận",
            new DateOnly(2026, 1, 1), null,
            [new SaveComponentRequest(null, "Đơn đề nghị", CopyKind.Original, 1, true, null)],
            [new HandlingDto(ReceptionLevel.Province, mode, null), .. district ? [new HandlingDto(ReceptionLevel.District, HandlingMode.OnTheSpot, null)] : Array.Empty<HandlingDto>()]),
            Json);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<ProcedureDto>(Json))!;
    }

    /// <summary>A new process with the shape's default table, in force from 2026-11-02 (three weeks before the tests' today).</summary>
    public static SaveProcessRequest Create(string code, ReceptionLevel level = ReceptionLevel.Province) =>
        new(code, level, null, null, null, null, new DateOnly(2026, 11, 2), null, null, null);

    public static async Task<ProcessVersionDto> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        await response.ShouldHaveStatusAsync(expected);
        return (await response.Content.ReadFromJsonAsync<ProcessVersionDto>(Json))!;
    }

    /// <summary>Creates, approves and publishes a process of the procedure at the level as <paramref name="userName"/>.</summary>
    public static async Task<ProcessVersionDto> PublishNewAsync(HttpClient client, string code, ReceptionLevel level = ReceptionLevel.Province)
    {
        var draft = await ReadAsync(await client.PostAsJsonAsync("/api/processes", Create(code, level), Json), HttpStatusCode.Created);
        return await ApproveAndPublishAsync(client, draft);
    }

    public static async Task<ProcessVersionDto> ApproveAndPublishAsync(HttpClient client, ProcessVersionDto draft)
    {
        await ReadAsync(await client.PostAsJsonAsync($"/api/processes/{draft.Id}/approve",
            new ApproveProcessRequest("15/QĐ-STNMT", new DateOnly(2026, 10, 30), draft.Revision), Json), HttpStatusCode.OK);
        return await ReadAsync(await client.PostAsync($"/api/processes/{draft.Id}/publish", null), HttpStatusCode.OK);
    }

    /// <summary>Receives an accepted dossier of the procedure at the desk officer's own desk; returns its flow instance.</summary>
    public static async Task<WorkflowInstanceInfo> ReceiveAsync(MonreAppFactory app, HttpClient desk, ProcedureDto procedure)
    {
        var request = new ReceiveDossierRequest(procedure.Id, null, SubmissionChannel.Direct,
            new ApplicantDto(ApplicantKind.Person, "Nguyễn Văn An", "034091000123", "0912345678", null, "Số 1 Lê Lợi, TP. Thái Bình"),
            [new ReceivedComponentDto(procedure.Components[0].Id, CopyKind.Original, 1)], ReceiptDecision.Accept, null);
        var response = await desk.PostAsJsonAsync("/api/dossiers", request, Json);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var receipt = (await response.Content.ReadFromJsonAsync<DossierReceiptDto>(Json))!;
        var dossier = (await desk.GetFromJsonAsync<DossierDetailDto>($"/api/dossiers/{receipt.Id}", Json))!;
        return await app.AsUserAsync(null, sp => sp.GetRequiredService<IWorkflowRuntime>().GetAsync(dossier.WorkflowInstanceId!.Value));
    }

    /// <summary>The ProblemDetails <c>code</c> of an error response.</summary>
    public static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }

    /// <summary>Asserts the status and the ProblemDetails code, showing the body when either differs.</summary>
    public static async Task ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        await response.ShouldHaveStatusAsync(status);
        (await CodeAsync(response)).ShouldBe(code);
    }

    public static async Task ShouldHaveStatusAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
            throw new ShouldAssertException($"Expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
