using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Procedures.Dossiers;
using ThaiBinh.Monre.Procedures.Tests.PublicLookup;

namespace ThaiBinh.Monre.Procedures.Tests.Ratings;

[Collection(PublicAreaCollection.Name)]
public sealed class RatingTests(PublicAreaFixture fixture)
{
    private static readonly DateTimeOffset Received = new(2026, 11, 23, 8, 30, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset Appointment = new(2026, 11, 24, 8, 30, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task Applicant_rates_a_returned_dossier_on_the_public_side_once()
    {
        var dossier = await TestDossiers.CreateAsync(fixture, Received, Appointment, DossierStatus.Returned);
        using var client = fixture.PublicClient();
        var before = await client.GetFromJsonAsync<JsonElement>($"/api/public/dossiers/{dossier.Code}?check={TestDossiers.Check}");
        before.GetProperty("canRate").GetBoolean().ShouldBeTrue();
        before.GetProperty("statusName").GetString().ShouldBe("Đã trả kết quả");

        var first = await client.PostAsJsonAsync($"/api/public/dossiers/{dossier.Code}/rating?check={TestDossiers.Check}",
            new { level = "VerySatisfied", comment = "Cán bộ hướng dẫn tận tình" });
        var second = await client.PostAsJsonAsync($"/api/public/dossiers/{dossier.Code}/rating?check={TestDossiers.Check}", new { level = "Unsatisfied", comment = "Đổi ý" });

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        var rating = await first.Content.ReadFromJsonAsync<JsonElement>();
        rating.GetProperty("level").GetString().ShouldBe("VerySatisfied");
        rating.GetProperty("source").GetString().ShouldBe(DossierRating.PublicSource);
        await ShouldBeProblemAsync(second, HttpStatusCode.Conflict, ProcedureErrorCodes.RatingNotAllowed, "một lần");
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/public/dossiers/{dossier.Code}?check={TestDossiers.Check}");
        after.GetProperty("canRate").GetBoolean().ShouldBeFalse();
        after.GetProperty("rating").GetString().ShouldBe("VerySatisfied");
        var stored = await RatingsOfAsync(dossier.Id);
        stored.Count.ShouldBe(1);
        stored[0].Comment.ShouldBe("Cán bộ hướng dẫn tận tình");
        (await TestDossiers.LoadAsync(fixture, dossier.Id)).History.Count(h => h.Action == DossierHistoryActions.Rated).ShouldBe(1);
    }

    [Theory]
    [InlineData(DossierStatus.Processing)]
    [InlineData(DossierStatus.ResultReady)]
    public async Task A_dossier_whose_result_was_not_returned_cannot_be_rated(DossierStatus status)
    {
        var dossier = await TestDossiers.CreateAsync(fixture, Received, Appointment, status);
        using var client = fixture.PublicClient();

        var response = await client.PostAsJsonAsync($"/api/public/dossiers/{dossier.Code}/rating?check={TestDossiers.Check}", new { level = "Satisfied" });

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, ProcedureErrorCodes.RatingNotAllowed, "sau khi hồ sơ đã trả kết quả");
        (await RatingsOfAsync(dossier.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Unsatisfied_needs_a_comment()
    {
        var dossier = await TestDossiers.CreateAsync(fixture, Received, Appointment, DossierStatus.Returned);
        using var client = fixture.PublicClient();
        var url = $"/api/public/dossiers/{dossier.Code}/rating?check={TestDossiers.Check}";

        var bare = await client.PostAsJsonAsync(url, new { level = "Unsatisfied", comment = "   " });
        await ShouldBeProblemAsync(bare, HttpStatusCode.UnprocessableEntity, ProcedureErrorCodes.RatingInvalid, "lý do không hài lòng");
        (await RatingsOfAsync(dossier.Id)).ShouldBeEmpty();

        var explained = await client.PostAsJsonAsync(url, new { level = "Unsatisfied", comment = "Phải đi lại hai lần" });
        explained.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await RatingsOfAsync(dossier.Id)).Single().Level.ShouldBe(SatisfactionLevel.Unsatisfied);
    }

    [Fact]
    public async Task Public_rating_with_a_wrong_check_is_the_lookup_404()
    {
        var dossier = await TestDossiers.CreateAsync(fixture, Received, Appointment, DossierStatus.Returned);
        using var client = fixture.PublicClient();

        var response = await client.PostAsJsonAsync($"/api/public/dossiers/{dossier.Code}/rating?check=0000", new { level = "Satisfied" });

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, ProcedureErrorCodes.DossierNotFound, "Không tìm thấy hồ sơ");
        (await RatingsOfAsync(dossier.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_reception_desk_records_the_rating_and_another_district_desk_does_not_see_the_dossier()
    {
        var dossier = await TestDossiers.CreateAsync(fixture, Received, Appointment, DossierStatus.Returned);
        using var otherDesk = await fixture.SignedInAsync("motcua.donghung");
        using var desk = await fixture.SignedInAsync("motcua");
        using var anonymous = fixture.Anonymous();

        var foreign = await otherDesk.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/rating", new { level = "Satisfied" });
        var unauthenticated = await anonymous.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/rating", new { level = "Satisfied" });
        var own = await desk.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/rating", new { level = "Satisfied" });

        await ShouldBeProblemAsync(foreign, HttpStatusCode.NotFound, ProcedureErrorCodes.DossierNotFound, "Không tìm thấy hồ sơ");
        unauthenticated.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        own.StatusCode.ShouldBe(HttpStatusCode.Created);
        var stored = (await RatingsOfAsync(dossier.Id)).Single();
        stored.Source.ShouldBe(DossierRating.DeskSource);
        stored.Level.ShouldBe(SatisfactionLevel.Satisfied);
    }

    [Fact]
    public async Task Concurrent_ratings_of_one_dossier_store_exactly_one()
    {
        var dossier = await TestDossiers.CreateAsync(fixture, Received, Appointment, DossierStatus.Returned);
        using var admin = await fixture.SignedInAsync("admin");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            admin.PostAsJsonAsync($"/api/dossiers/{dossier.Id}/rating", new { level = i % 2 == 0 ? "Satisfied" : "VerySatisfied" })));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(5);
        (await RatingsOfAsync(dossier.Id)).Count.ShouldBe(1);
    }

    private Task<List<DossierRating>> RatingsOfAsync(Guid dossierId) =>
        fixture.AsUserAsync(null, sp => sp.GetRequiredService<ProceduresDbContext>().Ratings.AsNoTracking().Where(r => r.DossierId == dossierId).ToListAsync());

    internal static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code, string titleContains)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("title").GetString()!.ShouldContain(titleContains);
    }
}
