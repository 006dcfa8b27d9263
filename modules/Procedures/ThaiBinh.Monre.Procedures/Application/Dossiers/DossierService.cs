using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThaiBinh.Monre.Kernel.Blobs;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Catalog;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>
/// The dossier's life at the desk, as the current user, inside the current unit of work. A receipt is one transaction:
/// idempotency key, validation against the procedure version in force, appointment on the desk's calendar, the daily code,
/// the dossier, and (accepted) the bound flow started with the dossier as its correlation. Every receipt gets a code,
/// refusals and supplementation requests included: each is registered and has a slip (forms 02, 03).
/// </summary>
internal sealed class DossierService(
    ProceduresDbContext db,
    DossierAccess access,
    ReceiptCatalog catalog,
    ReceptionDesks desks,
    DossierCodeAllocator codes,
    IdempotencyGuard idempotency,
    IWorkingCalendar calendar,
    IUnitOfWork uow,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<DossierService> logger) : IDossierService
{
    private const int MaxTake = 200;

    public async Task<DossierReceiptDto> ReceiveAsync(ReceiveDossierRequest request, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(ProcedurePermissions.Dossiers.Receive, cancellationToken);
        var me = access.UserId;
        IdempotencyGuard.Validate(idempotencyKey);
        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        var dossierId = Guid.CreateVersion7();
        if (idempotencyKey is not null)
        {
            var hash = IdempotencyGuard.Hash(request);
            if (await idempotency.ClaimAsync(me, idempotencyKey, hash, dossierId, now, cancellationToken) is { } previous)
            {
                if (previous.RequestHash != hash)
                    throw DossierErrors.Unprocessable(ProcedureErrorCodes.IdempotencyKeyReused, "Dossiers:IdempotencyKeyReused");
                var first = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == previous.DossierId, cancellationToken);
                return Receipt(first);
            }
        }

        var procedure = await catalog.FindProcedureAsync(request.ProcedureId, cancellationToken)
            ?? throw DossierErrors.Unprocessable(ProcedureErrorCodes.ProcedureNotFound, "Dossiers:ProcedureNotFound");
        if (!procedure.IsInForceOn(today))
            throw DossierErrors.Unprocessable(ProcedureErrorCodes.ProcedureNotInForce, "Dossiers:ProcedureNotInForce", procedure.Name);
        if (!Enum.IsDefined(request.Channel) || !Enum.IsDefined(request.Decision))
            throw DossierErrors.BadRequest(ProcedureErrorCodes.ApplicantInvalid, "Dossiers:RequestInvalid");

        var desk = await desks.ResolveAsync(me, request.ReceptionUnitId,
            await access.IsGrantedAsync(ProcedurePermissions.Dossiers.ViewAll, cancellationToken), today, cancellationToken);
        var handling = procedure.Handling.FirstOrDefault(h => h.Level == desk.Level)
            ?? throw DossierErrors.Unprocessable(ProcedureErrorCodes.LevelNotOffered,
                desk.Level == ReceptionLevel.Province ? "Dossiers:NotOfferedAtProvince" : "Dossiers:NotOfferedAtDistrict", procedure.Name);
        var applicant = ApplicantRules.Validate(request.Applicant);
        var received = ReceivedComponents(procedure, request.Components);
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (reason is { Length: > 4000 }) throw DossierErrors.Unprocessable(ProcedureErrorCodes.ReasonRequired, "Dossiers:ReasonTooLong");
        if (request.Decision == ReceiptDecision.Refuse && reason is null)
            throw DossierErrors.Unprocessable(ProcedureErrorCodes.ReasonRequired, "Dossiers:RefusalReasonRequired");

        DateTimeOffset? appointment = null;
        WorkflowBinding? binding = null;
        if (request.Decision == ReceiptDecision.Accept)
        {
            var missing = procedure.Components.Where(c => c.Mandatory && !received.Any(r => r.Component.Id == c.Id))
                .OrderBy(c => c.Order).Select(c => c.Name).ToList();
            if (missing.Count > 0)
                throw DossierErrors.Unprocessable(ProcedureErrorCodes.MandatoryComponentMissing, "Dossiers:MandatoryComponentMissing", string.Join("; ", missing));
            binding = await catalog.FindBindingAsync(procedure.Code, desk.Level, today, cancellationToken)
                ?? throw DossierErrors.Unprocessable(ProcedureErrorCodes.NoWorkflowBound, "Dossiers:NoWorkflowBound", procedure.Name);
            var amount = request.Channel == SubmissionChannel.Online && procedure.OnlineDeadlineAmount is { } online ? online : procedure.DeadlineAmount;
            appointment = await calendar.AddAsync(now, amount, procedure.DeadlineUnit, desk.UnitId, cancellationToken);
        }

        var officer = await access.UserNameAsync(cancellationToken);
        // Last before the writes: the counter row stays locked until this transaction commits.
        var code = await codes.NextAsync(desk.AgencyCode, today, cancellationToken);
        var dossier = new Dossier(dossierId, code, procedure.Id, procedure.Code, procedure.Name, procedure.Field, desk.Level, handling.Mode,
            desk.UnitId, desk.Name, desk.AgencyCode, request.Channel, applicant, request.Decision, reason, now, me, officer);
        foreach (var (component, copyKind, count) in received)
            dossier.Components.Add(new DossierComponent(dossierId, component.Id, component.Order, component.Name, copyKind, count, component.Mandatory));
        dossier.RecordReceipt(reason);
        db.Dossiers.Add(dossier);

        if (binding is not null && appointment is { } due)
        {
            dossier.StartProcessing(due, now);
            var runtime = services.GetRequiredService<IWorkflowRuntime>();
            var instance = await runtime.StartAsync(new StartWorkflow(binding.WorkflowDefinitionId, dossierId.ToString(),
                FlowInput(dossier), SiteId: desk.UnitId), cancellationToken);
            dossier.AttachWorkflow(instance.Id);
            // The flow's first task makes its candidates participants and writes a history row (DossierFlowEventHandler,
            // which finds the dossier in the change tracker): handled now, they go out with the dossier's own inserts.
            await uow.DispatchEventsAsync(cancellationToken);
            if (instance.Status == WorkflowStatus.Faulted)
                logger.LogWarning("The flow {Definition} of dossier {Code} faulted at its start; an administrator must move it.", binding.WorkflowDefinitionId, code);
        }
        return Receipt(dossier);
    }

    private static DossierReceiptDto Receipt(Dossier d) =>
        new(d.Id, d.Code, d.Status, VietnamTime.ToLocal(d.ReceivedAt), VietnamTime.ToLocal(d.AppointmentAt));

    private static Dictionary<string, object?> FlowInput(Dossier d) => new()
    {
        [ProceduresWorkflow.Variables.DossierId] = d.Id.ToString(),
        [ProceduresWorkflow.Variables.DossierCode] = d.Code,
        [ProceduresWorkflow.Variables.ProcedureCode] = d.ProcedureCode,
        [ProceduresWorkflow.Variables.ProcedureName] = d.ProcedureName,
        [ProceduresWorkflow.Variables.Field] = d.Field,
        [ProceduresWorkflow.Variables.ReceptionUnitId] = d.ReceptionUnitId.ToString(),
        [ProceduresWorkflow.Variables.ApplicantName] = d.Applicant.FullName,
        [ProceduresWorkflow.Variables.Channel] = d.Channel.ToString(),
        [ProceduresWorkflow.Variables.AppointmentAt] = d.AppointmentAt is { } at
            ? VietnamTime.ToLocal(at).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture) : null,
    };

    private static List<(ProcedureComponent Component, CopyKind CopyKind, int Count)> ReceivedComponents(
        Procedure procedure, IReadOnlyList<ReceivedComponentDto>? components)
    {
        var result = new List<(ProcedureComponent, CopyKind, int)>();
        foreach (var item in components ?? [])
        {
            var component = procedure.Components.FirstOrDefault(c => c.Id == item.ComponentId)
                ?? throw DossierErrors.Unprocessable(ProcedureErrorCodes.ComponentUnknown, "Dossiers:ComponentUnknown", item.ComponentId);
            if (result.Any(r => r.Item1.Id == component.Id))
                throw DossierErrors.Unprocessable(ProcedureErrorCodes.ComponentUnknown, "Dossiers:ComponentTwice", component.Name);
            if (item.Count is < 1 or > 1000 || !Enum.IsDefined(item.CopyKind))
                throw DossierErrors.Unprocessable(ProcedureErrorCodes.ComponentUnknown, "Dossiers:ComponentCountInvalid", component.Name);
            result.Add((component, item.CopyKind, item.Count));
        }
        return result;
    }

    public async Task<DossierDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await FindDetailAsync(d => d.Id == id, id, cancellationToken) ?? throw DossierErrors.NotFound();

    public async Task<DossierDetailDto?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var trimmed = (code ?? "").Trim();
        return trimmed.Length == 0 ? null : await FindDetailAsync(d => d.Code == trimmed, null, cancellationToken);
    }

    private async Task<DossierDetailDto?> FindDetailAsync(System.Linq.Expressions.Expression<Func<Dossier, bool>> predicate, Guid? id, CancellationToken cancellationToken)
    {
        var visible = await access.VisibleAsync(cancellationToken);
        var dossier = await Detailed(visible).AsNoTracking().SingleOrDefaultAsync(predicate, cancellationToken);
        if (dossier is null && await HasOwnTaskAsync(predicate, cancellationToken) is { } reassigned)
            dossier = await Detailed(db.Dossiers).AsNoTracking().SingleOrDefaultAsync(d => d.Id == reassigned, cancellationToken);
        return dossier is null ? null : await DossierMapping.DetailAsync(dossier, db, access, cancellationToken);
    }

    private static IQueryable<Dossier> Detailed(IQueryable<Dossier> query) =>
        query.AsSplitQuery().Include(d => d.Components).ThenInclude(c => c.Scans).Include(d => d.History);

    /// <summary>
    /// A task handed to the user by a leader (reassigned) makes them a participant the dossier row does not list yet:
    /// their inbox says so. Only asked on the way to a 404.
    /// </summary>
    private async Task<Guid?> HasOwnTaskAsync(System.Linq.Expressions.Expression<Func<Dossier, bool>> predicate, CancellationToken cancellationToken)
    {
        var candidate = await db.Dossiers.AsNoTracking().Where(predicate).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
        if (candidate is not { } id) return null;
        var tasks = await services.GetRequiredService<ITaskInbox>().ListAsync(TaskScope.Mine, includeClosed: true, cancellationToken);
        return tasks.Any(t => t.CorrelationId == id.ToString()) ? id : null;
    }

    public async Task<PagedResult<DossierListItemDto>> ListAsync(DossierQuery query, CancellationToken cancellationToken = default)
    {
        var dossiers = (await access.VisibleAsync(cancellationToken)).AsNoTracking();
        if (query.Status is { } status) dossiers = dossiers.Where(d => d.Status == status);
        if (query.ReceptionUnitId is { } unit) dossiers = dossiers.Where(d => d.ReceptionUnitId == unit);
        if (query.LateOnly == true) dossiers = dossiers.Where(d => d.LateWarningAt != null);
        if (query.AppointmentOn is { } day)
        {
            var (start, end) = VietnamTime.DayRange(day);
            dossiers = dossiers.Where(d => d.AppointmentAt >= start && d.AppointmentAt < end);
        }
        if (query.ReceivedFrom is { } receivedFrom)
        {
            var start = VietnamTime.DayRange(receivedFrom).Start;
            dossiers = dossiers.Where(d => d.ReceivedAt >= start);
        }
        if (query.ReceivedTo is { } receivedTo)
        {
            var end = VietnamTime.DayRange(receivedTo).End;
            dossiers = dossiers.Where(d => d.ReceivedAt < end);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + query.Search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            dossiers = dossiers.Where(d => EF.Functions.ILike(d.Code, pattern) || EF.Functions.ILike(d.Applicant.FullName, pattern)
                || EF.Functions.ILike(d.Applicant.IdNumber!, pattern) || EF.Functions.ILike(d.ProcedureName, pattern)
                || EF.Functions.ILike(d.ProcedureCode, pattern));
        }
        var total = await dossiers.CountAsync(cancellationToken);
        var take = Math.Clamp(query.Take, 1, MaxTake);
        var ordered = query.AppointmentOn is not null
            ? dossiers.OrderBy(d => d.AppointmentAt).ThenBy(d => d.Code)
            : dossiers.OrderByDescending(d => d.ReceivedAt).ThenByDescending(d => d.Code);
        var items = await ordered.Skip(Math.Max(0, query.Skip)).Take(take)
            .Select(d => new DossierListItemDto(d.Id, d.Code, d.ProcedureCode, d.ProcedureName, d.Applicant.FullName, d.Status, d.Channel,
                d.ReceptionUnitId, d.ReceptionUnitName, d.ReceivedAt, d.AppointmentAt, d.LateWarningAt != null, d.Timeliness))
            .ToListAsync(cancellationToken);
        return new PagedResult<DossierListItemDto>(
            [.. items.Select(i => i with { ReceivedAt = VietnamTime.ToLocal(i.ReceivedAt), AppointmentAt = VietnamTime.ToLocal(i.AppointmentAt) })], total);
    }

    public async Task<DossierDetailDto> ResubmitAsync(Guid id, ResubmitRequest request, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(ProcedurePermissions.Dossiers.Receive, cancellationToken);
        var dossier = await TrackedAsync(id, cancellationToken);
        if (dossier.WorkflowInstanceId is null) throw new DossierStatusException(dossier.Status, DossierStatus.Processing);
        dossier.RecordResubmission(clock.GetUtcNow(), await access.UserNameAsync(cancellationToken), Clean(request.Note));
        await SignalAsync(dossier, ProceduresWorkflow.ResubmittedSignal, cancellationToken);
        return await AfterChangeAsync(id, cancellationToken);
    }

    public async Task<DossierDetailDto> ConfirmPaymentAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(ProcedurePermissions.Dossiers.Receive, cancellationToken);
        var dossier = await TrackedAsync(id, cancellationToken);
        if (dossier.WorkflowInstanceId is null) throw new DossierStatusException(dossier.Status, DossierStatus.Processing);
        dossier.RecordPayment(clock.GetUtcNow(), await access.UserNameAsync(cancellationToken));
        await SignalAsync(dossier, ProceduresWorkflow.PaidSignal, cancellationToken);
        return await AfterChangeAsync(id, cancellationToken);
    }

    /// <summary>The flow waits for the desk's signal (correlation key = dossier id); its SetStatus 4 resumes the clock.</summary>
    private async Task SignalAsync(Dossier dossier, string signal, CancellationToken cancellationToken)
    {
        var resumed = await services.GetRequiredService<IWorkflowRuntime>().SignalAsync(signal, dossier.Id.ToString(), null, cancellationToken);
        if (resumed == 0) throw new DossierStatusException(dossier.Status, DossierStatus.Processing);
    }

    public async Task<DossierDetailDto> WithdrawAsync(Guid id, WithdrawRequest request, CancellationToken cancellationToken = default)
    {
        if (!await access.IsGrantedAsync(ProcedurePermissions.Dossiers.Receive, cancellationToken)
            && !await access.IsGrantedAsync(ProcedurePermissions.Dossiers.Manage, cancellationToken))
            throw DossierErrors.Forbidden();
        var dossier = await TrackedAsync(id, cancellationToken);
        var reason = Clean(request.Reason);
        dossier.Withdraw(clock.GetUtcNow(), await access.UserNameAsync(cancellationToken), reason);
        if (dossier.WorkflowInstanceId is { } instanceId)
        {
            var runtime = services.GetRequiredService<IWorkflowRuntime>();
            var instance = await runtime.GetAsync(instanceId, cancellationToken);
            if (instance.Status is WorkflowStatus.Running or WorkflowStatus.Suspended or WorkflowStatus.Faulted)
                await runtime.CancelAsync(instanceId, reason ?? "Người nộp hồ sơ rút hồ sơ", cancellationToken);
        }
        return await AfterChangeAsync(id, cancellationToken);
    }

    public async Task<DossierDetailDto> ReturnResultAsync(Guid id, ReturnResultRequest request, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(ProcedurePermissions.Dossiers.Return, cancellationToken);
        var dossier = await TrackedAsync(id, cancellationToken);
        var recipient = Clean(request.RecipientName);
        if (dossier.Status == DossierStatus.ResultReady && recipient is null)
            throw DossierErrors.Unprocessable(ProcedureErrorCodes.RecipientRequired, "Dossiers:RecipientRequired");
        if (recipient is { Length: > 200 } || Clean(request.RecipientIdNumber) is { Length: > 20 })
            throw DossierErrors.Unprocessable(ProcedureErrorCodes.RecipientRequired, "Dossiers:RecipientTooLong");
        dossier.ReturnResult(clock.GetUtcNow(), await access.UserNameAsync(cancellationToken), recipient ?? "",
            Clean(request.RecipientIdNumber), Clean(request.Note));
        return await AfterChangeAsync(id, cancellationToken);
    }

    public async Task<DossierScanDto> AddScanAsync(Guid id, Guid dossierComponentId, string fileName, string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(ProcedurePermissions.Dossiers.Receive, cancellationToken);
        var dossier = await TrackedAsync(id, cancellationToken);
        if (dossier.Status is DossierStatus.Withdrawn or DossierStatus.Returned) throw new DossierStatusException(dossier.Status, dossier.Status);
        var component = await db.DossierComponents.SingleOrDefaultAsync(c => c.Id == dossierComponentId && c.DossierId == id, cancellationToken)
            ?? throw DossierErrors.Unprocessable(ProcedureErrorCodes.ComponentUnknown, "Dossiers:ComponentNotInDossier");
        var name = Path.GetFileName((fileName ?? "").Trim());
        var type = (contentType ?? "").Split(';')[0].Trim();
        if (name.Length is 0 or > 300 || !DossierScans.Extensions.TryGetValue(type, out var extension))
            throw DossierErrors.Unprocessable(ProcedureErrorCodes.ScanInvalid, "Dossiers:ScanType");
        // Copied first: the size is known before anything is stored, and a stream is read once.
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length is 0 or > DossierScans.MaxBytes)
            throw DossierErrors.Unprocessable(ProcedureErrorCodes.ScanInvalid, "Dossiers:ScanSize", DossierScans.MaxBytes / 1024 / 1024);
        var now = clock.GetUtcNow();
        var officer = await access.UserNameAsync(cancellationToken);
        var scanId = Guid.CreateVersion7();
        var blobName = $"{id:N}/{scanId:N}{extension}";
        buffer.Position = 0;
        // Saved before the row commits: a rollback leaves at most an orphan file, never a row without its file (ADR 0002).
        await services.GetRequiredService<IBlobContainer<DossierScans>>().SaveAsync(blobName, buffer, false, cancellationToken);
        var scan = new DossierScan(component.Id, name, type, buffer.Length, blobName, now, officer, scanId);
        db.DossierScans.Add(scan);
        dossier.RecordHistory(now, DossierHistoryActions.ScanAdded, officer, $"{component.Name}: {name}");
        return new DossierScanDto(scan.Id, scan.FileName, scan.ContentType, scan.Size, VietnamTime.ToLocal(scan.UploadedAt));
    }

    public async Task<(DossierScanDto Scan, Stream Content)> OpenScanAsync(Guid id, Guid scanId, CancellationToken cancellationToken = default)
    {
        var visible = await access.VisibleAsync(cancellationToken);
        var scan = await (from d in visible
                          join c in db.DossierComponents on d.Id equals c.DossierId
                          join s in db.DossierScans on c.Id equals s.DossierComponentId
                          where d.Id == id && s.Id == scanId
                          select s).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (scan is null)
        {
            if (await HasOwnTaskAsync(d => d.Id == id, cancellationToken) is null) throw DossierErrors.ScanNotFound();
            scan = await db.DossierScans.AsNoTracking()
                .SingleOrDefaultAsync(s => s.Id == scanId && db.DossierComponents.Any(c => c.Id == s.DossierComponentId && c.DossierId == id), cancellationToken)
                ?? throw DossierErrors.ScanNotFound();
        }
        var stream = await services.GetRequiredService<IBlobContainer<DossierScans>>().GetOrNullAsync(scan.BlobName, cancellationToken)
            ?? throw DossierErrors.ScanNotFound();
        return (new DossierScanDto(scan.Id, scan.FileName, scan.ContentType, scan.Size, VietnamTime.ToLocal(scan.UploadedAt)), stream);
    }

    /// <summary>The dossier as it stands after a desk action: the flow's changes are saved (not committed) first.</summary>
    private async Task<DossierDetailDto> AfterChangeAsync(Guid id, CancellationToken cancellationToken)
    {
        await uow.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>The dossier for a change, locked against a concurrent desk action or flow step (the second waits, then re-checks).</summary>
    private async Task<Dossier> TrackedAsync(Guid id, CancellationToken cancellationToken)
    {
        var visible = await access.VisibleAsync(cancellationToken);
        if (!await visible.AnyAsync(d => d.Id == id, cancellationToken) && await HasOwnTaskAsync(d => d.Id == id, cancellationToken) is null)
            throw DossierErrors.NotFound();
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM procedures.dossiers WHERE id = {id} FOR UPDATE", cancellationToken);
        return await db.Dossiers.SingleAsync(d => d.Id == id, cancellationToken);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
