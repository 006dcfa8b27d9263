using ThaiBinh.Monre.Workflows.Definitions;
using ThaiBinh.Monre.Workflows.Runtime;

namespace ThaiBinh.Monre.Workflows.Application.Definitions;

/// <summary>Every activity type the engine knows: the built-in ones and those other modules registered.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, ActivityDescriptor> _descriptors;
    private readonly Dictionary<string, Type> _implementations;

    public ActivityRegistry(IEnumerable<WorkflowActivityRegistration> registrations)
    {
        _descriptors = BuiltInActivities.All.ToDictionary(d => d.Type, StringComparer.Ordinal);
        _implementations = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var registration in registrations)
        {
            if (!_descriptors.TryAdd(registration.Descriptor.Type, registration.Descriptor))
                throw new InvalidOperationException($"Workflow activity type '{registration.Descriptor.Type}' is registered twice.");
            _implementations[registration.Descriptor.Type] = registration.ImplementationType;
        }
        All = [.. _descriptors.Values];
    }

    public IReadOnlyList<ActivityDescriptor> All { get; }

    public ActivityDescriptor? Find(string type) => _descriptors.GetValueOrDefault(type);

    /// <summary>The implementation of a contributed (non built-in) activity type.</summary>
    public Type? ImplementationOf(string type) => _implementations.GetValueOrDefault(type);
}
