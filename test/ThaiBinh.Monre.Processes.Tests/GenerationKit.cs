using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Processes.Application.Generation;
using ThaiBinh.Monre.Processes.Application.Validation;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Processes.Tests;

/// <summary>
/// What the generation, validation and document tests share: a procedure of their own (created through the catalog API,
/// so the demo procedures other tests use are never rebound), process versions built in the test, the seams from the
/// host's DI, and a dossier received and worked through the inbox.
/// </summary>
public static class GenerationKit
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Request bodies as the host binds them (enums without their own converter, e.g. DurationUnit, as numbers).</summary>
    private static readonly JsonSerializerOptions Request = new(JsonSerializerDefaults.Web);

    public const string DepartmentCode = "000.00.20.H54";
    public const string OfficeCode = "000.01.20.H54";
    public const string LandDivisionCode = "000.03.20.H54";
    public const string CentreCode = "000.00.31.H54";

    /// <summary>A procedure in force since 2026-01-01 with one mandatory component, handled as asked at each level.</summary>
    public static async Task<ProcedureDto> CreateProcedureAsync(ProcessesFixture app, decimal amount = 1, DurationUnit unit = DurationUnit.WorkingDays,
        decimal? onlineAmount = null, HandlingMode province = HandlingMode.OnTheSpot, HandlingMode? district = HandlingMode.OnTheSpot, string field = "land")
    {
        var code = $"9.{Random.Shared.Next(100000, 999999)}";
        var admin = await app.ClientAsync("admin");
        List<HandlingDto> handling = [new(ReceptionLevel.Province, province, null)];
        if (district is { } mode) handling.Add(new HandlingDto(ReceptionLevel.District, mode, null));
        var response = await admin.PostAsJsonAsync("/api/procedures", new SaveProcedureRequest(
            code, $"Thủ tục thử quy trình {code}", field, amount, unit, onlineAmount, null, null, 3, "Giấy phép", new DateOnly(2026, 1, 1), null,
            [new SaveComponentRequest(null, "Đơn đề nghị", CopyKind.Original, 1, true, null)], handling), Request);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Creating a procedure answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ProcedureDto>(Json))!;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ProcessesFixture, Dictionary<string, HttpClient>> Clients = [];

    /// <summary>A signed-in client per user, kept for the fixture's life (signing in hashes a password: slow).</summary>
    public static async Task<HttpClient> ClientAsync(this ProcessesFixture app, string user)
    {
        var clients = Clients.GetOrCreateValue(app);
        lock (clients)
            if (clients.TryGetValue(user, out var known)) return known;
        var client = await app.SignedInAsync(user);
        lock (clients) clients[user] = client;
        return client;
    }

    public static ProcessVersionDto Process(ProcedureDto procedure, ReceptionLevel level, ProcessShape shape, IReadOnlyList<ProcessStepDto> steps,
        int version = 1) => new(
        Guid.NewGuid(), procedure.Code, procedure.Name, level, shape, version, ProcessState.Draft, $"Quy trình nội bộ {procedure.Name}",
        "123/QĐ-STNMT", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1), null, steps, null, null, DateTimeOffset.UtcNow, null, null, null, 1);

    public static Task<T> WithAsync<T>(this ProcessesFixture app, Func<IServiceProvider, Task<T>> work) => app.AsUserAsync("admin", work);

    public static Task<IReadOnlyList<ProcessStepDto>> DefaultStepsAsync(this ProcessesFixture app, ProcessShape shape, ProcedureDto procedure, ReceptionLevel level) =>
        app.WithAsync(sp => sp.GetRequiredService<IWorkflowGenerator>().DefaultStepsAsync(shape, procedure, level, CancellationToken.None));

    public static Task<IReadOnlyList<ProcessValidationMessage>> ValidateAsync(this ProcessesFixture app, ProcessVersionDto process, ProcedureDto procedure) =>
        app.WithAsync(sp => sp.GetRequiredService<IProcessValidator>().ValidateAsync(process, procedure, CancellationToken.None));

    /// <summary>Generates, checks with the engine's validator, publishes and binds the process's flow to the procedure from today.</summary>
    public static Task<WorkflowDocument> PublishAndBindAsync(this ProcessesFixture app, ProcessVersionDto process, ProcedureDto procedure) =>
        app.WithAsync(async sp =>
        {
            var document = sp.GetRequiredService<IWorkflowGenerator>().Generate(process, procedure);
            var definitions = sp.GetRequiredService<IWorkflowDefinitionService>();
            definitions.Validate(document.ToJson()).ShouldBeEmpty();
            await definitions.SaveAndPublishAsync(document.ToJson());
            var mode = procedure.Handling.Single(h => h.Level == process.Level).Mode;
            await sp.GetRequiredService<IProcedureCatalog>().BindWorkflowAsync(procedure.Code, process.Level, mode, document.DefinitionId,
                new DateOnly(2026, 1, 1));
            return document;
        });

    public static Task<Guid> UnitIdAsync(this ProcessesFixture app, string agencyCode) => app.WithAsync(async sp =>
        (await sp.GetRequiredService<IOrgUnitDirectory>().ListAsync(null, new DateOnly(2026, 11, 23))).Single(u => u.AgencyCode == agencyCode).Id);

    public static async Task<DossierReceiptDto> ReceiveAsync(this ProcessesFixture app, ProcedureDto procedure, string desk = "motcua",
        SubmissionChannel channel = SubmissionChannel.Direct)
    {
        var client = await app.ClientAsync(desk);
        var response = await client.PostAsJsonAsync("/api/dossiers", new ReceiveDossierRequest(procedure.Id, null, channel,
            new ApplicantDto(ApplicantKind.Person, "Nguyễn Văn An", "034091000123", "0912345678", null, "Số 1 Lê Lợi, TP. Thái Bình"),
            [new ReceivedComponentDto(procedure.Components[0].Id, CopyKind.Original, 1)], ReceiptDecision.Accept, null), Json);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Receipt answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<DossierReceiptDto>(Json))!;
    }

    /// <summary>The user's open task of the dossier, or null.</summary>
    public static Task<WorkflowTaskDto?> OpenTaskAsync(this ProcessesFixture app, string user, Guid dossierId) =>
        app.AsUserAsync(user, async sp => (await sp.GetRequiredService<ITaskInbox>().ListAsync(TaskScope.Mine))
            .SingleOrDefault(t => t.CorrelationId == dossierId.ToString() && t.State is TaskState.Open or TaskState.Claimed));

    /// <summary>Completes the user's open task of the dossier, which must be at <paramref name="activityId"/>.</summary>
    public static async Task<WorkflowTaskDto> CompleteAsync(this ProcessesFixture app, string user, Guid dossierId, string activityId, string outcome,
        object? formData = null)
    {
        var task = await app.OpenTaskAsync(user, dossierId) ?? throw new InvalidOperationException($"{user} has no open task of {dossierId}.");
        task.ActivityId.ShouldBe(activityId);
        var form = formData is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(formData));
        await app.AsUserAsync(user, sp => sp.GetRequiredService<ITaskInbox>().CompleteAsync(task.Id, new CompleteTask(outcome, null, form)));
        return task;
    }

    public static async Task<DossierDetailDto> DossierAsync(this ProcessesFixture app, Guid id) =>
        (await (await app.ClientAsync("admin")).GetFromJsonAsync<DossierDetailDto>($"/api/dossiers/{id}", Json))!;

    /// <summary>Runs a desk action on the dossier as the desk officer (resubmission after supplementation, payment).</summary>
    public static async Task DeskAsync(this ProcessesFixture app, Guid id, string action, object? body = null, string desk = "motcua")
    {
        var client = await app.ClientAsync(desk);
        var response = await client.PostAsJsonAsync($"/api/dossiers/{id}/{action}", body ?? new { }, Json);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{action} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public static ProcessStepDto Step(int order, string name, StepKind kind, string? role, StepUnitKind unitKind, decimal hours,
        StepAction[]? actions = null, Guid? unitId = null, decimal? onlineHours = null, string[]? forms = null, int? status = null,
        ConsultDto? consult = null, string? responsible = null, string? content = null) =>
        new(order, name, content, kind, role, unitKind, unitId, responsible, hours, onlineHours, forms ?? [], actions ?? [], status, consult);
}
