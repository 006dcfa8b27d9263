using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Processes.Application.Documents;

/// <summary>
/// The step table as Excel (export; import replaces a draft's steps, all or nothing) and the printable process document.
/// Versions are read and saved through <see cref="IProcessService"/>, so its rules (drafts only, revisions) apply.
/// </summary>
internal static class DocumentEndpoints
{
    private const string HtmlContentType = "text/html; charset=utf-8";

    public static void Map(IEndpointRouteBuilder api, IEndpointRouteBuilder root)
    {
        var processes = api.MapGroup("/processes").WithTags("Processes");
        processes.MapGet("/{id:guid}/steps.xlsx", async (Guid id, [FromServices] IProcessService service, [FromServices] IStepTableExcel excel,
                CancellationToken ct) =>
            {
                var process = await service.GetAsync(id, ct);
                return TypedResults.File(await excel.ExportAsync(process, ct), StepTableLayout.ContentType,
                    $"quy-trinh-{process.ProcedureCode}-{(process.Level == ReceptionLevel.Province ? "cap-tinh" : "cap-huyen")}-v{process.Version}.xlsx");
            })
            .RequirePermission(ProcessPermissions.Default)
            .WithSummary("Bảng các bước của một phiên bản quy trình (Excel, bố cục ISO)");

        processes.MapPost("/{id:guid}/steps/import", async (Guid id, IFormFile? file, [FromServices] IProcessService service,
                [FromServices] IStepTableExcel excel, CancellationToken ct) =>
            {
                if (file is null || file.Length == 0)
                    return ProblemFactory.Result(StatusCodes.Status422UnprocessableEntity, ProcessErrorCodes.ImportInvalid, "Chưa chọn tệp Excel để nhập.");
                if (file.Length > StepTableExcel.MaxFileBytes)
                    return ProblemFactory.Result(StatusCodes.Status422UnprocessableEntity, ProcessErrorCodes.ImportInvalid, "Tệp Excel lớn quá 5 MB.");
                var process = await service.GetAsync(id, ct);
                StepTableImportResult result;
                await using (var stream = file.OpenReadStream())
                    result = await excel.ImportAsync(stream, ct);
                if (result.Errors.Count > 0)
                {
                    var problem = ProblemFactory.Create(StatusCodes.Status422UnprocessableEntity, ProcessErrorCodes.ImportInvalid,
                        $"Không nhập được bảng các bước: {result.Errors.Count} lỗi, chưa lưu thay đổi nào.");
                    problem.Extensions["rows"] = result.Errors;
                    return TypedResults.Problem(problem);
                }
                var saved = await service.SaveDraftAsync(id, new SaveProcessRequest(null, null, null, null, null, null, null, null, result.Steps,
                    process.Revision), ct);
                return Results.Ok(saved);
            })
            .DisableAntiforgery() // a cookie API like the others: it refuses anonymous callers and needs Processes.Manage
            .RequirePermission(ProcessPermissions.Manage)
            .WithSummary("Nhập bảng các bước từ Excel vào bản dự thảo (lỗi một dòng thì không lưu gì)")
            .Produces<ProcessVersionDto>();

        root.MapGet("/print/processes/{id:guid}", async (Guid id, [FromServices] IProcessService service, [FromServices] IProcedureCatalog catalog,
                ProcessDocumentPrinter printer, CancellationToken ct) =>
            {
                ProcessVersionDto process;
                try
                {
                    process = await service.GetAsync(id, ct);
                }
                catch (BusinessException e) when (e.StatusCode == StatusCodes.Status404NotFound)
                {
                    return Results.NotFound(); // the host's status pages show its "not found" page
                }
                var procedure = await catalog.FindInForceAsync(process.ProcedureCode, process.ValidFrom, ct);
                return Results.Content(await printer.PrintAsync(process, procedure, ct), HtmlContentType);
            })
            .ExcludeFromDescription()
            .RequirePermission(ProcessPermissions.Default);
    }
}
