namespace ThaiBinh.Monre.Processes.Application.Generation;

/// <summary>A step table as the generators and rules read it: by order, lists never null (JSON may omit them).</summary>
internal static class StepTable
{
    public static IReadOnlyList<ProcessStepDto> Normalise(IReadOnlyList<ProcessStepDto>? steps) =>
        [.. (steps ?? []).Where(s => s is not null).OrderBy(s => s.Order)
            .Select(s => s with { Forms = s.Forms ?? [], Actions = s.Actions ?? [], Name = s.Name ?? "" })];
}
