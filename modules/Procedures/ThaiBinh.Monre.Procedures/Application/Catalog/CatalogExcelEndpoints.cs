using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Procedures.Application.Catalog;

/// <summary>The catalog as an Excel file: import (all or nothing), export, and the empty template (administrators).</summary>
internal static class CatalogExcelEndpoints
{
    public static void Map(RouteGroupBuilder procedures, string manage)
    {
        procedures.MapPost("/import", async (IFormFile? file, ProcedureImporter importer, IStringLocalizerFactory localizers, CancellationToken ct) =>
            {
                var l = localizers.Create(typeof(CatalogExcelEndpoints));
                if (file is null || file.Length == 0)
                    return ProblemFactory.Result(StatusCodes.Status422UnprocessableEntity, ProcedureErrorCodes.ImportInvalid, l["Catalog:Import.FileMissing"]);
                if (file.Length > ProcedureImporter.MaxFileBytes)
                    return ProblemFactory.Result(StatusCodes.Status422UnprocessableEntity, ProcedureErrorCodes.ImportInvalid, l["Catalog:Import.FileTooLarge"]);
                await using var stream = file.OpenReadStream();
                var result = await importer.ImportAsync(stream, ct);
                if (result.Errors.Count == 0) return Results.Ok(result);
                var problem = ProblemFactory.Create(StatusCodes.Status422UnprocessableEntity, ProcedureErrorCodes.ImportInvalid,
                    l["Catalog:Import.Refused", result.Errors.Count]);
                problem.Extensions["rows"] = result.Errors;
                return TypedResults.Problem(problem);
            })
            .DisableAntiforgery() // a cookie API like the others: it refuses anonymous callers and needs Catalog.Manage
            .RequirePermission(manage).WithSummary("Nhập danh mục thủ tục từ tệp Excel (.xlsx): lỗi một dòng thì không lưu gì")
            .Produces<ProcedureImportResult>();
        procedures.MapGet("/export.xlsx", async (ProcedureExporter exporter, CancellationToken ct) =>
                TypedResults.File(await exporter.ExportAsync(ct), ProcedureWorkbook.ContentType, "danh-muc-thu-tuc.xlsx"))
            .RequirePermission(manage).WithSummary("Xuất danh mục thủ tục (phiên bản mới nhất của mỗi mã) ra Excel");
        procedures.MapGet("/import-template.xlsx", (ProcedureExporter exporter) =>
                TypedResults.File(exporter.Template(), ProcedureWorkbook.ContentType, "mau-nhap-thu-tuc.xlsx"))
            .RequirePermission(manage).WithSummary("Tệp Excel mẫu để nhập danh mục thủ tục");
    }
}
