using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Staff.Organisation;
using static ThaiBinh.Monre.Processes.Tests.GenerationKit;

namespace ThaiBinh.Monre.Processes.Tests;

/// <summary>Each rule of <c>IProcessValidator</c>: the shapes' default tables pass, and each broken table gives its own code.</summary>
[Collection(ProcessesCollection.Name)]
public sealed class ValidationTests(ProcessesFixture app)
{
    /// <summary>An on-the-spot procedure of 1 working day (8 h) at the centre, on the spot at district desks.</summary>
    private Task<ProcedureDto> ProcedureAsync(decimal amount = 1, decimal? online = null, HandlingMode district = HandlingMode.OnTheSpot) =>
        CreateProcedureAsync(app, amount, DurationUnit.WorkingDays, online, HandlingMode.OnTheSpot, district);

    private async Task<(ProcedureDto Procedure, List<ProcessStepDto> Steps)> OnTheSpotAsync(decimal amount = 1, decimal? online = null)
    {
        var procedure = await ProcedureAsync(amount, online);
        return (procedure, [.. await app.DefaultStepsAsync(ProcessShape.OnTheSpot, procedure, ReceptionLevel.Province)]);
    }

    private async Task<IReadOnlyList<ProcessValidationMessage>> ValidateOnTheSpotAsync(ProcedureDto procedure, IReadOnlyList<ProcessStepDto> steps) =>
        await app.ValidateAsync(Process(procedure, ReceptionLevel.Province, ProcessShape.OnTheSpot, steps), procedure);

    private static ProcessValidationMessage ShouldReport(IReadOnlyList<ProcessValidationMessage> messages, string code, int? step = null)
    {
        var message = messages.FirstOrDefault(m => m.Code == code && (step is null || m.StepOrder == step));
        message.ShouldNotBeNull($"expected {code} (step {step}); got: {string.Join(" | ", messages.Select(m => $"{m.Code} {m.StepOrder} {m.Message}"))}");
        message.Message.ShouldNotBeNullOrWhiteSpace();
        return message;
    }

    [Fact]
    public async Task The_default_tables_of_the_three_shapes_pass_every_rule()
    {
        var procedure = await CreateProcedureAsync(app, 5, DurationUnit.WorkingDays, 4, HandlingMode.Transfer, HandlingMode.Transfer);
        var onTheSpot = await ProcedureAsync();
        foreach (var (p, level, shape) in new[]
                 {
                     (onTheSpot, ReceptionLevel.Province, ProcessShape.OnTheSpot),
                     (procedure, ReceptionLevel.Province, ProcessShape.Transfer),
                     (procedure, ReceptionLevel.District, ProcessShape.District),
                     (onTheSpot, ReceptionLevel.District, ProcessShape.District),
                 })
        {
            var steps = await app.DefaultStepsAsync(shape, p, level);
            var messages = await app.ValidateAsync(Process(p, level, shape, steps), p);
            messages.ShouldBeEmpty($"{shape} at {level}: {string.Join(" | ", messages.Select(m => m.Message))}");
        }
    }

    [Fact]
    public async Task An_empty_table_is_refused()
    {
        var procedure = await ProcedureAsync();
        ShouldReport(await ValidateOnTheSpotAsync(procedure, []), ProcessValidationCodes.NoSteps);
    }

    [Fact]
    public async Task Orders_must_run_from_one_without_gaps()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        steps[2] = steps[2] with { Order = 7 };
        ShouldReport(await ValidateOnTheSpotAsync(procedure, steps), ProcessValidationCodes.OrderNotContiguous).Message.ShouldContain("7");
    }

    [Fact]
    public async Task The_first_step_must_be_the_reception()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        steps[0] = steps[0] with { Kind = StepKind.Task, Actions = [StepAction.Forward] };
        ShouldReport(await ValidateOnTheSpotAsync(procedure, steps), ProcessValidationCodes.ReceptionNotFirst, 1);
    }

    [Fact]
    public async Task The_last_step_must_be_the_return()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        steps.RemoveAt(steps.Count - 1);
        ShouldReport(await ValidateOnTheSpotAsync(procedure, steps), ProcessValidationCodes.ReturnNotLast, steps[^1].Order)
            .Message.ShouldContain($"Bước {steps[^1].Order} \"{steps[^1].Name}\"");
    }

    [Fact]
    public async Task A_table_needs_a_task_step()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        List<ProcessStepDto> bare = [steps[0], steps[^1] with { Order = 2 }];
        ShouldReport(await ValidateOnTheSpotAsync(procedure, bare), ProcessValidationCodes.NoTaskStep);
    }

    [Fact]
    public async Task Step_times_may_not_add_up_to_more_than_the_legal_deadline_in_working_hours()
    {
        var (procedure, steps) = await OnTheSpotAsync(amount: 1); // 8 working hours
        (await ValidateOnTheSpotAsync(procedure, steps)).ShouldNotContain(m => m.Code == ProcessValidationCodes.ExceedsDeadline);
        steps[1] = steps[1] with { Hours = steps[1].Hours + 0.5m };
        var message = ShouldReport(await ValidateOnTheSpotAsync(procedure, steps), ProcessValidationCodes.ExceedsDeadline);
        message.Message.ShouldContain("8,5 giờ");
        message.Message.ShouldContain("8 giờ làm việc");
    }

    [Fact]
    public async Task Online_times_may_not_add_up_to_more_than_the_online_deadline()
    {
        var (procedure, steps) = await OnTheSpotAsync(amount: 2, online: 1); // 16 h, online 8 h
        steps.Sum(s => s.OnlineHours ?? s.Hours).ShouldBe(8);
        (await ValidateOnTheSpotAsync(procedure, steps)).ShouldBeEmpty();
        steps[1] = steps[1] with { OnlineHours = steps[1].OnlineHours + 2 };
        var messages = await ValidateOnTheSpotAsync(procedure, steps);
        ShouldReport(messages, ProcessValidationCodes.OnlineExceedsDeadline).Message.ShouldContain("trực tuyến");
        messages.ShouldNotContain(m => m.Code == ProcessValidationCodes.ExceedsDeadline);
    }

    [Fact]
    public async Task Every_task_step_needs_someone_who_can_act_today()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        // The land division has no clerk account.
        steps[3] = steps[3] with { Role = ProcessRoles.Clerk, UnitKind = StepUnitKind.Unit, UnitId = await app.UnitIdAsync(LandDivisionCode) };
        var message = ShouldReport(await ValidateOnTheSpotAsync(procedure, steps), ProcessValidationCodes.NobodyCanAct, 4);
        message.Message.ShouldContain("Phòng Quản lý đất đai");
        message.Message.ShouldContain("Văn thư");
    }

    [Fact]
    public async Task A_desk_step_needs_someone_at_every_desk_of_the_level()
    {
        var procedure = await ProcedureAsync();
        List<ProcessStepDto> steps = [.. await app.DefaultStepsAsync(ProcessShape.District, procedure, ReceptionLevel.District)];
        // District desks have desk officers only: nobody appraises at any of the 8 desks.
        steps[1] = steps[1] with { Role = ProcessRoles.Appraiser, UnitKind = StepUnitKind.ReceptionDesk };
        var messages = await app.ValidateAsync(Process(procedure, ReceptionLevel.District, ProcessShape.District, steps), procedure);
        var nobody = messages.Where(m => m.Code == ProcessValidationCodes.NobodyCanAct && m.StepOrder == 2).ToList();
        nobody.Count.ShouldBe(8);
        nobody.ShouldContain(m => m.Message.Contains("huyện Đông Hưng"));
    }

    [Fact]
    public async Task A_district_agency_step_needs_someone_in_the_agency_of_every_desk_and_is_for_district_processes_only()
    {
        var procedure = await ProcedureAsync();
        List<ProcessStepDto> steps = [.. await app.DefaultStepsAsync(ProcessShape.District, procedure, ReceptionLevel.District)];
        steps[2].UnitKind.ShouldBe(StepUnitKind.DistrictAgency);
        // The district agencies have a head and a specialist each, no clerk.
        steps[2] = steps[2] with { Role = ProcessRoles.Clerk };
        var messages = await app.ValidateAsync(Process(procedure, ReceptionLevel.District, ProcessShape.District, steps), procedure);
        var nobody = messages.Where(m => m.Code == ProcessValidationCodes.NobodyCanAct && m.StepOrder == 3).ToList();
        nobody.Count.ShouldBe(8);
        nobody.ShouldContain(m => m.Message.Contains("Phòng Tài nguyên và Môi trường") && m.Message.Contains("huyện Tiền Hải"));

        List<ProcessStepDto> province = [.. await app.DefaultStepsAsync(ProcessShape.OnTheSpot, procedure, ReceptionLevel.Province)];
        province[1] = province[1] with { UnitKind = StepUnitKind.DistrictAgency };
        ShouldReport(await ValidateOnTheSpotAsync(procedure, province), ProcessValidationCodes.StepInvalid, 2).Message.ShouldContain("cấp huyện");
    }

    [Fact]
    public async Task On_the_spot_keeps_every_step_inside_the_service_centre_with_the_delegated_approver_counting_as_on_site()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        // The default approval goes to the department's approvers: it passes because phogiamdoc signs by the director's delegation.
        (await ValidateOnTheSpotAsync(procedure, steps)).ShouldNotContain(m => m.Code == ProcessValidationCodes.OutsideCentre);
        steps[1] = steps[1] with { UnitKind = StepUnitKind.FieldUnit };
        steps[3] = steps[3] with { Role = ProcessRoles.Clerk, UnitKind = StepUnitKind.Unit, UnitId = await app.UnitIdAsync(OfficeCode) };
        var messages = await ValidateOnTheSpotAsync(procedure, steps);
        ShouldReport(messages, ProcessValidationCodes.OutsideCentre, 2);
        ShouldReport(messages, ProcessValidationCodes.OutsideCentre, 4).Message.ShouldContain("Văn phòng Sở");
    }

    [Fact]
    public async Task Forms_named_must_exist_in_the_template_store()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        steps[0].Forms.ShouldContain("Procedures.Forms.2025.Receipt");
        steps[0] = steps[0] with { Forms = [.. steps[0].Forms, "Procedures.Forms.2025.NoSuchForm"] };
        ShouldReport(await ValidateOnTheSpotAsync(procedure, steps), ProcessValidationCodes.UnknownForm, 1).Message.ShouldContain("NoSuchForm");
    }

    [Fact]
    public async Task A_named_unit_must_exist()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        steps[2] = steps[2] with { UnitId = Guid.NewGuid() };
        ShouldReport(await ValidateOnTheSpotAsync(procedure, steps), ProcessValidationCodes.UnknownUnit, 3);
        steps[2] = steps[2] with { UnitId = null };
        ShouldReport(await ValidateOnTheSpotAsync(procedure, steps), ProcessValidationCodes.UnknownUnit, 3);
    }

    [Fact]
    public async Task A_task_step_needs_a_known_role()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        steps[1] = steps[1] with { Role = "reviewer" };
        steps[2] = steps[2] with { Role = null };
        var messages = await ValidateOnTheSpotAsync(procedure, steps);
        ShouldReport(messages, ProcessValidationCodes.UnknownRole, 2).Message.ShouldContain("reviewer");
        ShouldReport(messages, ProcessValidationCodes.UnknownRole, 3);
    }

    [Fact]
    public async Task The_first_task_step_cannot_return_to_a_previous_one()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        steps[1] = steps[1] with { Actions = [.. steps[1].Actions, StepAction.Return] };
        ShouldReport(await ValidateOnTheSpotAsync(procedure, steps), ProcessValidationCodes.ReturnFromFirstTask, 2);
    }

    [Fact]
    public async Task Consultation_needs_existing_units_a_known_role_and_a_time_within_the_step()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        var land = await app.UnitIdAsync(LandDivisionCode);
        steps[1] = steps[1] with { Actions = [.. steps[1].Actions, StepAction.Consult], Consult = new ConsultDto([land], ProcessRoles.DivisionHead, 1) };
        (await ValidateOnTheSpotAsync(procedure, steps)).ShouldBeEmpty();

        foreach (var broken in new ConsultDto?[]
                 {
                     null, new([], ProcessRoles.DivisionHead, 1), new([Guid.NewGuid()], ProcessRoles.DivisionHead, 1),
                     new([land], "nobody", 1), new([land], ProcessRoles.DivisionHead, 0), new([land], ProcessRoles.DivisionHead, 20),
                     new([land, land], ProcessRoles.DivisionHead, 1),
                 })
        {
            steps[1] = steps[1] with { Consult = broken };
            ShouldReport(await ValidateOnTheSpotAsync(procedure, steps), ProcessValidationCodes.ConsultInvalid, 2);
        }
    }

    [Fact]
    public async Task Only_status_4_or_on_the_last_task_step_9_may_be_set_on_entry()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        steps[1] = steps[1] with { StatusOnEntry = 4 };
        steps[3] = steps[3] with { StatusOnEntry = 9 };
        (await ValidateOnTheSpotAsync(procedure, steps)).ShouldBeEmpty();

        steps[1] = steps[1] with { StatusOnEntry = 6 };
        steps[2] = steps[2] with { StatusOnEntry = 9 };
        steps[0] = steps[0] with { StatusOnEntry = 4 };
        var messages = await ValidateOnTheSpotAsync(procedure, steps);
        ShouldReport(messages, ProcessValidationCodes.StatusInvalid, 1);
        ShouldReport(messages, ProcessValidationCodes.StatusInvalid, 2).Message.ShouldContain("6");
        ShouldReport(messages, ProcessValidationCodes.StatusInvalid, 3);
    }

    [Fact]
    public async Task A_district_process_escalates_to_the_province_only_when_the_procedure_is_handled_by_transfer_there()
    {
        var transfer = await CreateProcedureAsync(app, 5, DurationUnit.WorkingDays, null, HandlingMode.OnTheSpot, HandlingMode.Transfer);
        var steps = await app.DefaultStepsAsync(ProcessShape.District, transfer, ReceptionLevel.District);
        steps.ShouldContain(s => s.UnitKind == StepUnitKind.FieldUnit);
        (await app.ValidateAsync(Process(transfer, ReceptionLevel.District, ProcessShape.District, steps), transfer)).ShouldBeEmpty();

        var onTheSpot = await ProcedureAsync(5);
        var messages = await app.ValidateAsync(Process(onTheSpot, ReceptionLevel.District, ProcessShape.District, steps), onTheSpot);
        ShouldReport(messages, ProcessValidationCodes.EscalationNotAllowed, steps.First(s => s.UnitKind == StepUnitKind.FieldUnit).Order);
    }

    [Fact]
    public async Task The_last_task_step_must_let_the_dossier_through()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        steps[3] = steps[3] with { Actions = [StepAction.Refuse] };
        ShouldReport(await ValidateOnTheSpotAsync(procedure, steps), ProcessValidationCodes.NoForwardOnLastTask, 4);
    }

    [Fact]
    public async Task Validity_must_end_after_it_starts_and_not_start_before_the_decision()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        var process = Process(procedure, ReceptionLevel.Province, ProcessShape.OnTheSpot, steps);
        ShouldReport(await app.ValidateAsync(process with { ValidTo = process.ValidFrom }, procedure), ProcessValidationCodes.ValidityInvalid);
        ShouldReport(await app.ValidateAsync(process with { DecisionDate = process.ValidFrom.AddDays(1) }, procedure), ProcessValidationCodes.ValidityInvalid);
    }

    [Fact]
    public async Task A_task_step_needs_a_name_and_time()
    {
        var (procedure, steps) = await OnTheSpotAsync();
        steps[1] = steps[1] with { Hours = 0 };
        steps[2] = steps[2] with { Name = " " };
        var messages = await ValidateOnTheSpotAsync(procedure, steps);
        ShouldReport(messages, ProcessValidationCodes.StepInvalid, 2);
        ShouldReport(messages, ProcessValidationCodes.StepInvalid, 3);
    }
}
