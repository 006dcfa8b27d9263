using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Workflows.Runtime;

/// <summary>
/// An activity type contributed by another module (e.g. Procedures' "issue result"). It runs inside the caller's unit of
/// work with scoped services, and either continues with an outcome or waits for a named signal.
/// </summary>
public interface IWorkflowActivity
{
    ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context, CancellationToken cancellationToken);
}

/// <summary>What a contributed activity decided.</summary>
public abstract record ActivityResult
{
    public sealed record Outcome(string Name) : ActivityResult;

    /// <summary>Block until <see cref="IWorkflowRuntime.SignalAsync"/> is called with this signal and key.</summary>
    public sealed record WaitForSignal(string Signal, string CorrelationKey) : ActivityResult;

    public static ActivityResult Done { get; } = new Outcome(ActivityTypes.Done);
}

/// <summary>What a contributed activity sees: the instance, its own properties and the variables (read and write).</summary>
public sealed class ActivityExecutionContext(
    Guid instanceId, string definitionId, string correlationId, ActivityNode activity,
    IDictionary<string, object?> variables, IServiceProvider services)
{
    public Guid InstanceId { get; } = instanceId;
    public string DefinitionId { get; } = definitionId;
    public string CorrelationId { get; } = correlationId;
    public ActivityNode Activity { get; } = activity;
    public IDictionary<string, object?> Variables { get; } = variables;
    public IServiceProvider Services { get; } = services;

    public JsonElement? Property(string name) => Activity.Property(name);
}

/// <summary>A contributed activity type: its descriptor and implementation type (resolved from the scope).</summary>
public sealed record WorkflowActivityRegistration(ActivityDescriptor Descriptor, Type ImplementationType);

public static class WorkflowActivityServiceCollectionExtensions
{
    /// <summary>Registers an activity type other modules' definitions can use.</summary>
    public static IServiceCollection AddWorkflowActivity<TActivity>(this IServiceCollection services, ActivityDescriptor descriptor)
        where TActivity : class, IWorkflowActivity
    {
        services.AddScoped<TActivity>();
        services.AddSingleton(new WorkflowActivityRegistration(descriptor, typeof(TActivity)));
        return services;
    }
}
