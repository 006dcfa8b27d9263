using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Settings;
using ThaiBinh.Monre.Workflows.Application.Runtime;
using ThaiBinh.Monre.Workflows.Runtime;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Runtime;

/// <summary>Retention: ended instances older than the setting leave with their journal; active ones stay.</summary>
[Collection(WorkflowsCollection.Name)]
public sealed class RetentionTests(WorkflowsFixture app)
{
    private Task SetRetentionDaysAsync(string days) =>
        app.AsUserAsync("admin", sp => sp.GetRequiredService<ISettingManager>().SetGlobalAsync(WorkflowRetentionJob.RetentionDaysSetting, days));

    private async Task<int> RunRetentionAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WorkflowRetentionJob>().RunAsync(CancellationToken.None);
    }

    private Task<long> InstanceRowsAsync(Guid id) =>
        app.ScalarAsync<long>("SELECT count(*) FROM workflows.instances WHERE id = @id", ("id", id));

    [Fact]
    public async Task Finished_instances_older_than_the_setting_are_deleted_with_their_journal_and_running_ones_are_kept()
    {
        await app.MoveToWorkingDayAsync(9);
        var id = NewId();
        await app.PublishAsync(SingleTask(id, await app.UserIdAsync("chuyenvien")));
        var finished = await app.StartAsync(id);
        (await app.CompleteAsync("chuyenvien", finished.OpenTaskIds[0], "approve")).Status.ShouldBe(WorkflowStatus.Finished);
        var running = await app.StartAsync(id);
        try
        {
            await SetRetentionDaysAsync("30");

            // Not yet 30 days old: kept.
            app.Clock.Advance(TimeSpan.FromDays(29));
            await RunRetentionAsync();
            (await InstanceRowsAsync(finished.Id)).ShouldBe(1);

            app.Clock.Advance(TimeSpan.FromDays(2));
            (await RunRetentionAsync()).ShouldBeGreaterThanOrEqualTo(1);

            (await InstanceRowsAsync(finished.Id)).ShouldBe(0);
            (await app.JournalRowsAsync(finished.Id)).ShouldBe(0);
            (await app.ScalarAsync<long>("SELECT count(*) FROM workflows.tasks WHERE instance_id = @id", ("id", finished.Id))).ShouldBe(0);
            (await InstanceRowsAsync(running.Id)).ShouldBe(1);
            (await app.JournalRowsAsync(running.Id)).ShouldBe(1);
            (await app.DetailAsync(running.Id)).Instance.Status.ShouldBe(WorkflowStatus.Running);
        }
        finally
        {
            await SetRetentionDaysAsync("0");
            await app.MoveToWorkingDayAsync(9);
        }
    }

    [Fact]
    public async Task Retention_zero_keeps_everything()
    {
        var id = NewId();
        await app.PublishAsync(SingleTask(id, await app.UserIdAsync("chuyenvien")));
        var finished = await app.StartAsync(id);
        await app.CompleteAsync("chuyenvien", finished.OpenTaskIds[0], "approve");
        await SetRetentionDaysAsync("0");
        app.Clock.Advance(TimeSpan.FromDays(1));

        (await RunRetentionAsync()).ShouldBe(0);

        (await InstanceRowsAsync(finished.Id)).ShouldBe(1);
        await app.MoveToWorkingDayAsync(9);
    }
}
