using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ThaiBinh.Monre.Kernel.Authorization;
using ThaiBinh.Monre.Procedures.Catalog;

namespace ThaiBinh.Monre.Procedures.Application.Catalog;

/// <summary><c>/api/procedures</c>: the catalog for the desks (Procedures.Catalog) and its administration (….Manage).</summary>
internal static class CatalogEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var procedures = api.MapGroup("/procedures").WithTags("Procedure catalog");
        const string view = ProcedurePermissions.Catalog.Default, manage = ProcedurePermissions.Catalog.Manage;

        procedures.MapGet("", (string? search, ReceptionLevel? level, int? take, ProcedureCatalog c, CancellationToken ct) =>
                c.SearchAsync(search, level, take ?? 50, ct))
            .RequirePermission(view).WithSummary("Thủ tục đang có hiệu lực (tìm theo tên không dấu hoặc mã)");
        procedures.MapGet("/{id:guid}", (Guid id, ProcedureCatalog c, CancellationToken ct) => c.GetAsync(id, ct))
            .RequirePermission(view).WithSummary("Một phiên bản thủ tục, với thành phần hồ sơ và cách giải quyết theo cấp");
        procedures.MapGet("/{code}/versions", (string code, ProcedureCatalog c, CancellationToken ct) => c.ListVersionsAsync(code, ct))
            .RequirePermission(view).WithSummary("Các phiên bản của một thủ tục theo mã");

        procedures.MapPost("", async (SaveProcedureRequest request, ProcedureEditor e, CancellationToken ct) =>
            {
                var procedure = await e.CreateAsync(request, ct);
                return TypedResults.Created($"/api/procedures/{procedure.Id}", procedure);
            })
            .RequirePermission(manage).WithSummary("Thêm thủ tục");
        procedures.MapPut("/{id:guid}", (Guid id, SaveProcedureRequest request, ProcedureEditor e, CancellationToken ct) =>
                e.UpdateAsync(id, request, ct))
            .RequirePermission(manage).WithSummary("Sửa một phiên bản thủ tục (đính chính)");
        procedures.MapPost("/{id:guid}/versions", async (Guid id, SaveProcedureRequest request, ProcedureEditor e, CancellationToken ct) =>
            {
                var procedure = await e.AddVersionAsync(id, request, ct);
                return TypedResults.Created($"/api/procedures/{procedure.Id}", procedure);
            })
            .RequirePermission(manage).WithSummary("Phiên bản mới từ một ngày (phiên bản trước hết hiệu lực từ ngày đó)");
        procedures.MapPost("/{id:guid}/retire", (Guid id, RetireProcedureRequest? request, ProcedureEditor e, CancellationToken ct) =>
                e.RetireAsync(id, request?.ValidTo, ct))
            .RequirePermission(manage).WithSummary("Thôi áp dụng một phiên bản thủ tục từ một ngày (mặc định hôm nay)");

        procedures.MapPost("/{id:guid}/components/{componentId:guid}/form", async (Guid id, Guid componentId, IFormFile file,
                ProcedureFormFiles forms, CancellationToken ct) =>
            {
                await using var content = file.OpenReadStream();
                return await forms.UploadAsync(id, componentId, file.FileName, content, ct);
            })
            // The cookie is SameSite=Lax, so a cross-site form cannot post here with it (as for the login endpoint).
            .DisableAntiforgery()
            .RequirePermission(manage)
            .WithSummary("Tải lên mẫu đơn, tờ khai của một thành phần hồ sơ (multipart, trường file; .doc, .docx, .pdf, .xls, .xlsx)");

        // Blank forms are public documents: citizens download them without logging in, the desks from the receipt checklist.
        api.MapGet("/public/procedure-forms/{componentId:guid}", async (Guid componentId, ProcedureFormFiles forms, CancellationToken ct) =>
            {
                var (fileName, contentType, content) = await forms.OpenAsync(componentId, ct);
                return TypedResults.Stream(content, contentType, fileName);
            })
            .AllowAnonymous().WithTags("Procedure catalog").WithSummary("Tải mẫu đơn, tờ khai của một thành phần hồ sơ (không cần đăng nhập)");

        CatalogExcelEndpoints.Map(procedures, manage);
    }
}
