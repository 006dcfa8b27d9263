using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.Monre.Staff.Calendar;
using ThaiBinh.Monre.Workflows.Application.Runtime;
using ThaiBinh.Monre.Workflows.Runtime;
using ThaiBinh.Monre.Workflows.Tasks;

namespace ThaiBinh.Monre.Workflows.Tests.Runtime;

/// <summary>Short hands for the engine semantics tests: start, complete, read back, raw SQL, the fake clock and the jobs.</summary>
internal static class RuntimeKit
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>Demo organisation: Phòng Quản lý đất đai (responsible for land; truongphong heads it, chuyenvien is its specialist).</summary>
    public const string LandDivisionCode = "000.03.20.H54";

    /// <summary>The one-stop desk of Thái Bình city (desk officers only: no approver there).</summary>
    public const string CityDeskCode = "000.00.61.H54";

    public static Task<WorkflowInstanceInfo> StartAsync(this WorkflowsFixture app, string definitionId,
        IReadOnlyDictionary<string, object?>? input = null, string? correlationId = null, string user = "motcua") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<IWorkflowRuntime>()
            .StartAsync(new StartWorkflow(definitionId, correlationId ?? Flows.NewId("hs"), input)));

    public static Task<WorkflowInstanceInfo> CompleteAsync(this WorkflowsFixture app, string user, Guid taskId, string outcome,
        IReadOnlyDictionary<string, object?>? formData = null, string? comment = null) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<IWorkflowRuntime>()
            .CompleteTaskAsync(taskId, new CompleteTask(outcome, comment, Form(formData))));

    public static IReadOnlyDictionary<string, JsonElement>? Form(IReadOnlyDictionary<string, object?>? values) =>
        values?.ToDictionary(kv => kv.Key, kv => JsonSerializer.SerializeToElement(kv.Value));

    public static Task<WorkflowInstanceDetailDto> DetailAsync(this WorkflowsFixture app, Guid instanceId) =>
        app.AsUserAsync("admin", sp => sp.GetRequiredService<IWorkflowInstanceQueries>().GetDetailAsync(instanceId));

    /// <summary>The instance's only open (or claimed) task at <paramref name="activityId"/>.</summary>
    public static async Task<WorkflowTaskDto> OpenTaskAsync(this WorkflowsFixture app, Guid instanceId, string activityId)
    {
        var detail = await app.DetailAsync(instanceId);
        return detail.Tasks.Single(t => t.ActivityId == activityId && t.State is TaskState.Open or TaskState.Claimed);
    }

    public static Dictionary<string, JsonElement> Variables(this WorkflowInstanceDetailDto detail) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(detail.VariablesJson)!;

    public static async Task<T> ScalarAsync<T>(this WorkflowsFixture app, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static Task<long> JournalRowsAsync(this WorkflowsFixture app, Guid instanceId) =>
        app.ScalarAsync<long>("SELECT count(*) FROM workflows.journal WHERE instance_id = @id", ("id", instanceId));

    public static Task<Guid> UnitIdAsync(this WorkflowsFixture app, string agencyCode) =>
        app.ScalarAsync<Guid>("SELECT id FROM staff.org_units WHERE agency_code = @code", ("code", agencyCode));

    /// <summary>Runs the minutely timer sweep once, as the scheduler would (no user); returns how many timers fired.</summary>
    public static async Task<int> SweepTimersAsync(this WorkflowsFixture app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowTimerJob>().SweepAsync(CancellationToken.None);
    }

    public static DateTimeOffset Now(this WorkflowsFixture app) => app.Clock.GetUtcNow().ToOffset(Vietnam);

    /// <summary>
    /// Moves the shared fake clock forward (never back) to <paramref name="hour"/>:<paramref name="minute"/> of the next
    /// working day (today if that moment is still ahead), so each test starts from a known wall-clock time whatever ran before.
    /// </summary>
    public static async Task<DateTimeOffset> MoveToWorkingDayAsync(this WorkflowsFixture app, int hour = 9, int minute = 0)
    {
        var now = app.Now();
        var candidate = new DateTimeOffset(now.Year, now.Month, now.Day, hour, minute, 0, Vietnam);
        if (candidate < now) candidate = candidate.AddDays(1);
        for (var i = 0; i < 30; i++, candidate = candidate.AddDays(1))
        {
            var morning = candidate;
            var evening = new DateTimeOffset(candidate.Year, candidate.Month, candidate.Day, 16, 30, 0, Vietnam);
            var working = await app.AsUserAsync(null, async sp =>
            {
                var calendar = sp.GetRequiredService<IWorkingCalendar>();
                return await calendar.IsWorkingTimeAsync(new DateTimeOffset(morning.Year, morning.Month, morning.Day, 8, 0, 0, Vietnam))
                    && await calendar.IsWorkingTimeAsync(evening);
            });
            if (working) break;
        }
        app.Clock.Advance(candidate - now);
        return candidate;
    }

    /// <summary>Advances the clock to <paramref name="instant"/> (which must not be in the past).</summary>
    public static void AdvanceTo(this WorkflowsFixture app, DateTimeOffset instant)
    {
        var delta = instant - app.Clock.GetUtcNow();
        delta.ShouldBeGreaterThanOrEqualTo(TimeSpan.Zero);
        app.Clock.Advance(delta);
    }

    public static DateTimeOffset At(this DateTimeOffset day, int hour, int minute = 0) =>
        new(day.ToOffset(Vietnam).Year, day.ToOffset(Vietnam).Month, day.ToOffset(Vietnam).Day, hour, minute, 0, Vietnam);
}
