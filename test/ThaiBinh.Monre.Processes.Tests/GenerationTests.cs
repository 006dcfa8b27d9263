using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Processes.Application.Generation;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Workflows.Definitions;
using static ThaiBinh.Monre.Processes.Tests.GenerationKit;

namespace ThaiBinh.Monre.Processes.Tests;

/// <summary>
/// Each shape's generated definition passes the engine's validator and runs a real dossier from receipt to "result ready":
/// the desk receives (status 4), the demo staff complete every task from their inbox, the dossier reaches 9. Return goes
/// back, consultation forks and joins, supplementation and payment pause, refusal stops, online submissions get their hours.
/// </summary>
[Collection(ProcessesCollection.Name)]
public sealed class GenerationTests(ProcessesFixture app)
{
    private async Task<(ProcedureDto Procedure, ProcessVersionDto Process)> PublishedAsync(ProcessShape shape, ReceptionLevel level,
        HandlingMode province = HandlingMode.OnTheSpot, HandlingMode district = HandlingMode.OnTheSpot, decimal amount = 1,
        Func<List<ProcessStepDto>, Task>? edit = null)
    {
        var procedure = await CreateProcedureAsync(app, amount, DurationUnit.WorkingDays, null, province, district);
        List<ProcessStepDto> steps = [.. await app.DefaultStepsAsync(shape, procedure, level)];
        if (edit is not null) await edit(steps);
        var process = Process(procedure, level, shape, steps);
        (await app.ValidateAsync(process, procedure)).ShouldBeEmpty();
        await app.PublishAndBindAsync(process, procedure);
        return (procedure, process);
    }

    private async Task<DossierStatus> StatusAsync(Guid dossierId) => (await app.DossierAsync(dossierId)).Status;

    [Fact]
    public async Task Definition_ids_follow_the_agreed_pattern_and_the_engine_rule()
    {
        var generator = await app.WithAsync(sp => Task.FromResult(sp.GetRequiredService<IWorkflowGenerator>()));
        generator.DefinitionIdFor("1.010727.000.00.00.H54", ReceptionLevel.Province, 3).ShouldBe("quy-trinh.1.010727.000.00.00.h54.province.v3");
        generator.DefinitionIdFor("1.004269", ReceptionLevel.District, 1).ShouldBe("quy-trinh.1.004269.district.v1");
        generator.ShapeFor(ReceptionLevel.Province, HandlingMode.OnTheSpot).ShouldBe(ProcessShape.OnTheSpot);
        generator.ShapeFor(ReceptionLevel.Province, HandlingMode.Transfer).ShouldBe(ProcessShape.Transfer);
        generator.ShapeFor(ReceptionLevel.District, HandlingMode.Transfer).ShouldBe(ProcessShape.District);
    }

    [Fact]
    public async Task Default_tables_put_reception_first_and_return_last_and_add_up_to_the_legal_deadline()
    {
        var oneDay = await CreateProcedureAsync(app, 1);
        var onTheSpot = await app.DefaultStepsAsync(ProcessShape.OnTheSpot, oneDay, ReceptionLevel.Province);
        // DOMAIN.md §2's same-day example: receive 2 h, appraise 3 h, sign 2 h, issue 1 h.
        onTheSpot.Select(s => s.Hours).ShouldBe([2m, 3m, 2m, 1m, 0m]);
        onTheSpot[0].Kind.ShouldBe(StepKind.Reception);
        onTheSpot[0].Forms.ShouldContain("Procedures.Forms.2025.Receipt");
        onTheSpot[^1].Kind.ShouldBe(StepKind.Return);
        onTheSpot.Select(s => s.Order).ShouldBe([1, 2, 3, 4, 5]);

        var tenDays = await CreateProcedureAsync(app, 10, DurationUnit.WorkingDays, 8, HandlingMode.Transfer);
        var transfer = await app.DefaultStepsAsync(ProcessShape.Transfer, tenDays, ReceptionLevel.Province);
        transfer.Sum(s => s.Hours).ShouldBe(80);
        transfer.Sum(s => s.OnlineHours ?? s.Hours).ShouldBe(64);
        transfer.Select(s => s.Role).ShouldBe([ProcessRoles.DeskOfficer, ProcessRoles.DivisionHead, ProcessRoles.Appraiser, ProcessRoles.DivisionHead,
            ProcessRoles.Approver, ProcessRoles.Clerk, ProcessRoles.DeskOfficer]);
        transfer.Max(s => s.Hours).ShouldBe(transfer[2].Hours); // the division's appraisal takes most of the time

        // 30 calendar days count as 21 working days (weekends removed) = 168 working hours.
        var calendarDays = await CreateProcedureAsync(app, 30, DurationUnit.CalendarDays);
        (await app.DefaultStepsAsync(ProcessShape.OnTheSpot, calendarDays, ReceptionLevel.Province)).Sum(s => s.Hours).ShouldBe(168);
        var hours = await CreateProcedureAsync(app, 4, DurationUnit.WorkingHours);
        (await app.DefaultStepsAsync(ProcessShape.OnTheSpot, hours, ReceptionLevel.Province)).Sum(s => s.Hours).ShouldBe(4);
    }

    [Fact]
    public async Task On_the_spot_runs_at_the_centre_from_receipt_to_result_ready_and_return_goes_back()
    {
        var (procedure, _) = await PublishedAsync(ProcessShape.OnTheSpot, ReceptionLevel.Province);
        var receipt = await app.ReceiveAsync(procedure);
        (await StatusAsync(receipt.Id)).ShouldBe(DossierStatus.Processing);

        var appraisal = await app.CompleteAsync("thamdinh", receipt.Id, "step2", TaskOutcomes.Forward);
        appraisal.Title.ShouldContain(receipt.Code);
        appraisal.AllottedMinutes.ShouldBe(180);
        appraisal.Outcomes.ShouldBe(["forward", "supplement", "payment", "refuse"]);
        await app.CompleteAsync("phogiamdoc", receipt.Id, "step3", TaskOutcomes.Return);
        await app.CompleteAsync("thamdinh", receipt.Id, "step2", TaskOutcomes.Forward);
        await app.CompleteAsync("phogiamdoc", receipt.Id, "step3", TaskOutcomes.Forward);
        (await StatusAsync(receipt.Id)).ShouldBe(DossierStatus.Processing);
        var issue = await app.CompleteAsync("motcua", receipt.Id, "step4", TaskOutcomes.Done);
        issue.Outcomes.ShouldBe(["done"]);

        (await StatusAsync(receipt.Id)).ShouldBe(DossierStatus.ResultReady);
    }

    [Fact]
    public async Task Transfer_goes_through_the_division_of_the_field_the_leader_and_the_clerk_with_supplementation_pausing()
    {
        var (procedure, _) = await PublishedAsync(ProcessShape.Transfer, ReceptionLevel.Province, HandlingMode.Transfer, amount: 10);
        var receipt = await app.ReceiveAsync(procedure);
        var chuyenvien = await app.UserIdAsync("chuyenvien");

        await app.CompleteAsync("truongphong", receipt.Id, "step2", TaskOutcomes.Forward, new { appraiserId = chuyenvien.ToString() });
        var appraisal = await app.OpenTaskAsync("chuyenvien", receipt.Id);
        appraisal!.CandidateUserIds.ShouldBe([chuyenvien]);
        await app.CompleteAsync("chuyenvien", receipt.Id, "step3", TaskOutcomes.RequestSupplement);
        (await StatusAsync(receipt.Id)).ShouldBe(DossierStatus.SupplementRequested);
        (await app.OpenTaskAsync("chuyenvien", receipt.Id)).ShouldBeNull();

        await app.DeskAsync(receipt.Id, "resubmit", new ResubmitRequest("Đã bổ sung bản vẽ"));
        (await StatusAsync(receipt.Id)).ShouldBe(DossierStatus.Processing);
        await app.CompleteAsync("chuyenvien", receipt.Id, "step3", TaskOutcomes.Forward);
        await app.CompleteAsync("truongphong", receipt.Id, "step4", TaskOutcomes.Forward);
        await app.CompleteAsync("giamdoc", receipt.Id, "step5", TaskOutcomes.Forward);
        await app.CompleteAsync("vanthu", receipt.Id, "step6", TaskOutcomes.Done);

        (await StatusAsync(receipt.Id)).ShouldBe(DossierStatus.ResultReady);
    }

    [Fact]
    public async Task District_on_the_spot_is_appraised_and_approved_by_the_agency_of_the_receiving_district()
    {
        var (procedure, process) = await PublishedAsync(ProcessShape.District, ReceptionLevel.District);
        process.Steps.Select(s => (s.Kind, s.Role, s.UnitKind)).ShouldBe([
            (StepKind.Reception, ProcessRoles.DeskOfficer, StepUnitKind.ReceptionDesk),
            (StepKind.Task, ProcessRoles.Appraiser, StepUnitKind.DistrictAgency),
            (StepKind.Task, ProcessRoles.DivisionHead, StepUnitKind.DistrictAgency),
            (StepKind.Return, ProcessRoles.DeskOfficer, StepUnitKind.ReceptionDesk)]);
        var donghung = await app.ReceiveAsync(procedure, "motcua.donghung");
        var tienhai = await app.ReceiveAsync(procedure, "motcua.tienhai");

        // Each desk's own district agency, nobody else's.
        var appraisal = await app.CompleteAsync("chuyenvien.donghung", donghung.Id, "step2", TaskOutcomes.Forward);
        appraisal.CandidateUserIds.ShouldBe([await app.UserIdAsync("chuyenvien.donghung")]);
        (await app.OpenTaskAsync("chuyenvien.tienhai", donghung.Id)).ShouldBeNull();
        (await app.OpenTaskAsync("chuyenvien.donghung", tienhai.Id)).ShouldBeNull();
        (await app.OpenTaskAsync("chuyenvien.tienhai", tienhai.Id))!.ActivityId.ShouldBe("step2");
        await app.CompleteAsync("truongphong.donghung", donghung.Id, "step3", TaskOutcomes.Return);
        await app.CompleteAsync("chuyenvien.donghung", donghung.Id, "step2", TaskOutcomes.Forward);
        (await app.OpenTaskAsync("truongphong.tienhai", donghung.Id)).ShouldBeNull();
        var approval = await app.CompleteAsync("truongphong.donghung", donghung.Id, "step3", TaskOutcomes.Done);
        approval.Outcomes.ShouldBe(["done", "return", "refuse"]);

        (await StatusAsync(donghung.Id)).ShouldBe(DossierStatus.ResultReady);
    }

    [Fact]
    public async Task A_step_with_a_status_on_entry_sets_the_dossier_status_when_the_flow_enters_it()
    {
        // The last task step sets 9 on entry: the result counts as ready when the desk starts issuing, not when it is done.
        var (procedure, process) = await PublishedAsync(ProcessShape.OnTheSpot, ReceptionLevel.Province, edit: steps =>
        {
            steps[3] = steps[3] with { StatusOnEntry = 9 };
            return Task.CompletedTask;
        });
        process.Steps[3].Kind.ShouldBe(StepKind.Task);
        var receipt = await app.ReceiveAsync(procedure);
        await app.CompleteAsync("thamdinh", receipt.Id, "step2", TaskOutcomes.Forward);
        (await StatusAsync(receipt.Id)).ShouldBe(DossierStatus.Processing);

        await app.CompleteAsync("phogiamdoc", receipt.Id, "step3", TaskOutcomes.Forward);

        var entered = await app.DossierAsync(receipt.Id);
        entered.Status.ShouldBe(DossierStatus.ResultReady);
        entered.History.ShouldContain(h => h.Action == "status" && h.ToStatus == DossierStatus.ResultReady && h.Note == process.Steps[3].Name);
        (await app.OpenTaskAsync("motcua", receipt.Id))!.ActivityId.ShouldBe("step4"); // entered, not yet done
        await app.CompleteAsync("motcua", receipt.Id, "step4", TaskOutcomes.Done);
        (await StatusAsync(receipt.Id)).ShouldBe(DossierStatus.ResultReady);
    }

    [Fact]
    public async Task District_transfer_escalates_to_the_province_division_of_the_field_and_payment_pauses()
    {
        var (procedure, _) = await PublishedAsync(ProcessShape.District, ReceptionLevel.District, district: HandlingMode.Transfer, amount: 10);
        var receipt = await app.ReceiveAsync(procedure, "motcua.hungha");

        await app.CompleteAsync("truongphong", receipt.Id, "step2", TaskOutcomes.Forward);
        // Nobody named: the division's appraisers get it.
        await app.CompleteAsync("chuyenvien", receipt.Id, "step3", ProceduresWorkflow.PaymentOutcome);
        (await StatusAsync(receipt.Id)).ShouldBe(DossierStatus.AwaitingPayment);
        await app.DeskAsync(receipt.Id, "confirm-payment", desk: "motcua.hungha");
        (await StatusAsync(receipt.Id)).ShouldBe(DossierStatus.Processing);
        // Payment continues at the next step.
        await app.CompleteAsync("truongphong", receipt.Id, "step4", TaskOutcomes.Forward);
        await app.CompleteAsync("phogiamdoc", receipt.Id, "step5", TaskOutcomes.Forward);
        await app.CompleteAsync("vanthu", receipt.Id, "step6", TaskOutcomes.Done);

        (await StatusAsync(receipt.Id)).ShouldBe(DossierStatus.ResultReady);
    }

    [Fact]
    public async Task Consultation_forks_to_every_consulted_unit_and_joins_back_to_the_step()
    {
        var land = await app.UnitIdAsync(LandDivisionCode);
        var environment = await app.UnitIdAsync("000.05.20.H54");
        var (procedure, _) = await PublishedAsync(ProcessShape.OnTheSpot, ReceptionLevel.Province, edit: steps =>
        {
            steps[1] = steps[1] with { Actions = [.. steps[1].Actions, StepAction.Consult], Consult = new ConsultDto([land, environment], ProcessRoles.DivisionHead, 2) };
            return Task.CompletedTask;
        });
        var receipt = await app.ReceiveAsync(procedure);

        await app.CompleteAsync("thamdinh", receipt.Id, "step2", "consult");
        (await app.OpenTaskAsync("thamdinh", receipt.Id)).ShouldBeNull();
        var landReply = await app.CompleteAsync("truongphong", receipt.Id, "step2-consult1", StepGraphBuilder.ReplyOutcome);
        landReply.AllottedMinutes.ShouldBe(120);
        (await app.OpenTaskAsync("thamdinh", receipt.Id)).ShouldBeNull(); // the join waits for every unit
        await app.CompleteAsync("truongphong.bvmt", receipt.Id, "step2-consult2", StepGraphBuilder.ReplyOutcome);

        await app.CompleteAsync("thamdinh", receipt.Id, "step2", TaskOutcomes.Forward);
        await app.CompleteAsync("phogiamdoc", receipt.Id, "step3", TaskOutcomes.Forward);
        await app.CompleteAsync("motcua", receipt.Id, "step4", TaskOutcomes.Done);
        (await StatusAsync(receipt.Id)).ShouldBe(DossierStatus.ResultReady);
    }

    [Fact]
    public async Task An_online_submission_gets_the_online_hours_and_a_refusal_stops_the_dossier()
    {
        var (procedure, _) = await PublishedAsync(ProcessShape.OnTheSpot, ReceptionLevel.Province, edit: steps =>
        {
            steps[1] = steps[1] with { OnlineHours = 1.5m, StatusOnEntry = 4 };
            return Task.CompletedTask;
        });
        var online = await app.ReceiveAsync(procedure, channel: SubmissionChannel.Online);
        var direct = await app.ReceiveAsync(procedure);

        (await app.OpenTaskAsync("thamdinh", online.Id))!.AllottedMinutes.ShouldBe(90);
        (await app.OpenTaskAsync("thamdinh", direct.Id))!.AllottedMinutes.ShouldBe(180);

        await app.CompleteAsync("thamdinh", online.Id, "step2", TaskOutcomes.Refuse);
        (await StatusAsync(online.Id)).ShouldBe(DossierStatus.Stopped);
    }

    [Fact]
    public async Task Every_demo_procedure_s_default_table_passes_validation_and_is_published_at_each_level()
    {
        var demo = await app.WithAsync(sp => sp.GetRequiredService<IProcedureCatalog>().SearchAsync(null, null, 200));
        var processes = await app.WithAsync(sp => sp.GetRequiredService<IProcessService>().ListAsync(new ProcessQuery(Take: 1000)));
        var expected = demo.Where(p => p.Code.EndsWith(".H54", StringComparison.Ordinal)).SelectMany(p => p.Levels.Select(l => (p.Code, l))).ToList();
        expected.Count.ShouldBeGreaterThan(25);
        var notPublished = expected.Where(e => !processes.Any(p => p.ProcedureCode == e.Code && p.Level == e.l && p.State == ProcessState.Published)).ToList();
        notPublished.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_generated_document_names_roles_and_unit_selectors_like_the_hand_written_flows()
    {
        var procedure = await CreateProcedureAsync(app, 10, DurationUnit.WorkingDays, null, HandlingMode.Transfer);
        var steps = await app.DefaultStepsAsync(ProcessShape.Transfer, procedure, ReceptionLevel.Province);
        var document = await app.WithAsync(sp => Task.FromResult(
            sp.GetRequiredService<IWorkflowGenerator>().Generate(Process(procedure, ReceptionLevel.Province, ProcessShape.Transfer, steps, 2), procedure)));

        document.DefinitionId.ShouldBe($"quy-trinh.{procedure.Code}.province.v2");
        document.Activities.ShouldNotContain(a => a.Id == "step1" || a.Id == "step7"); // reception and return make no task
        var assign = document.FindActivity("step2")!;
        assign.Property("unit")!.Value.GetProperty("field").GetString().ShouldBe("{{ field }}");
        assign.StringListProperty("formFields").ShouldBe(["appraiserId"]);
        document.FindActivity("step3")!.StringProperty("assigneeVariable").ShouldBe("appraiserId");
        var sign = document.FindActivity("step5")!;
        sign.StringProperty("role").ShouldBe(ProcessRoles.Approver);
        Guid.Parse(sign.Property("unit")!.Value.GetProperty("unitId").GetString()!).ShouldBe(await app.UnitIdAsync(DepartmentCode));
        document.FindActivity("step6")!.Property("unit")!.Value.GetProperty("unitId").GetString().ShouldBe((await app.UnitIdAsync(OfficeCode)).ToString());
        document.Connections.ShouldContain(new Connection("step6", "done", "ready"));
        document.Connections.ShouldContain(new Connection("step4", "return", "step3"));
        document.FindActivity("ready")!.Property("status")!.Value.GetInt32().ShouldBe(9);
        document.FindActivity("stop")!.Property("status")!.Value.GetInt32().ShouldBe(8);
        document.Variables.Select(v => v.Name).ShouldContain(ProceduresWorkflow.Variables.Channel);
        JsonSerializer.Serialize(document, WorkflowDocument.JsonOptions).ShouldContain(ProceduresWorkflow.ResubmittedSignal);
    }
}
