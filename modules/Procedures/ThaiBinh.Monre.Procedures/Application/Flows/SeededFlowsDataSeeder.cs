using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ThaiBinh.Monre.Kernel.Data;
using ThaiBinh.Monre.Procedures.Domain.Dossiers;
using ThaiBinh.Monre.Staff.Organisation;
using ThaiBinh.Monre.Workflows.Definitions;

namespace ThaiBinh.Monre.Procedures.Application.Flows;

/// <summary>
/// Publishes each seeded dossier flow (<see cref="SeededFlows"/>) once, with demo data: from then on the definition is the
/// administrators' — their edits, new versions and retirements survive every restart (a re-seed never overwrites them).
/// The units the flows name come from the demo organisation (the department, and its office for the clerks).
/// </summary>
internal sealed class SeededFlowsDataSeeder(ILogger<SeededFlowsDataSeeder> logger) : IDataSeedContributor
{
    public int Order => 310; // after the organisation (100), the engine (200) and the dossier permissions (300)

    public async Task SeedAsync(IServiceProvider services, DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IncludeDemoData) return;
        var definitions = services.GetRequiredService<IWorkflowDefinitionService>();
        var existing = (await definitions.ListAsync(cancellationToken)).Select(d => d.DefinitionId).ToHashSet(StringComparer.Ordinal);
        Func<SeededFlows.Units, WorkflowDocument>[] flows = [SeededFlows.OnTheSpot, SeededFlows.Transfer, SeededFlows.District];
        var units = await FindUnitsAsync(services.GetRequiredService<IOrgUnitDirectory>(), services.GetRequiredService<TimeProvider>(), cancellationToken);
        if (units is null)
        {
            logger.LogWarning("No department in the organisation: the seeded dossier flows are not published.");
            return;
        }
        foreach (var flow in flows)
        {
            var document = flow(units);
            if (existing.Contains(document.DefinitionId)) continue;
            await definitions.SaveAndPublishAsync(document.ToJson(), cancellationToken);
        }
    }

    private static async Task<SeededFlows.Units?> FindUnitsAsync(IOrgUnitDirectory directory, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = VietnamTime.DateOf(clock.GetUtcNow());
        var departments = await directory.ListAsync(OrgUnitType.Department, today, cancellationToken);
        var department = departments.FirstOrDefault(d => d.AgencyCode?.EndsWith(".20.H54", StringComparison.Ordinal) == true) ?? (departments.Count > 0 ? departments[0] : null);
        if (department is null) return null;
        var divisions = await directory.ListAsync(OrgUnitType.Division, today, cancellationToken);
        // The department's office (Văn phòng Sở) runs the clerical desk that numbers, stamps and issues.
        var office = divisions.FirstOrDefault(u => u.ParentId == department.Id && u.ShortName == "VP")
            ?? divisions.FirstOrDefault(u => u.ParentId == department.Id && u.Name.StartsWith("Văn phòng Sở", StringComparison.Ordinal));
        return new SeededFlows.Units(department.Id, office?.Id ?? department.Id);
    }
}
