using NetArchTest.Rules;

namespace ThaiBinh.Monre.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void The_product_assemblies_are_found()
    {
        ProductAssemblies.All.Select(a => a.GetName().Name).ShouldContain("ThaiBinh.Monre.Staff");
        ProductAssemblies.All.Select(a => a.GetName().Name).ShouldContain("ThaiBinh.Monre.Staff.Contracts");
        ProductAssemblies.All.Select(a => a.GetName().Name).ShouldContain(ProductAssemblies.Kernel);
    }

    [Fact]
    public void A_module_references_only_the_kernel_its_own_contracts_and_other_modules_contracts()
    {
        var violations = ProductAssemblies.ModuleImplementations
            .SelectMany(m => ProductAssemblies.ProductReferencesOf(m)
                .Where(r => r != ProductAssemblies.Kernel && !r.EndsWith(".Contracts", StringComparison.Ordinal))
                .Select(r => $"{m.GetName().Name} -> {r}"))
            .ToList();

        violations.ShouldBeEmpty();
    }

    /// <summary>
    /// Contracts may share another module's vocabulary (Procedures' DTOs speak of the calendar's <c>DurationUnit</c> and the
    /// engine's <c>Timeliness</c>) but never an implementation.
    /// </summary>
    [Fact]
    public void Contracts_reference_only_the_kernel_and_other_contracts()
    {
        var violations = ProductAssemblies.Contracts
            .SelectMany(c => ProductAssemblies.ProductReferencesOf(c)
                .Where(r => r != ProductAssemblies.Kernel && !r.EndsWith(".Contracts", StringComparison.Ordinal))
                .Select(r => $"{c.GetName().Name} -> {r}"))
            .ToList();

        violations.ShouldBeEmpty();
    }

    [Fact]
    public void The_kernel_references_no_module_and_not_the_host()
    {
        var kernel = ProductAssemblies.All.Single(a => a.GetName().Name == ProductAssemblies.Kernel);

        ProductAssemblies.ProductReferencesOf(kernel).ShouldBeEmpty();
    }

    [Fact]
    public void Domain_types_do_not_depend_on_data_api_or_pages()
    {
        foreach (var module in ProductAssemblies.ModuleImplementations)
        {
            var name = module.GetName().Name!;
            var result = Types.InAssembly(module).That().ResideInNamespace(name + ".Domain")
                .ShouldNot().HaveDependencyOnAny(name + ".Data", name + ".Api", name + ".Pages", "Microsoft.AspNetCore.Components", "MudBlazor")
                .GetResult();

            (result.FailingTypeNames ?? []).ShouldBeEmpty($"{name}.Domain must not depend on data access, endpoints or UI");
        }
    }
}
