using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Kernel.Domain;
using ThaiBinh.Monre.Kernel.Events;

namespace ThaiBinh.Monre.Kernel.Tests.Infrastructure;

/// <summary>An aggregate of a pretend "orders" module: audited, soft-deletable, raises an event when placed.</summary>
public sealed class Order : FullAuditedAggregateRoot<Guid>
{
    public required string Number { get; set; }
    public decimal Amount { get; set; }

    public static Order Create(string number, decimal amount) => new() { Id = Guid.CreateVersion7(), Number = number, Amount = amount };

    public static Order Place(string number, decimal amount)
    {
        var order = Order.Create(number, amount);
        order.AddDomainEvent(new OrderPlaced(order.Id, number));
        return order;
    }
}

public sealed record OrderPlaced(Guid OrderId, string Number) : IDomainEvent;

/// <summary>An aggregate of a second pretend module, in another schema and DbContext.</summary>
public sealed class Invoice : AggregateRoot<Guid>
{
    public required string OrderNumber { get; set; }

    public static Invoice For(string orderNumber) => new() { Id = Guid.CreateVersion7(), OrderNumber = orderNumber };
}

public sealed record OrderShipped(string Number) : IIntegrationEvent;

public sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
{
    public const string Schema = "test_orders";
    public DbSet<Order> Orders => Set<Order>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Order>().ToTable("orders");
        modelBuilder.ApplyMonreConventions(Schema);
    }
}

public sealed class InvoicesDbContext(DbContextOptions<InvoicesDbContext> options) : DbContext(options)
{
    public const string Schema = "test_invoices";
    public DbSet<Invoice> Invoices => Set<Invoice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Invoice>().ToTable("invoices");
        modelBuilder.Entity<Invoice>().HasIndex(i => i.OrderNumber).IsUnique();
        modelBuilder.ApplyMonreConventions(Schema);
    }
}

/// <summary>Local handler: placing an order creates its invoice in the other module, in the same transaction.</summary>
public sealed class CreateInvoiceOnOrderPlaced(InvoicesDbContext invoices) : ILocalEventHandler<OrderPlaced>
{
    public Task HandleAsync(OrderPlaced domainEvent, CancellationToken cancellationToken)
    {
        invoices.Invoices.Add(Invoice.For(domainEvent.Number));
        return Task.CompletedTask;
    }
}

/// <summary>Counts deliveries per order number (static: handlers are created per delivery).</summary>
public sealed class RecordingShippedHandler : IIntegrationEventHandler<OrderShipped>
{
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Deliveries = new();

    private static int _failuresToSimulate;

    public static void FailNext(int times) => Interlocked.Exchange(ref _failuresToSimulate, times);

    public Task HandleAsync(OrderShipped integrationEvent, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _failuresToSimulate) >= 0) throw new InvalidOperationException("simulated failure");
        Deliveries.AddOrUpdate(integrationEvent.Number, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
