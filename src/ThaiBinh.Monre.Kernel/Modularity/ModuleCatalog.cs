namespace ThaiBinh.Monre.Kernel.Modularity;

/// <summary>The host's explicit module list, ordered so that every module comes after the modules it depends on.</summary>
public sealed class ModuleCatalog
{
    public IReadOnlyList<MonreModule> Modules { get; }

    public ModuleCatalog(IEnumerable<MonreModule> modules) => Modules = Order(modules.ToList());

    /// <summary>Topological order that keeps the host's listing order where dependencies allow.</summary>
    /// <exception cref="ModuleConfigurationException">A dependency is missing from the list, or dependencies form a cycle.</exception>
    public static IReadOnlyList<MonreModule> Order(IReadOnlyList<MonreModule> modules)
    {
        var byType = new Dictionary<Type, MonreModule>();
        foreach (var module in modules)
        {
            if (!byType.TryAdd(module.GetType(), module))
                throw new ModuleConfigurationException($"Module {module.GetType().Name} is listed twice.");
        }

        var ordered = new List<MonreModule>(modules.Count);
        var state = new Dictionary<Type, bool>(); // false = visiting, true = done
        var path = new Stack<Type>();

        void Visit(Type type)
        {
            if (state.TryGetValue(type, out var done))
            {
                if (done) return;
                var cycle = path.Reverse().SkipWhile(t => t != type).Append(type).Select(t => t.Name);
                throw new ModuleConfigurationException($"Module dependency cycle: {string.Join(" -> ", cycle)}.");
            }

            state[type] = false;
            path.Push(type);
            foreach (var dependency in DependenciesOf(type))
            {
                if (!byType.ContainsKey(dependency))
                    throw new ModuleConfigurationException(
                        $"Module {type.Name} depends on {dependency.Name}, which the host does not list.");
                Visit(dependency);
            }
            path.Pop();
            state[type] = true;
            ordered.Add(byType[type]);
        }

        foreach (var module in modules) Visit(module.GetType());
        return ordered;
    }

    public static IEnumerable<Type> DependenciesOf(Type moduleType) =>
        moduleType.GetCustomAttributes(typeof(DependsOnAttribute), inherit: false)
            .Cast<DependsOnAttribute>()
            .SelectMany(a => a.ModuleTypes);
}

/// <summary>The module list cannot start: the message names the module(s) at fault.</summary>
public sealed class ModuleConfigurationException(string message) : Exception(message);
