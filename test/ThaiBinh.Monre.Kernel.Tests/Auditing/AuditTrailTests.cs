using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThaiBinh.Monre.Kernel.Auditing;
using ThaiBinh.Monre.Kernel.Tests.Infrastructure;

namespace ThaiBinh.Monre.Kernel.Tests.Auditing;

[Collection(KernelCollection.Name)]
public sealed class AuditTrailTests(KernelHost host)
{
    [Fact]
    public async Task The_audit_trail_is_append_only_in_the_database()
    {
        var id = Guid.CreateVersion7();
        await host.Services.GetRequiredService<AuditWriter>().WriteAsync(new AuditLog
        {
            Id = id, Action = "test", UserName = "tester", ExecutedAt = host.Clock.GetUtcNow(),
            EntityChanges = [new EntityChange { Id = Guid.CreateVersion7(), EntityType = "Order", EntityId = "1", ChangeType = "Added", Properties = "{}" }],
        });
        (await host.ScalarAsync($"SELECT count(*) FROM audit.audit_logs WHERE id = '{id}'")).ShouldBe(1);

        var update = await Should.ThrowAsync<PostgresException>(() => host.ScalarAsync($"UPDATE audit.audit_logs SET user_name = 'x' WHERE id = '{id}' RETURNING 1"));
        update.MessageText.ShouldContain("append-only");
        await Should.ThrowAsync<PostgresException>(() => host.ScalarAsync($"DELETE FROM audit.entity_changes WHERE audit_log_id = '{id}' RETURNING 1"));
        await Should.ThrowAsync<PostgresException>(() => host.ScalarAsync($"DELETE FROM audit.audit_logs WHERE id = '{id}' RETURNING 1"));

        (await host.ScalarAsync($"SELECT count(*) FROM audit.entity_changes WHERE audit_log_id = '{id}'")).ShouldBe(1);
    }

    [Fact]
    public async Task Entity_changes_are_captured_with_old_and_new_values()
    {
        var order = Order.Create("AUD-1", 1m);
        IReadOnlyList<EntityChange> changes = [];
        await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrdersDbContext>();
            db.Orders.Add(order);
            await db.SaveChangesAsync();
            order.Amount = 7m;
            await db.SaveChangesAsync();
            changes = [.. sp.GetRequiredService<AuditScope>().Changes];
        });

        changes.Select(c => c.ChangeType).ShouldBe(["Added", "Modified"]);
        changes.ShouldAllBe(c => c.EntityType == "Order" && c.EntityId == order.Id.ToString());
        changes[1].Properties.ShouldContain("\"Amount\":{\"old\":1,\"new\":7}");
    }
}

[Collection(KernelCollection.Name)]
public sealed class RunnerAuditTests(KernelHost host)
{
    [Fact]
    public async Task Work_run_outside_a_request_that_changed_data_is_audited_under_the_acting_user_and_its_action()
    {
        var number = "RUN-" + Guid.NewGuid().ToString("N")[..8];

        await host.RunAsync(sp =>
        {
            sp.GetRequiredService<OrdersDbContext>().Orders.Add(Order.Create(number, 3m));
            return Task.CompletedTask;
        }, "division.head");

        (await host.ScalarAsync($"""
            SELECT count(*) FROM audit.audit_logs a JOIN audit.entity_changes c ON c.audit_log_id = a.id
            WHERE a.user_name = 'division.head' AND a.action = 'KernelHost.RunAsync'
              AND c.entity_type = 'Order' AND c.properties->'Number'->>'new' = '{number}'
            """)).ShouldBe(1);
    }

    [Fact]
    public async Task Outbox_bookkeeping_and_rolled_back_work_leave_no_audit_rows()
    {
        var before = await host.ScalarAsync("SELECT count(*) FROM audit.entity_changes WHERE entity_type = 'OutboxMessage'");
        await host.RunAsync(sp => sp.GetRequiredService<ThaiBinh.Monre.Kernel.Events.IOutbox>().EnqueueAsync(new OrderShipped("AUDIT-" + Guid.NewGuid())));
        await host.Outbox.DrainAsync();
        var number = "RB-" + Guid.NewGuid().ToString("N")[..8];
        await Should.ThrowAsync<InvalidOperationException>(() => host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrdersDbContext>();
            db.Orders.Add(Order.Create(number, 1m));
            await db.SaveChangesAsync();
            throw new InvalidOperationException("failed after saving");
        }));

        (await host.ScalarAsync("SELECT count(*) FROM audit.entity_changes WHERE entity_type = 'OutboxMessage'")).ShouldBe(before);
        (await host.ScalarAsync($"SELECT count(*) FROM audit.entity_changes WHERE properties->'Number'->>'new' = '{number}'")).ShouldBe(0);
    }
}
