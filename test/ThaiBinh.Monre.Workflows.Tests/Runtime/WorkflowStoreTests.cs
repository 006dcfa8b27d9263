using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Workflows.Data;
using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Domain;
using ThaiBinh.Monre.Workflows.Runtime;
using static ThaiBinh.Monre.Workflows.Tests.Flows;

namespace ThaiBinh.Monre.Workflows.Tests.Runtime;

/// <summary>
/// The engine's plain-SQL store stays in step with the EF model: it writes every mapped column, and reads a row back into
/// the same object EF materialises.
/// </summary>
[Collection(WorkflowsCollection.Name)]
public sealed class WorkflowStoreTests(WorkflowsFixture app)
{
    public static TheoryData<string, string> Inserts() => new()
    {
        { nameof(WorkflowInstance), WorkflowStore.InsertInstanceSql },
        { nameof(WorkflowTask), WorkflowStore.InsertTaskSql },
        { nameof(WorkflowBookmark), WorkflowStore.InsertBookmarkSql },
        { nameof(JournalEntry), WorkflowStore.InsertJournalSql },
        { nameof(WorkflowIncident), WorkflowStore.InsertIncidentSql },
    };

    [Theory]
    [MemberData(nameof(Inserts))]
    public async Task Each_insert_writes_every_column_the_model_maps(string entity, string insertSql)
    {
        var columns = await app.AsUserAsync("admin", sp =>
        {
            var type = sp.GetRequiredService<WorkflowsDbContext>().Model.GetEntityTypes().Single(t => t.ClrType.Name == entity);
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            // xmin is PostgreSQL's own (the concurrency token), never written.
            return System.Threading.Tasks.Task.FromResult(type.GetProperties().Select(p => p.GetColumnName(table)!).Where(c => c != "xmin").Order().ToList());
        });

        var open = insertSql.IndexOf('(', StringComparison.Ordinal);
        var written = insertSql[(open + 1)..insertSql.IndexOf(')', open)].Split(", ").Order().ToList();
        written.ShouldBe(columns, $"{entity}: WorkflowStore and WorkflowRows must list every column of the table");
    }

    [Fact]
    public async Task A_task_and_its_instance_read_by_the_store_equal_what_EF_reads()
    {
        var chuyenvien = await app.UserIdAsync("chuyenvien");
        var id = NewId();
        await app.PublishAsync(Document(id,
            [Activity("start", ActivityTypes.Start), Task("a", [chuyenvien], ["approve"]), Task("b", [chuyenvien], ["approve"]), Activity("end", ActivityTypes.End)],
            [Link("start", "a"), Link("a", "b", "approve"), Link("b", "end", "approve")]));
        var started = await app.StartAsync(id, new Dictionary<string, object?> { ["amount"] = 12 });
        var first = started.OpenTaskIds[0];
        var next = await app.CompleteAsync("chuyenvien", first, "approve", comment: "Đạt");
        // Claimed: the claim columns are set too.
        await app.AsUserAsync("chuyenvien", sp => sp.GetRequiredService<ThaiBinh.Monre.Workflows.Tasks.ITaskInbox>().ClaimAsync(next.OpenTaskIds[0]));

        foreach (var taskId in new[] { first, next.OpenTaskIds[0] })
        {
            await app.AsUserAsync("admin", async sp =>
            {
                var db = sp.GetRequiredService<WorkflowsDbContext>();
                var efTask = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId);
                var efInstance = await db.Instances.AsNoTracking().SingleAsync(i => i.Id == started.Id);
                var efBookmarks = await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == started.Id).ToListAsync();
                var (instance, task) = (await sp.GetRequiredService<WorkflowStore>().LockTaskAsync(taskId, CancellationToken.None)).ShouldNotBeNull();

                ShouldBeSame(task, efTask);
                ShouldBeSame(instance, efInstance, ignore: nameof(WorkflowInstance.VariablesJson));
                instance.VariablesJson.ShouldBe(efInstance.VariablesJson);
                efBookmarks.ShouldBeEmpty();
                await sp.GetRequiredService<IUnitOfWork>().RollbackAsync();
            });
        }
    }

    [Fact]
    public async Task A_bookmark_read_by_the_store_equals_what_EF_reads()
    {
        var id = NewId();
        await app.PublishAsync(Document(id,
            [Activity("start", ActivityTypes.Start), Activity("wait", ActivityTypes.WaitForSignal, new { signal = "paid" }), Activity("end", ActivityTypes.End)],
            [Link("start", "wait"), Link("wait", "end")]));
        var started = await app.StartAsync(id, correlationId: "store-bookmark-" + id);
        started.Status.ShouldBe(WorkflowStatus.Suspended);

        await app.AsUserAsync("admin", async sp =>
        {
            var efBookmark = await sp.GetRequiredService<WorkflowsDbContext>().Bookmarks.AsNoTracking().SingleAsync(b => b.InstanceId == started.Id);
            var (tasks, bookmarks) = await sp.GetRequiredService<WorkflowStore>().OpenAsync(started.Id, CancellationToken.None);
            tasks.ShouldBeEmpty();
            ShouldBeSame(bookmarks.ShouldHaveSingleItem(), efBookmark);
        });
    }

    /// <summary>Every public property (the mapped ones) equal; lists by content.</summary>
    private static void ShouldBeSame<T>(T actual, T expected, string? ignore = null)
    {
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name is "DomainEvents" or "Version" || property.Name == ignore) continue;
            var (a, e) = (property.GetValue(actual), property.GetValue(expected));
            if (a is System.Collections.IEnumerable list and not string)
                list.Cast<object>().ShouldBe(((System.Collections.IEnumerable)e!).Cast<object>(), $"{typeof(T).Name}.{property.Name}");
            else
                a.ShouldBe(e, $"{typeof(T).Name}.{property.Name}");
        }
    }
}
