using System.Net;
using System.Net.Http.Json;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Procedures.Tests.Catalog;

/// <summary>Each rule of a procedure being saved: a 422 with its stable code and a Vietnamese message; nothing saved.</summary>
[Collection(CatalogCollection.Name)]
public sealed class CatalogValidationTests(CatalogFixture app)
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "code-format", ProcedureErrorCodes.ProcedureCodeInvalid, "định dạng mã" },
        { "code-missing", ProcedureErrorCodes.ProcedureCodeInvalid, "mã thủ tục" },
        { "name", ProcedureErrorCodes.ProcedureNameRequired, "tên thủ tục" },
        { "field", ProcedureErrorCodes.ProcedureFieldUnknown, "lĩnh vực" },
        { "deadline-zero", ProcedureErrorCodes.ProcedureDeadlineInvalid, "Thời hạn" },
        { "deadline-unit", ProcedureErrorCodes.ProcedureDeadlineInvalid, "đơn vị" },
        { "no-components", ProcedureErrorCodes.ProcedureComponentInvalid, "thành phần hồ sơ" },
        { "component-name", ProcedureErrorCodes.ProcedureComponentInvalid, "chưa có tên" },
        { "component-count", ProcedureErrorCodes.ProcedureComponentInvalid, "số lượng" },
        { "no-handling", ProcedureErrorCodes.ProcedureHandlingInvalid, "cấp tiếp nhận" },
        { "handling-twice", ProcedureErrorCodes.ProcedureHandlingInvalid, "hai lần" },
        { "validity", ProcedureErrorCodes.ProcedureValidityInvalid, "hiệu lực" },
        { "online-level", ProcedureErrorCodes.ProcedureInvalid, "trực tuyến" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Invalid_procedure_is_refused_with_its_code_and_a_vietnamese_message(string rule, string code, string messagePart)
    {
        using var admin = await app.SignedInAsync("admin");
        var valid = CatalogRequests.Valid(app.NewCode());
        var request = rule switch
        {
            "code-format" => valid with { Code = "TN-001" },
            "code-missing" => valid with { Code = " " },
            "name" => valid with { Name = "  " },
            "field" => valid with { Field = "forestry" },
            "deadline-zero" => valid with { DeadlineAmount = 0 },
            "deadline-unit" => valid with { DeadlineUnit = null },
            "no-components" => valid with { Components = [] },
            "component-name" => valid with { Components = [new SaveComponentRequest(null, "", CopyKind.Original, 1, true, null)] },
            "component-count" => valid with { Components = [new SaveComponentRequest(null, "Đơn đề nghị", CopyKind.Original, 0, true, null)] },
            "no-handling" => valid with { Handling = [] },
            "handling-twice" => valid with
            {
                Handling = [new HandlingDto(ReceptionLevel.Province, HandlingMode.OnTheSpot, null), new HandlingDto(ReceptionLevel.Province, HandlingMode.Transfer, null)],
            },
            "validity" => valid with { ValidFrom = new DateOnly(2026, 6, 1), ValidTo = new DateOnly(2026, 6, 1) },
            "online-level" => valid with { OnlineLevel = 7 },
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };

        var response = await admin.PostAsJsonAsync("/api/procedures", request, CatalogRequests.Json);

        var message = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, code);
        message.ShouldContain(messagePart, Case.Insensitive);
        (await admin.GetAsync($"/api/procedures/{valid.Code}/versions")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Duplicate_code_is_refused_as_taken()
    {
        using var admin = await app.SignedInAsync("admin");
        var code = app.NewCode();
        await admin.CreateAsync(CatalogRequests.Valid(code));

        var response = await admin.PostAsJsonAsync("/api/procedures", CatalogRequests.Valid(code, "Thủ tục khác cùng mã"), CatalogRequests.Json);

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, ProcedureErrorCodes.ProcedureCodeTaken)).ShouldContain(code);
    }

    [Fact]
    public async Task Every_error_of_a_request_is_listed_by_field()
    {
        using var admin = await app.SignedInAsync("admin");
        var request = CatalogRequests.Valid("x") with { Name = "", Field = "", DeadlineAmount = -1, DeadlineUnit = DurationUnit.WorkingDays };

        var response = await admin.PostAsJsonAsync("/api/procedures", request, CatalogRequests.Json);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ProcedureErrorCodes.ProcedureCodeInvalid);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["code", "name", "field", "deadline"], ignoreOrder: true);
    }
}
