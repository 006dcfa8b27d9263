using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Tests.Infrastructure;

namespace ThaiBinh.Monre.Kernel.Tests.Data;

[Collection(KernelCollection.Name)]
public sealed class UnitOfWorkTests(KernelHost host)
{
    private static string NewNumber() => "UOW-" + Guid.NewGuid().ToString("N")[..10];

    private Task<long> CountAsync(string table, string column, string value) =>
        host.ScalarAsync($"SELECT count(*) FROM {table} WHERE {column} = '{value}'");

    [Fact]
    public async Task Changes_in_two_module_contexts_and_their_event_handlers_commit_together()
    {
        var number = NewNumber();

        await host.RunAsync(sp =>
        {
            sp.GetRequiredService<OrdersDbContext>().Orders.Add(Order.Place(number, 100m));
            return Task.CompletedTask;
        });

        (await CountAsync("test_orders.orders", "number", number)).ShouldBe(1);
        (await CountAsync("test_invoices.invoices", "order_number", number)).ShouldBe(1);
    }

    [Fact]
    public async Task A_failure_after_both_contexts_saved_rolls_both_back()
    {
        var number = NewNumber();

        await Should.ThrowAsync<InvalidOperationException>(() => host.RunAsync(async sp =>
        {
            var orders = sp.GetRequiredService<OrdersDbContext>();
            var invoices = sp.GetRequiredService<InvoicesDbContext>();
            orders.Orders.Add(Order.Create(number, 0m));
            await orders.SaveChangesAsync();
            invoices.Invoices.Add(Invoice.For(number));
            await invoices.SaveChangesAsync();
            throw new InvalidOperationException("the caller's own step failed");
        }));

        (await CountAsync("test_orders.orders", "number", number)).ShouldBe(0);
        (await CountAsync("test_invoices.invoices", "order_number", number)).ShouldBe(0);
    }

    [Fact]
    public async Task A_local_handler_failing_at_commit_rolls_back_the_aggregate_that_raised_the_event()
    {
        var number = NewNumber();
        await host.RunAsync(sp =>
        {
            sp.GetRequiredService<InvoicesDbContext>().Invoices.Add(Invoice.For(number));
            return Task.CompletedTask;
        });

        // The handler's invoice collides with the existing one (unique index): the whole unit of work must fail.
        await Should.ThrowAsync<DbUpdateException>(() => host.RunAsync(sp =>
        {
            sp.GetRequiredService<OrdersDbContext>().Orders.Add(Order.Place(number, 5m));
            return Task.CompletedTask;
        }));

        (await CountAsync("test_orders.orders", "number", number)).ShouldBe(0);
        (await CountAsync("test_invoices.invoices", "order_number", number)).ShouldBe(1);
    }

    [Fact]
    public async Task Both_contexts_share_one_connection_and_transaction()
    {
        await host.RunAsync(sp =>
        {
            var orders = sp.GetRequiredService<OrdersDbContext>();
            var invoices = sp.GetRequiredService<InvoicesDbContext>();
            orders.Database.GetDbConnection().ShouldBeSameAs(invoices.Database.GetDbConnection());
            orders.Database.CurrentTransaction!.GetDbTransaction().ShouldBeSameAs(invoices.Database.CurrentTransaction!.GetDbTransaction());
            return Task.CompletedTask;
        });
    }

    [Fact]
    public void Resolving_a_context_outside_a_unit_of_work_is_refused_with_guidance()
    {
        using var scope = host.Services.CreateScope();

        var error = Should.Throw<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<OrdersDbContext>());

        error.Message.ShouldContain("IUnitOfWorkRunner");
    }

    [Fact]
    public async Task Work_left_uncompleted_is_rolled_back_when_the_scope_ends()
    {
        var number = NewNumber();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var uow = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
            uow.Begin();
            var orders = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
            orders.Orders.Add(Order.Create(number, 0m));
            await orders.SaveChangesAsync();
        }

        (await CountAsync("test_orders.orders", "number", number)).ShouldBe(0);
    }
}
