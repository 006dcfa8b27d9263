using System.Net;
using System.Net.Http.Json;
using ThaiBinh.Monre.Staff;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Api;

/// <summary>The inbox over HTTP, end to end: an administrator publishes and starts, demo users claim, release, complete, reassign.</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class TasksApiTests(WorkflowsFixture app)
{
    private const string A = "chuyenvien";
    private const string B = "vanthu";
    private const string NameA = "Nguyễn Thị Lan";
    private const string NameB = "Vũ Thị Mai";

    /// <summary>Publishes (through the API) a one-task definition offered to <paramref name="candidates"/>, starts it; returns the task.</summary>
    private async Task<(WorkflowInstanceInfo Instance, Guid TaskId)> OfferAsync(params string[] candidates)
    {
        var ids = new List<Guid>();
        foreach (var candidate in candidates) ids.Add(await app.UserIdAsync(candidate));
        var id = NewId("tk");
        using var admin = await app.SignedInAsync("admin");
        var document = Document(id,
            [Activity("start", ActivityTypes.Start), Task("a", ids, ["approve", "reject"], 2, "Thẩm định hồ sơ"), Activity("end", ActivityTypes.End)],
            [Link("start", "a"), Link("a", "end", "approve"), Link("a", "end", "reject")]);
        (await admin.PublishAsync(document)).State.ShouldBe(DefinitionState.Published);
        var started = await admin.StartAsync(id, "HS-" + id);
        started.Status.ShouldBe(WorkflowStatus.Running);
        return (started, started.OpenTaskIds.ShouldHaveSingleItem());
    }

    private static async Task<IReadOnlyList<WorkflowTaskDto>> InboxAsync(HttpClient client, string scope = "mine", bool includeClosed = false) =>
        await (await client.GetAsync($"/api/tasks?scope={scope}&includeClosed={includeClosed}")).ShouldBeOkAsync<List<WorkflowTaskDto>>();

    [Fact]
    public async Task Both_candidates_see_an_offered_task_the_second_claim_is_refused_naming_the_first_and_a_release_reopens_it()
    {
        var (instance, taskId) = await OfferAsync(A, B);
        using var a = await app.SignedInAsync(A);
        using var b = await app.SignedInAsync(B);
        var seen = (await InboxAsync(a)).Where(t => t.Id == taskId).ShouldHaveSingleItem();
        seen.State.ShouldBe(TaskState.Open);
        seen.InstanceId.ShouldBe(instance.Id);
        seen.CorrelationId.ShouldBe(instance.CorrelationId);
        seen.Outcomes.ShouldBe(["approve", "reject"]);
        seen.AllottedMinutes.ShouldBe(120);
        seen.FormFields.ShouldBeEmpty(); // the step asks for no data
        seen.RemainingWorkingMinutes.ShouldBe(120);
        (await InboxAsync(b)).ShouldContain(t => t.Id == taskId);

        var claimed = await (await a.PostAsync($"/api/tasks/{taskId}/claim", null)).ShouldBeOkAsync<WorkflowTaskDto>();
        claimed.State.ShouldBe(TaskState.Claimed);
        claimed.ClaimedById.ShouldBe(await app.UserIdAsync(A));
        claimed.ClaimedByName.ShouldBe(NameA);

        var refused = await (await b.PostAsync($"/api/tasks/{taskId}/claim", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.TaskAlreadyClaimed);
        refused.ShouldBe($"Việc này đã được {NameA} nhận xử lý.");
        (await InboxAsync(b)).ShouldNotContain(t => t.Id == taskId);
        (await InboxAsync(a)).ShouldContain(t => t.Id == taskId && t.State == TaskState.Claimed);
        // Claiming what one already holds is harmless.
        (await (await a.PostAsync($"/api/tasks/{taskId}/claim", null)).ShouldBeOkAsync<WorkflowTaskDto>()).ClaimedByName.ShouldBe(NameA);
        // Only the holder can release.
        await (await b.PostAsync($"/api/tasks/{taskId}/release", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.TaskNotClaimedByYou);

        var released = await (await a.PostAsync($"/api/tasks/{taskId}/release", null)).ShouldBeOkAsync<WorkflowTaskDto>();
        released.State.ShouldBe(TaskState.Open);
        released.ClaimedById.ShouldBeNull();
        (await InboxAsync(b)).ShouldContain(t => t.Id == taskId && t.State == TaskState.Open);
        (await (await b.PostAsync($"/api/tasks/{taskId}/claim", null)).ShouldBeOkAsync<WorkflowTaskDto>()).ClaimedByName.ShouldBe(NameB);
        (await InboxAsync(a)).ShouldNotContain(t => t.Id == taskId);
    }

    [Fact]
    public async Task The_inbox_scope_is_read_in_any_case_defaults_to_mine_and_an_unknown_scope_is_a_bad_request()
    {
        var (_, taskId) = await OfferAsync(A);
        using var a = await app.SignedInAsync(A);

        foreach (var query in new[] { "", "?scope=mine", "?scope=Mine", "?scope=MINE" })
            (await (await a.GetAsync("/api/tasks" + query)).ShouldBeOkAsync<List<WorkflowTaskDto>>()).ShouldContain(t => t.Id == taskId, query);
        (await (await a.GetAsync("/api/tasks?scope=Unit")).ShouldBeOkAsync<List<WorkflowTaskDto>>()).ShouldNotContain(t => t.Id == taskId);
        await (await a.GetAsync("/api/tasks?scope=all")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Monre.BadRequest");
        await (await a.GetAsync("/api/tasks?scope=7")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Monre.BadRequest");
    }

    [Fact]
    public async Task Completing_needs_an_offered_outcome_by_a_candidate_and_closes_the_task_once_with_its_timeliness()
    {
        var (instance, taskId) = await OfferAsync(A, B);
        using var a = await app.SignedInAsync(A);
        using var stranger = await app.SignedInAsync("motcua");

        await (await stranger.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "approve" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, WorkflowErrorCodes.TaskNotYours);
        await (await stranger.GetAsync($"/api/tasks/{taskId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, WorkflowErrorCodes.TaskNotFound);
        var wrong = await (await a.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "tra-lai" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.OutcomeNotAllowed);
        wrong.ShouldContain("tra-lai");
        await (await a.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.OutcomeNotAllowed);
        (await (await a.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "approve", comment = new string('x', 2001) }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.CommentTooLong)).ShouldContain("2000");

        var completed = await (await a.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "approve", comment = "Hồ sơ đủ điều kiện" }))
            .ShouldBeOkAsync<WorkflowTaskDto>();

        completed.State.ShouldBe(TaskState.Completed);
        completed.Outcome.ShouldBe("approve");
        completed.Comment.ShouldBe("Hồ sơ đủ điều kiện");
        completed.CompletedByName.ShouldBe(NameA);
        completed.Timeliness.ShouldBe(Timeliness.Early); // two working hours allotted, done at once
        var again = await (await a.GetAsync($"/api/tasks/{taskId}")).ShouldBeOkAsync<WorkflowTaskDto>();
        again.State.ShouldBe(TaskState.Completed);
        again.Timeliness.ShouldBe(Timeliness.Early);
        (await InboxAsync(a)).ShouldNotContain(t => t.Id == taskId);
        (await InboxAsync(a, includeClosed: true)).ShouldContain(t => t.Id == taskId && t.State == TaskState.Completed);
        using var admin = await app.SignedInAsync("admin");
        (await admin.DetailAsync(instance.Id)).Instance.Status.ShouldBe(WorkflowStatus.Finished);

        await (await a.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "approve" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.TaskClosed);
        using var b = await app.SignedInAsync(B);
        await (await b.PostAsync($"/api/tasks/{taskId}/claim", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.TaskClosed);
    }

    [Fact]
    public async Task A_division_head_reassigns_a_task_which_the_target_then_holds_and_a_specialist_may_not()
    {
        var (instance, taskId) = await OfferAsync(A, B);
        using var specialist = await app.SignedInAsync(A);
        using var head = await app.SignedInAsync("truongphong");
        var target = await app.UserIdAsync("motcua");

        await (await specialist.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { userId = target }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Monre.Forbidden");
        await (await head.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { userId = Guid.CreateVersion7() }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.UnknownUser);

        await (await head.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { userId = target, comment = new string('x', 1801) }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, WorkflowErrorCodes.CommentTooLong);
        (await (await specialist.GetAsync($"/api/tasks/{taskId}")).ShouldBeOkAsync<WorkflowTaskDto>()).State.ShouldBe(TaskState.Open);

        var reassigned = await (await head.PostAsJsonAsync($"/api/tasks/{taskId}/reassign", new { userId = target, comment = "Chị Thu xử lý" }))
            .ShouldBeOkAsync<WorkflowTaskDto>();

        reassigned.State.ShouldBe(TaskState.Claimed);
        reassigned.ClaimedById.ShouldBe(target);
        reassigned.ClaimedByName.ShouldBe("Hoàng Thị Thu");
        reassigned.CandidateUserIds.ShouldBe([target]);
        using var motcua = await app.SignedInAsync("motcua");
        (await InboxAsync(motcua)).ShouldContain(t => t.Id == taskId && t.State == TaskState.Claimed);
        (await InboxAsync(specialist)).ShouldNotContain(t => t.Id == taskId);
        await (await specialist.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "approve" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, WorkflowErrorCodes.TaskAlreadyClaimed);
        (await (await motcua.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "reject" })).ShouldBeOkAsync<WorkflowTaskDto>())
            .CompletedByName.ShouldBe("Hoàng Thị Thu");

        // The journal holds the hand-over between the start and the completion, with who, to whom and why.
        using var admin = await app.SignedInAsync("admin");
        var journal = (await admin.DetailAsync(instance.Id)).Journal.OrderBy(j => j.Sequence).ToList();
        journal.Select(j => j.Kind).ShouldBe([JournalKind.Started, JournalKind.Reassigned, JournalKind.TaskCompleted]);
        journal.Select(j => j.Sequence).ShouldBe([1, 2, 3]);
        var reassignment = journal[1];
        reassignment.ActorId.ShouldBe(await app.UserIdAsync("truongphong"));
        reassignment.FromActivityId.ShouldBe("a");
        reassignment.ToActivityIds.ShouldBe(["a"]);
        reassignment.Comment.ShouldBe("Giao lại cho Hoàng Thị Thu: Chị Thu xử lý");
        reassignment.Timeliness.ShouldBeNull();
    }

    [Fact]
    public async Task A_task_offered_to_a_role_in_a_unit_shows_in_the_unit_scope_of_its_members_only()
    {
        using var admin = await app.SignedInAsync("admin");
        var units = await (await admin.GetAsync("/api/staff/org-units")).ShouldBeOkAsync<List<OrgUnitDto>>();
        var land = units.Single(u => u.AgencyCode == "000.03.20.H54"); // Phòng Quản lý đất đai: truongphong and chuyenvien
        var appraisers = await (await admin.GetAsync($"/api/staff/assignees?role={ProcessRoles.Appraiser}&unitId={land.Id}"))
            .ShouldBeOkAsync<List<Assignee>>();
        appraisers.ShouldContain(x => x.UserName == "chuyenvien");
        appraisers.ShouldNotContain(x => x.UserName == "truongphong");
        var id = NewId("un");
        await admin.PublishAsync(Document(id,
            [Activity("start", ActivityTypes.Start), RoleTask("a", ProcessRoles.Appraiser, "unit", ["approve"], 8), Activity("end", ActivityTypes.End)],
            [Link("start", "a"), Link("a", "end", "approve")]));

        var started = await admin.StartAsync(id, "HS-" + id, new { unit = land.Id.ToString() });
        var taskId = started.OpenTaskIds.ShouldHaveSingleItem();

        using var appraiser = await app.SignedInAsync("chuyenvien");
        var offered = (await InboxAsync(appraiser)).Where(t => t.Id == taskId).ShouldHaveSingleItem();
        offered.UnitId.ShouldBe(land.Id);
        offered.ProcessRole.ShouldBe(ProcessRoles.Appraiser);
        offered.CandidateUserIds.Count.ShouldBe(appraisers.Select(x => x.UserId).Distinct().Count());
        using var head = await app.SignedInAsync("truongphong"); // a member of the unit, not a candidate
        (await InboxAsync(head)).ShouldNotContain(t => t.Id == taskId);
        (await InboxAsync(head, "unit")).ShouldContain(t => t.Id == taskId);
        using var elsewhere = await app.SignedInAsync("motcua.tptb"); // the desk of thành phố Thái Bình
        (await InboxAsync(elsewhere, "unit")).ShouldNotContain(t => t.Id == taskId);
        (await InboxAsync(elsewhere)).ShouldNotContain(t => t.Id == taskId);
        // The unit's leader can open it (and hand it on); someone from another unit cannot.
        (await (await head.GetAsync($"/api/tasks/{taskId}")).ShouldBeOkAsync<WorkflowTaskDto>()).Id.ShouldBe(taskId);
        await (await elsewhere.GetAsync($"/api/tasks/{taskId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, WorkflowErrorCodes.TaskNotFound);
    }
}
