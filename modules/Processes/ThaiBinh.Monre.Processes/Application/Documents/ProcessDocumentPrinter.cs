using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Kernel;
using ThaiBinh.Monre.Kernel.Settings;
using ThaiBinh.Monre.Kernel.Templating;
using ThaiBinh.Monre.Processes.Application.Generation;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Processes.Application.Store;

namespace ThaiBinh.Monre.Processes.Application.Documents;

/// <summary>
/// The printable ISO process document (A4, the kernel's print layout): the agency's header, the approving decision, the
/// procedure and level, the table *Bước / Nội dung / Trách nhiệm / Thời gian / Biểu mẫu*, and the total against the legal
/// deadline in working hours. A kernel template, so administrators can override its wording with validity dates.
/// </summary>
internal sealed class ProcessDocumentPrinter(
    ITemplateRenderer renderer, ISettingManager settings, ProcessUnits units, LegalDeadline deadlines, ProcessForms forms,
    IStringLocalizerFactory localizers, TimeProvider clock)
{
    public const string TemplateName = "Processes.Document";

    /// <summary>Papers of the department are Vietnamese whatever the officer's UI language.</summary>
    private const string Culture = "vi";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static void Register(IServiceCollection services) =>
        services.AddTemplate(new TemplateDefinition(TemplateName, typeof(ProcessDocumentPrinter).Assembly,
            "ThaiBinh.Monre.Processes.Templates.ProcessDocument.sbn", "Template:" + TemplateName) { Layout = KernelModule.PrintLayoutTemplate });

    public async Task<string> PrintAsync(ProcessVersionDto process, ProcedureDto? procedure, CancellationToken cancellationToken)
    {
        return await renderer.RenderAsync(TemplateName, await BuildAsync(process, procedure, cancellationToken), Culture, cancellationToken);
    }

    public async Task<ProcessDocumentModel> BuildAsync(ProcessVersionDto process, ProcedureDto? procedure, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var names = (await units.AllAsync(today, cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var l = localizers.Create(typeof(ProcessDocumentPrinter));
        var steps = StepTable.Normalise(process.Steps);
        var rows = steps.Select(s => new ProcessDocumentRow(s.Order, s.Name, s.Content, Responsible(s, names), Hours(s.Hours),
            s.OnlineHours is { } online && online != s.Hours ? Hours(online) : null,
            [.. s.Forms.Select(f => forms.Find(f) is { } t ? l[t.DisplayNameKey].Value : f)])).ToList();

        DeadlineHours? deadline = null;
        if (procedure is not null)
        {
            var desks = await units.DesksAsync(process.Level, today, cancellationToken);
            deadline = await deadlines.HoursAsync(procedure.Deadline, desks.Count > 0 ? desks[0].Id : null, cancellationToken);
        }
        var total = steps.Sum(s => s.Hours);
        var totalOnline = steps.Sum(s => s.OnlineHours ?? s.Hours);
        var onlineDiffers = steps.Any(s => s.OnlineHours is not null && s.OnlineHours != s.Hours) || deadline?.OnlineHours != deadline?.Hours;
        var within = deadline is null || (total <= deadline.Hours && totalOnline <= deadline.OnlineHours);
        return new ProcessDocumentModel(
            $"Quy trình nội bộ — {process.ProcedureName}",
            await settings.GetGlobalAsync(KernelModule.GoverningBodySetting, cancellationToken) ?? "",
            await settings.GetGlobalAsync(KernelModule.AgencyNameSetting, cancellationToken) ?? "",
            process.ProcedureCode, process.ProcedureName, process.Level == ReceptionLevel.Province ? "cấp tỉnh" : "cấp huyện",
            StepTableExcel.ShapeName(process.Shape), process.Version, State(process.State), process.DecisionNumber, Date(process.DecisionDate),
            Date(process.ValidFrom)!, Date(process.ValidTo?.AddDays(-1)), rows, Hours(total), onlineDiffers ? Hours(totalOnline) : null,
            deadline is null ? null : Hours(deadline.Hours), deadline is not null && onlineDiffers ? Hours(deadline.OnlineHours) : null,
            procedure is null ? null : Describe(procedure.Deadline), within);
    }

    private static string Responsible(ProcessStepDto step, IReadOnlyDictionary<Guid, string> names)
    {
        if (step.Responsible is { Length: > 0 } text) return text;
        var role = step.Role is null ? "" : StepLabels.Role(step.Role);
        var unit = step.UnitKind == StepUnitKind.Unit && step.UnitId is { } id && names.TryGetValue(id, out var name) ? name : StepLabels.UnitKinds[step.UnitKind];
        return role.Length == 0 ? unit : $"{role} — {unit}";
    }

    private static string Describe(DeadlineDto deadline)
    {
        var unit = deadline.Unit switch
        {
            DurationUnit.WorkingDays => "ngày làm việc",
            DurationUnit.WorkingHours => "giờ làm việc",
            _ => "ngày",
        };
        var online = deadline.OnlineAmount is { } amount ? $" (hồ sơ trực tuyến: {Hours(amount)} {unit})" : "";
        return $"{Hours(deadline.Amount)} {unit}{online}";
    }

    private static string State(ProcessState state) => state switch
    {
        ProcessState.Draft => "dự thảo",
        ProcessState.Approved => "đã phê duyệt",
        ProcessState.Published => "đang áp dụng",
        _ => "hết hiệu lực",
    };

    private static string Hours(decimal hours) => hours.ToString("0.##", Vietnamese);

    private static string? Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
