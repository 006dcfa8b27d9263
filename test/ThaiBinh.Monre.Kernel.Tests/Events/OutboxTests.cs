using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Events;
using ThaiBinh.Monre.Kernel.Tests.Infrastructure;

namespace ThaiBinh.Monre.Kernel.Tests.Events;

[Collection(KernelCollection.Name)]
public sealed class OutboxTests(KernelHost host)
{
    private static string NewNumber() => "OUT-" + Guid.NewGuid().ToString("N")[..10];

    private static int Deliveries(string number) => RecordingShippedHandler.Deliveries.GetValueOrDefault(number);

    [Fact]
    public async Task An_event_is_delivered_once_after_commit_even_with_two_drains_racing()
    {
        var number = NewNumber();
        await host.RunAsync(sp => sp.GetRequiredService<IOutbox>().EnqueueAsync(new OrderShipped(number)));
        Deliveries(number).ShouldBe(0); // not before the drain: delivery happens after commit, outside the transaction

        await Task.WhenAll(host.Outbox.DrainAsync(), host.Outbox.DrainAsync(), host.Outbox.DrainAsync());
        await host.Outbox.DrainAsync();

        Deliveries(number).ShouldBe(1);
        (await host.ScalarAsync($"SELECT count(*) FROM kernel.outbox_messages WHERE payload->>'number' = '{number}' AND processed_at IS NOT NULL"))
            .ShouldBe(1);
    }

    [Fact]
    public async Task An_event_enqueued_in_a_rolled_back_transaction_is_never_delivered()
    {
        var number = NewNumber();

        await Should.ThrowAsync<InvalidOperationException>(() => host.RunAsync(async sp =>
        {
            await sp.GetRequiredService<IOutbox>().EnqueueAsync(new OrderShipped(number));
            throw new InvalidOperationException("business step failed");
        }));
        await host.Outbox.DrainAsync();

        Deliveries(number).ShouldBe(0);
        (await host.ScalarAsync($"SELECT count(*) FROM kernel.outbox_messages WHERE payload->>'number' = '{number}'")).ShouldBe(0);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_after_a_back_off_and_then_delivered_once()
    {
        await host.Outbox.DrainAsync(); // nothing else pending: the simulated failure hits our message
        var failing = NewNumber();
        await host.RunAsync(sp => sp.GetRequiredService<IOutbox>().EnqueueAsync(new OrderShipped(failing)));
        RecordingShippedHandler.FailNext(1);

        await host.Outbox.DrainAsync();
        Deliveries(failing).ShouldBe(0);
        (await host.ScalarAsync($"SELECT attempts FROM kernel.outbox_messages WHERE payload->>'number' = '{failing}'")).ShouldBe(1);

        await host.Outbox.DrainAsync(); // still backing off: nothing happens
        Deliveries(failing).ShouldBe(0);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.Outbox.DrainAsync();
        Deliveries(failing).ShouldBe(1);
    }
}
