using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ThaiBinh.Monre.Procedures.Tests.PublicLookup;

[Collection(PublicAreaCollection.Name)]
public sealed class PublicLookupApiTests(PublicAreaFixture fixture)
{
    private static readonly DateTimeOffset Received = new(2026, 11, 23, 8, 30, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset Appointment = new(2026, 12, 7, 8, 30, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task Right_check_shows_status_procedure_appointment_and_coarse_history_without_personal_data()
    {
        var dossier = await TestDossiers.CreateAsync(fixture, Received, Appointment);
        using var client = fixture.PublicClient();

        var response = await client.GetAsync($"/api/public/dossiers/{dossier.Code}?check={TestDossiers.Check}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        var json = JsonNode.Parse(text)!;
        json["code"]!.GetValue<string>().ShouldBe(dossier.Code);
        json["statusCode"]!.GetValue<int>().ShouldBe(4);
        json["status"]!.GetValue<string>().ShouldBe("Processing");
        json["statusName"]!.GetValue<string>().ShouldBe("Đang xử lý");
        json["procedureName"]!.GetValue<string>().ShouldBe("Cấp giấy phép môi trường (thử nghiệm)");
        json["receivedAt"]!.GetValue<DateTimeOffset>().ShouldBe(Received);
        json["appointmentAt"]!.GetValue<DateTimeOffset>().ShouldBe(Appointment);
        var history = json["history"]!.AsArray();
        history.Select(h => h!["statusName"]!.GetValue<string>()).ShouldBe(["Đã tiếp nhận", "Đang xử lý"]);
        history.ShouldAllBe(h => h!.AsObject().Select(p => p.Key).OrderBy(k => k).SequenceEqual(new[] { "at", "status", "statusCode", "statusName" }));
        json["canRate"]!.GetValue<bool>().ShouldBeFalse();

        // Nothing about the applicant, the officers or the internal notes.
        foreach (var secret in new[]
                 {
                     TestDossiers.Applicant, TestDossiers.ApplicantIdNumber, TestDossiers.ApplicantPhone, "345678", TestDossiers.ApplicantEmail,
                     TestDossiers.ApplicantAddress, TestDossiers.OfficerName, "Đinh Văn Tuấn", "Ghi chú nội bộ", "Thẩm định đạt",
                 })
            text.ShouldNotContain(secret);
        foreach (var field in new[] { "applicant", "receivedByName", "actorName", "note", "id", "idNumber", "phone" })
            json.AsObject().ContainsKey(field).ShouldBeFalse(field);
    }

    [Fact]
    public async Task Code_is_found_whatever_its_case_and_the_phone_separators()
    {
        var dossier = await TestDossiers.CreateAsync(fixture, Received, Appointment, phone: "+84 (0)91-234-5678");
        using var client = fixture.PublicClient();

        var response = await client.GetAsync($"/api/public/dossiers/{dossier.Code.ToLowerInvariant()}?check=5678");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Wrong_check_unknown_code_and_a_dossier_without_phone_answer_the_same_404()
    {
        var dossier = await TestDossiers.CreateAsync(fixture, Received, Appointment);
        var noPhone = await TestDossiers.CreateAsync(fixture, Received, Appointment, phone: null);
        using var client = fixture.PublicClient();

        var answers = new List<(HttpStatusCode Status, string? Type, string Body)>();
        foreach (var url in new[]
                 {
                     $"/api/public/dossiers/{dossier.Code}?check=1234",
                     $"/api/public/dossiers/000.00.31.H54-261123-9999?check={TestDossiers.Check}",
                     $"/api/public/dossiers/{dossier.Code}?check=56789",
                     $"/api/public/dossiers/{dossier.Code}",
                     $"/api/public/dossiers/{noPhone.Code}?check=0000",
                 })
        {
            var response = await client.GetAsync(url);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            body.Remove("traceId"); // differs per request by design
            answers.Add((response.StatusCode, response.Content.Headers.ContentType?.MediaType, body.ToJsonString()));
        }

        answers.ShouldAllBe(a => a.Status == HttpStatusCode.NotFound);
        answers.Select(a => a.Type).Distinct().ShouldBe(["application/problem+json"]);
        answers.Select(a => a.Body).Distinct().Count().ShouldBe(1);
        var problem = JsonDocument.Parse(answers[0].Body).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(ProcedureErrorCodes.DossierNotFound);
        problem.GetProperty("title").GetString()!.ShouldStartWith("Không tìm thấy hồ sơ");
    }

    [Fact]
    public async Task Too_many_lookups_from_one_address_get_429_with_a_vietnamese_message_and_other_addresses_are_not_affected()
    {
        var dossier = await TestDossiers.CreateAsync(fixture, Received, Appointment);
        using var guesser = fixture.PublicClient();
        for (var i = 0; i < PublicAreaFixture.PermitLimit; i++)
            (await guesser.GetAsync($"/api/public/dossiers/{dossier.Code}?check={1000 + i}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Even the right check is refused now: the limit counts attempts, not failures.
        var limited = await guesser.GetAsync($"/api/public/dossiers/{dossier.Code}?check={TestDossiers.Check}");

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(ProcedureErrorCodes.PublicLookupRateLimited);
        problem.GetProperty("title").GetString()!.ShouldContain("quá nhiều lần");
        // The public rating endpoint shares the budget.
        (await guesser.PostAsync($"/api/public/dossiers/{dossier.Code}/rating?check={TestDossiers.Check}", JsonContent("""{"level":"Satisfied"}""")))
            .StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        using var neighbour = fixture.PublicClient();
        (await neighbour.GetAsync($"/api/public/dossiers/{dossier.Code}?check={TestDossiers.Check}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Public_page_is_served_without_login_and_without_the_staff_menu()
    {
        using var client = fixture.PublicClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await client.GetAsync("/tra-cuu/000.00.31.H54-261123-0001");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Tra cứu tình trạng hồ sơ");
        html.ShouldContain("value=\"000.00.31.H54-261123-0001\"");
        html.ShouldNotContain("monre-drawer");
        html.ShouldNotContain("account/login");
    }

    internal static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
