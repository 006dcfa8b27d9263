namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>
/// Roles a process step names ("who does this step"), resolved to people through positions, secondments and delegations.
/// Stable identifiers: workflow definitions store them.
/// </summary>
public static class ProcessRoles
{
    public const string DeskOfficer = "desk-officer";
    public const string Appraiser = "appraiser";
    public const string DivisionHead = "division-head";
    public const string Approver = "approver";
    public const string Clerk = "clerk";

    public static readonly IReadOnlyList<string> All = [DeskOfficer, Appraiser, DivisionHead, Approver, Clerk];
}
