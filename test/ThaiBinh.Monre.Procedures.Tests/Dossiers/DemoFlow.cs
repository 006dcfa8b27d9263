using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Data;
using ThaiBinh.Monre.Procedures.Workflow;
using ThaiBinh.Monre.Testing;

namespace ThaiBinh.Monre.Procedures.Tests.Dossiers;

/// <summary>
/// The dossier flows the tests drive are the ones the Processes module generated for the demo catalog (the demo seeding
/// publishes a process for every demo procedure and level). Test procedures are bound to the flow of a demo procedure of
/// the same level and mode; its task activities are the rows of the shape's default ISO table, <c>step{order}</c>.
/// </summary>
public static class DemoFlow
{
    /// <summary>"5 tại chỗ" at the centre: 1 reception, 2 appraisal (the appraiser seconded to the centre), 3 approval (the department's leaders), 4 issue (the desk), 5 return.</summary>
    public static class OnTheSpot
    {
        public const string Appraise = "step2", Approve = "step3", Issue = "step4";
    }

    /// <summary>Transfer: 1 reception, 2 the division head assigns, 3 the appraiser, 4 the head reviews, 5 the leader signs, 6 the clerk issues, 7 return.</summary>
    public static class Transfer
    {
        public const string Assign = "step2", Appraise = "step3", Review = "step4", Sign = "step5", Issue = "step6";
    }

    /// <summary>District: 1 reception at the desk, 2 the district agency's specialist appraises, 3 its head approves, 4 the desk returns.</summary>
    public static class District
    {
        public const string Appraise = "step2", Approve = "step3";
    }

    /// <summary>Outcomes of the generated tasks: every step hands over with "forward", the last one with "done".</summary>
    public const string Forward = "forward", Done = "done";

    /// <summary>The definition bound to the first demo procedure (by code) received at <paramref name="level"/> with <paramref name="mode"/>.</summary>
    public static Task<string> DefinitionAsync(MonreAppFactory app, ReceptionLevel level, HandlingMode mode) =>
        app.AsUserAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<ProceduresDbContext>();
            return await db.WorkflowBindings.AsNoTracking()
                .Where(b => b.Level == level && b.Mode == mode && b.ProcedureCode.EndsWith(".H54")
                    && b.WorkflowDefinitionId.StartsWith(ProceduresWorkflow.DossierFlowPrefix))
                .OrderBy(b => b.ProcedureCode).Select(b => b.WorkflowDefinitionId).FirstOrDefaultAsync()
                ?? throw new InvalidOperationException($"No demo procedure at {level} ({mode}) is bound to a generated flow.");
        });
}
