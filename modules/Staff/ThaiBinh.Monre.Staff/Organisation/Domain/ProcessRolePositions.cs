namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>
/// Which positions carry which process role. A rule, not data, because workflow definitions and the position list are
/// both code-level vocabularies; move it to a table the day a province needs a different mapping.
/// </summary>
public static class ProcessRolePositions
{
    private static readonly Dictionary<string, StaffPosition[]> Map = new(StringComparer.Ordinal)
    {
        [ProcessRoles.DeskOfficer] = [StaffPosition.DeskOfficer],
        [ProcessRoles.Appraiser] = [StaffPosition.Specialist],
        [ProcessRoles.DivisionHead] = [StaffPosition.DivisionHead, StaffPosition.DeputyDivisionHead],
        [ProcessRoles.Approver] = [StaffPosition.Director, StaffPosition.DeputyDirector],
        [ProcessRoles.Clerk] = [StaffPosition.Clerk],
    };

    /// <summary>The positions carrying <paramref name="processRole"/>; empty for an unknown role.</summary>
    public static IReadOnlyList<StaffPosition> For(string processRole) => Map.TryGetValue(processRole, out var positions) ? positions : [];

    /// <summary>
    /// Standby (reserve) staff stand in at the one-stop desk only: they count for the desk-officer role and for nothing
    /// else, so a reserve appraiser is never handed appraisal work by accident.
    /// </summary>
    public static bool IncludesStandby(string processRole) => processRole == ProcessRoles.DeskOfficer;
}
