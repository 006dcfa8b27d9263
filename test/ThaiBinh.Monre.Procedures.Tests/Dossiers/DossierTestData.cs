using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Catalog;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

/// <summary>A procedure of the tests' own (the seeded catalog comes from another area): two components, one mandatory.</summary>
public sealed record TestProcedure(Guid Id, string Code, Guid MandatoryComponentId, Guid OptionalComponentId);

/// <summary>Test procedures and bindings written straight into the catalog tables, and receipts through the API.</summary>
public static class DossierTestData
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The flow of a demo procedure of the same shape (see <see cref="DemoFlow"/>): the default of the binding parameters.</summary>
    public const string DemoFlowOfTheMode = "(demo)";

    /// <summary>
    /// A procedure of <paramref name="field"/> (land by default) in force since 2026-01-01, received at the centre (on the
    /// spot unless asked otherwise) and at district desks, each bound to the flow the demo seeding generated for a demo
    /// procedure of the same level and mode (<see cref="DemoFlowOfTheMode"/>), unless other bindings are asked for.
    /// </summary>
    public static async Task<TestProcedure> CreateProcedureAsync(MonreAppFactory app, decimal amount = 3, DurationUnit unit = DurationUnit.WorkingDays,
        decimal? onlineAmount = null, HandlingMode provinceMode = HandlingMode.OnTheSpot, string? provinceFlow = DemoFlowOfTheMode,
        string? districtFlow = DemoFlowOfTheMode, DateOnly? validFrom = null, DateOnly? validTo = null, bool district = true,
        string field = "land")
    {
        var code = "T." + Guid.NewGuid().ToString("N")[..10];
        if (provinceFlow == DemoFlowOfTheMode) provinceFlow = await DemoFlow.DefinitionAsync(app, ReceptionLevel.Province, provinceMode);
        if (districtFlow == DemoFlowOfTheMode) districtFlow = await DemoFlow.DefinitionAsync(app, ReceptionLevel.District, HandlingMode.OnTheSpot);
        return await app.AsUserAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            var procedure = new Procedure(code, 1, "Đăng ký biến động đất đai (thử nghiệm " + code + ")", field, amount, unit, validFrom ?? new DateOnly(2026, 1, 1));
            procedure.SetDetails(procedure.Name, field, amount, unit, onlineAmount, null, null, 3, "Giấy chứng nhận");
            procedure.SetValidity(validFrom ?? new DateOnly(2026, 1, 1), validTo);
            var mandatory = new ProcedureComponent(procedure.Id, 1, "Đơn đăng ký biến động", CopyKind.Original, 1, true, null);
            var optional = new ProcedureComponent(procedure.Id, 2, "Giấy tờ khác", CopyKind.Copy, 1, false, null);
            procedure.Components.AddRange([mandatory, optional]);
            procedure.Handling.Add(new ProcedureHandling(procedure.Id, ReceptionLevel.Province, provinceMode));
            if (district) procedure.Handling.Add(new ProcedureHandling(procedure.Id, ReceptionLevel.District, HandlingMode.OnTheSpot));
            db.Procedures.Add(procedure);
            var now = DateTimeOffset.UtcNow;
            if (provinceFlow is not null)
                db.WorkflowBindings.Add(new WorkflowBinding(code, ReceptionLevel.Province, provinceMode, provinceFlow, new DateOnly(2026, 1, 1), now));
            if (district && districtFlow is not null)
                db.WorkflowBindings.Add(new WorkflowBinding(code, ReceptionLevel.District, HandlingMode.OnTheSpot, districtFlow, new DateOnly(2026, 1, 1), now));
            await db.SaveChangesAsync();
            return new TestProcedure(procedure.Id, code, mandatory.Id, optional.Id);
        });
    }

    public static ApplicantDto Person(string name = "Nguyễn Văn An", string phone = "0912345678") =>
        new(ApplicantKind.Person, name, "034091000123", phone, "an@example.vn", "Số 1 Lê Lợi, TP. Thái Bình");

    public static ReceiveDossierRequest Request(TestProcedure procedure, ReceiptDecision decision = ReceiptDecision.Accept,
        SubmissionChannel channel = SubmissionChannel.Direct, ApplicantDto? applicant = null, bool withMandatory = true, string? reason = null,
        Guid? receptionUnitId = null) =>
        new(procedure.Id, receptionUnitId, channel, applicant ?? Person(),
            withMandatory ? [new ReceivedComponentDto(procedure.MandatoryComponentId, CopyKind.Original, 1)] : [new ReceivedComponentDto(procedure.OptionalComponentId, CopyKind.Copy, 2)],
            decision, reason);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, ReceiveDossierRequest request, string? idempotencyKey = null)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/dossiers") { Content = JsonContent.Create(request, options: Json) };
        if (idempotencyKey is not null) message.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(message);
    }

    public static async Task<DossierReceiptDto> ReceiveAsync(HttpClient client, ReceiveDossierRequest request, string? idempotencyKey = null)
    {
        var response = await PostAsync(client, request, idempotencyKey);
        if (response.StatusCode != System.Net.HttpStatusCode.Created)
            throw new InvalidOperationException($"Receipt answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<DossierReceiptDto>(Json))!;
    }

    public static async Task<DossierDetailDto> GetAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<DossierDetailDto>($"/api/dossiers/{id}", Json))!;

    /// <summary>The ProblemDetails <c>title</c> (the Vietnamese message) of an error response.</summary>
    public static async Task<string?> TitleAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.TryGetProperty("title", out var title) ? title.GetString() : null;
    }

    /// <summary>The ProblemDetails <c>code</c> of an error response.</summary>
    public static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }
}

public static class ResponseAssertions
{
    /// <summary>Asserts the status, showing the body (ProblemDetails) when it differs.</summary>
    public static async Task ShouldHaveStatusAsync(this HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
            throw new Shouldly.ShouldAssertException($"Expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
