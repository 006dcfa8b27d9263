using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Procedures.Tests.Catalog;

/// <summary>
/// The host on a database of its own for tests that change the catalog (so the shared procedures collection keeps the
/// seeded catalog as it is), with the clock on Monday 2026-11-23 09:00 in Vietnam.
/// </summary>
public sealed class CatalogFixture : MonreAppFactory
{
    public FakeTimeProvider Clock { get; } = new(ProceduresFixture.StartOfTests.ToUniversalTime());

    protected override string Purpose => "catalog";

    protected override void ConfigureTestServices(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));

    private int _codes;

    /// <summary>A national code no seeded procedure has (1.09xxxx.000.00.00.H54).</summary>
    public string NewCode() => $"1.09{Interlocked.Increment(ref _codes):D4}.000.00.00.H54";
}

[CollectionDefinition(Name)]
public sealed class CatalogCollection : ICollectionFixture<CatalogFixture>
{
    public const string Name = "catalog";
}

internal static class CatalogRequests
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static SaveProcedureRequest Valid(string code, string name = "Cấp giấy phép thử nghiệm đo đạc", DateOnly? validFrom = null) =>
        new(code, name, "survey", 5, DurationUnit.WorkingDays, null, null, null, 2, "Giấy phép", validFrom ?? new DateOnly(2026, 1, 1), null,
            [
                new SaveComponentRequest(null, "Đơn đề nghị", CopyKind.Original, 1, true, null),
                new SaveComponentRequest(null, "Bản sao giấy chứng nhận đăng ký doanh nghiệp", CopyKind.Copy, 1, false, null),
            ],
            [new HandlingDto(ReceptionLevel.Province, HandlingMode.OnTheSpot, null)]);

    public static async Task<ProcedureDto> CreateAsync(this HttpClient admin, SaveProcedureRequest request)
    {
        var response = await admin.PostAsJsonAsync("/api/procedures", request, Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProcedureDto>(Json))!;
    }

    /// <summary>Reads a successful JSON answer (the body is in the failure message otherwise).</summary>
    public static async Task<T> OkAsync<T>(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    /// <summary>Asserts a ProblemDetails response with the status and stable code; returns its title (the message).</summary>
    public static async Task<string> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        using var body = JsonDocument.Parse(text);
        body.RootElement.GetProperty("code").GetString().ShouldBe(code, text);
        return body.RootElement.GetProperty("title").GetString()!;
    }
}
