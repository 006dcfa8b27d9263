using System.Net;
using System.Net.Http.Json;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Api;

/// <summary>Instances over HTTP: listing and filtering, the detail with its journal, cancelling, moving and signals.</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class InstancesApiTests(WorkflowsFixture app)
{
    private async Task<(HttpClient Admin, string DefinitionId)> PublishSingleTaskAsync()
    {
        var admin = await app.SignedInAsync("admin");
        var id = NewId("in");
        await admin.PublishAsync(SingleTask(id, await app.UserIdAsync("chuyenvien")));
        return (admin, id);
    }

    private static async Task<List<WorkflowInstanceSummaryDto>> ListAsync(HttpClient client, string query) =>
        await (await client.GetAsync("/api/workflows/instances?" + query)).ShouldBeOkAsync<List<WorkflowInstanceSummaryDto>>();

    [Fact]
    public async Task Instances_are_listed_by_definition_status_and_correlation_and_the_detail_shows_the_journal()
    {
        var (admin, id) = await PublishSingleTaskAsync();
        using var _ = admin;
        var first = await admin.StartAsync(id, "HS-A-" + id);
        var second = await admin.StartAsync(id, "HS-B-" + id);
        await (await admin.PostAsJsonAsync($"/api/workflows/instances/{second.Id}/cancel", new { reason = "Công dân rút hồ sơ" })).ShouldBeOkAsync<WorkflowInstanceInfo>();

        (await ListAsync(admin, $"definitionId={id}")).Select(i => i.Id).ShouldBe([second.Id, first.Id], ignoreOrder: true);
        (await ListAsync(admin, $"definitionId={id}&status=Running")).ShouldHaveSingleItem().Id.ShouldBe(first.Id);
        (await ListAsync(admin, $"definitionId={id}&status=Cancelled")).ShouldHaveSingleItem().Id.ShouldBe(second.Id);
        var byCorrelation = (await ListAsync(admin, $"correlationId=HS-A-{id}")).ShouldHaveSingleItem();
        byCorrelation.Id.ShouldBe(first.Id);
        byCorrelation.DefinitionName.ShouldBe($"Quy trình thử {id}");
        (await ListAsync(admin, $"definitionId={id}&take=1")).Count.ShouldBe(1);
        // A division head watches instances but may not alter them.
        using var head = await app.SignedInAsync("truongphong");
        (await ListAsync(head, $"definitionId={id}")).Count.ShouldBe(2);
        await (await head.PostAsJsonAsync($"/api/workflows/instances/{first.Id}/cancel", new { reason = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Monre.Forbidden");

        var detail = await admin.DetailAsync(first.Id);
        detail.Instance.Status.ShouldBe(WorkflowStatus.Running);
        detail.Instance.CorrelationId.ShouldBe("HS-A-" + id);
        var started = detail.Journal.ShouldHaveSingleItem();
        started.Kind.ShouldBe(JournalKind.Started);
        started.ActorName.ShouldBe("Quản trị hệ thống"); // who started it: the desk officer on a real dossier
        started.ToActivityIds.ShouldBe(["a"]);
        started.ToActivityNames.ShouldBe("Bước a");
        detail.Tasks.ShouldHaveSingleItem().State.ShouldBe(TaskState.Open);
        detail.Bookmarks.ShouldBeEmpty();
        detail.Incidents.ShouldBeEmpty();
        await (await admin.GetAsync($"/api/workflows/instances/{Guid.CreateVersion7()}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, WorkflowErrorCodes.InstanceNotFound);
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_closes_the_open_task_and_is_journaled_once()
    {
        var (admin, id) = await PublishSingleTaskAsync();
        using var _ = admin;
        var instance = await admin.StartAsync(id, "HS-" + id);

        await (await admin.PostAsJsonAsync($"/api/workflows/instances/{instance.Id}/cancel", new { reason = "  " }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.ReasonRequired);
        await (await admin.PostAsJsonAsync($"/api/workflows/instances/{instance.Id}/cancel", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.ReasonRequired);
        (await admin.DetailAsync(instance.Id)).Instance.Status.ShouldBe(WorkflowStatus.Running);

        var cancelled = await (await admin.PostAsJsonAsync($"/api/workflows/instances/{instance.Id}/cancel", new { reason = "Hồ sơ trùng" }))
            .ShouldBeOkAsync<WorkflowInstanceInfo>();

        cancelled.Status.ShouldBe(WorkflowStatus.Cancelled);
        cancelled.OpenTaskIds.ShouldBeEmpty();
        var detail = await admin.DetailAsync(instance.Id);
        detail.Instance.Status.ShouldBe(WorkflowStatus.Cancelled);
        detail.Tasks.ShouldHaveSingleItem().State.ShouldBe(TaskState.Cancelled);
        var row = detail.Journal[^1];
        row.Kind.ShouldBe(JournalKind.Cancelled);
        row.Comment.ShouldBe("Hồ sơ trùng");
        row.ActorName.ShouldBe("Quản trị hệ thống");
        row.FromActivityId.ShouldBe("a");
        detail.Journal.Count.ShouldBe(2);
        await (await admin.PostAsJsonAsync($"/api/workflows/instances/{instance.Id}/cancel", new { reason = "Lần nữa" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.InstanceNotActive);
        using var specialist = await app.SignedInAsync("chuyenvien");
        await (await specialist.PostAsJsonAsync($"/api/tasks/{instance.OpenTaskIds[0]}/complete", new { outcome = "approve" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.TaskClosed);
    }

    [Fact]
    public async Task Moving_to_an_activity_reopens_work_there_and_an_unknown_activity_is_refused()
    {
        var (admin, id) = await PublishSingleTaskAsync();
        using var _ = admin;
        var instance = await admin.StartAsync(id, "HS-" + id);

        await (await admin.PostAsJsonAsync($"/api/workflows/instances/{instance.Id}/move", new { activityId = "khong-co", reason = "Sửa sai" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.UnknownActivity);
        await (await admin.PostAsJsonAsync($"/api/workflows/instances/{instance.Id}/move", new { activityId = "a" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.ReasonRequired);

        var moved = await (await admin.PostAsJsonAsync($"/api/workflows/instances/{instance.Id}/move", new { activityId = "a", reason = "Giao lại từ đầu" }))
            .ShouldBeOkAsync<WorkflowInstanceInfo>();

        moved.Status.ShouldBe(WorkflowStatus.Running);
        var newTask = moved.OpenTaskIds.ShouldHaveSingleItem();
        newTask.ShouldNotBe(instance.OpenTaskIds[0]);
        var detail = await admin.DetailAsync(instance.Id);
        detail.Tasks.Select(t => (t.Id, t.State)).ShouldBe([(instance.OpenTaskIds[0], TaskState.Cancelled), (newTask, TaskState.Open)], ignoreOrder: true);
        var row = detail.Journal[^1];
        row.Kind.ShouldBe(JournalKind.Moved);
        row.Comment.ShouldBe("Giao lại từ đầu");
        row.ToActivityIds.ShouldBe(["a"]);

        // Moving to the end finishes the instance.
        (await (await admin.PostAsJsonAsync($"/api/workflows/instances/{instance.Id}/move", new { activityId = "end", reason = "Đã giải quyết ngoài hệ thống" }))
            .ShouldBeOkAsync<WorkflowInstanceInfo>()).Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task A_signal_resumes_the_instance_waiting_for_it_with_its_payload_and_only_once()
    {
        using var admin = await app.SignedInAsync("admin");
        var id = NewId("sg");
        await admin.PublishAsync(Document(id,
            [
                Activity("start", ActivityTypes.Start),
                Activity("fees", ActivityTypes.WaitForSignal, new { signal = "fees-paid", resultVariable = "receipt" }, "Chờ nộp phí"),
                Task("a", [await app.UserIdAsync("chuyenvien")], ["approve"]),
                Activity("end", ActivityTypes.End),
            ],
            [Link("start", "fees"), Link("fees", "a"), Link("a", "end", "approve")]));
        var correlation = "HS-" + id;
        var instance = await admin.StartAsync(id, correlation);
        instance.Status.ShouldBe(WorkflowStatus.Suspended);
        instance.BlockedAt.ShouldBe(["fees"]);
        var waiting = (await admin.DetailAsync(instance.Id)).Bookmarks.ShouldHaveSingleItem();
        waiting.Signal.ShouldBe("fees-paid");
        waiting.CorrelationKey.ShouldBe(correlation);

        var other = await (await admin.PostAsJsonAsync("/api/workflows/signals", new { signal = "fees-paid", correlationKey = "HS-khac" }))
            .ShouldBeOkAsync<SignalAnswer>();
        other.Resumed.ShouldBe(0);
        (await admin.DetailAsync(instance.Id)).Instance.Status.ShouldBe(WorkflowStatus.Suspended);

        var answer = await (await admin.PostAsJsonAsync("/api/workflows/signals",
            new { signal = "fees-paid", correlationKey = correlation, payload = new { receiptNo = "BL-0042", amount = 250000 } })).ShouldBeOkAsync<SignalAnswer>();

        answer.Resumed.ShouldBe(1);
        var detail = await admin.DetailAsync(instance.Id);
        detail.Instance.Status.ShouldBe(WorkflowStatus.Running);
        detail.Bookmarks.ShouldBeEmpty();
        detail.Tasks.ShouldHaveSingleItem().ActivityId.ShouldBe("a");
        detail.VariablesJson.ShouldContain("BL-0042");
        var row = detail.Journal[^1];
        row.Kind.ShouldBe(JournalKind.SignalReceived);
        row.FromActivityId.ShouldBe("fees");
        row.Outcome.ShouldBe("fees-paid");
        row.ToActivityIds.ShouldBe(["a"]);
        (await (await admin.PostAsJsonAsync("/api/workflows/signals", new { signal = "fees-paid", correlationKey = correlation }))
            .ShouldBeOkAsync<SignalAnswer>()).Resumed.ShouldBe(0);
        detail = await admin.DetailAsync(instance.Id);
        detail.Journal.Count(j => j.Kind == JournalKind.SignalReceived).ShouldBe(1);
        detail.Tasks.Count.ShouldBe(1);
    }

    private sealed record SignalAnswer(int Resumed);
}
