using ThaiBinh.Monre.Kernel.Modularity;

namespace ThaiBinh.Monre.Kernel.Tests.Modularity;

public sealed class ModuleCatalogTests
{
    private sealed class Base : MonreModule;

    [DependsOn(typeof(Base))]
    private sealed class Middle : MonreModule;

    [DependsOn(typeof(Middle), typeof(Base))]
    private sealed class Top : MonreModule;

    [DependsOn(typeof(CycleB))]
    private sealed class CycleA : MonreModule;

    [DependsOn(typeof(CycleC))]
    private sealed class CycleB : MonreModule;

    [DependsOn(typeof(CycleA))]
    private sealed class CycleC : MonreModule;

    [Fact]
    public void Modules_come_after_the_modules_they_depend_on_whatever_the_listing_order()
    {
        var ordered = ModuleCatalog.Order([new Top(), new Middle(), new Base()]);

        ordered.Select(m => m.GetType()).ShouldBe([typeof(Base), typeof(Middle), typeof(Top)]);
    }

    [Fact]
    public void Independent_modules_keep_the_host_listing_order()
    {
        var ordered = ModuleCatalog.Order([new CycleFreeX(), new Base(), new CycleFreeY()]);

        ordered.Select(m => m.GetType()).ShouldBe([typeof(CycleFreeX), typeof(Base), typeof(CycleFreeY)]);
    }

    [Fact]
    public void A_dependency_cycle_stops_start_up_naming_every_module_in_it()
    {
        var error = Should.Throw<ModuleConfigurationException>(() => ModuleCatalog.Order([new CycleA(), new CycleB(), new CycleC()]));

        error.Message.ShouldBe("Module dependency cycle: CycleA -> CycleB -> CycleC -> CycleA.");
    }

    [Fact]
    public void A_dependency_the_host_does_not_list_stops_start_up_naming_both_modules()
    {
        var error = Should.Throw<ModuleConfigurationException>(() => ModuleCatalog.Order([new Top(), new Base()]));

        error.Message.ShouldBe("Module Top depends on Middle, which the host does not list.");
    }

    [Fact]
    public void Listing_a_module_twice_is_refused()
    {
        Should.Throw<ModuleConfigurationException>(() => ModuleCatalog.Order([new Base(), new Base()]))
            .Message.ShouldContain("Base is listed twice");
    }

    private sealed class CycleFreeX : MonreModule;

    private sealed class CycleFreeY : MonreModule;
}
