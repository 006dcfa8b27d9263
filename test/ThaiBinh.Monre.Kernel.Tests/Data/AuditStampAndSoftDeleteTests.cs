using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Tests.Infrastructure;

namespace ThaiBinh.Monre.Kernel.Tests.Data;

[Collection(KernelCollection.Name)]
public sealed class AuditStampAndSoftDeleteTests(KernelHost host)
{
    private async Task<Guid> PlaceAsync(string number, string user)
    {
        var order = Order.Create(number, 1m);
        await host.RunAsync(sp =>
        {
            sp.GetRequiredService<OrdersDbContext>().Orders.Add(order);
            return Task.CompletedTask;
        }, user);
        return order.Id;
    }

    private Task<Order?> LoadAsync(Guid id, bool includeDeleted = false) =>
        host.RunAsync(sp =>
        {
            var query = sp.GetRequiredService<OrdersDbContext>().Orders.AsNoTracking();
            if (includeDeleted) query = query.IgnoreQueryFilters();
            return query.SingleOrDefaultAsync(o => o.Id == id);
        });

    [Fact]
    public async Task Creation_and_modification_are_stamped_with_the_clock_and_the_acting_user()
    {
        var createdAt = host.Clock.GetUtcNow();
        var id = await PlaceAsync("STAMP-" + Guid.NewGuid().ToString("N")[..8], "desk.officer");
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        await host.RunAsync(async sp =>
        {
            var order = await sp.GetRequiredService<OrdersDbContext>().Orders.SingleAsync(o => o.Id == id);
            order.Amount = 2m;
        }, "division.head");

        var stored = (await LoadAsync(id))!;
        stored.CreatedAt.ShouldBe(createdAt);
        stored.CreatedBy.ShouldBe("desk.officer");
        stored.ModifiedAt.ShouldBe(createdAt.AddMinutes(5));
        stored.ModifiedBy.ShouldBe("division.head");
    }

    [Fact]
    public async Task Deleting_a_soft_deletable_entity_keeps_the_row_but_hides_it_from_queries()
    {
        var number = "DEL-" + Guid.NewGuid().ToString("N")[..8];
        var id = await PlaceAsync(number, "desk.officer");

        await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<OrdersDbContext>();
            db.Orders.Remove(await db.Orders.SingleAsync(o => o.Id == id));
        }, "admin");

        (await LoadAsync(id)).ShouldBeNull();
        var row = (await LoadAsync(id, includeDeleted: true))!;
        row.IsDeleted.ShouldBeTrue();
        row.DeletedBy.ShouldBe("admin");
        row.DeletedAt.ShouldBe(host.Clock.GetUtcNow());
        (await host.ScalarAsync($"SELECT count(*) FROM test_orders.orders WHERE number = '{number}'")).ShouldBe(1);
    }

    [Fact]
    public async Task A_stale_update_fails_with_a_concurrency_conflict_instead_of_overwriting()
    {
        var id = await PlaceAsync("XMIN-" + Guid.NewGuid().ToString("N")[..8], "a");
        var stale = (await LoadAsync(id))!;
        await host.RunAsync(async sp =>
        {
            var order = await sp.GetRequiredService<OrdersDbContext>().Orders.SingleAsync(o => o.Id == id);
            order.Amount = 10m;
        });

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => host.RunAsync(sp =>
        {
            var db = sp.GetRequiredService<OrdersDbContext>();
            db.Orders.Attach(stale);
            stale.Amount = 99m;
            return Task.CompletedTask;
        }));

        (await LoadAsync(id))!.Amount.ShouldBe(10m);
    }
}
