namespace ThaiBinh.Monre.Staff;

/// <summary>Stable error codes of the Staff module (the <c>code</c> of its ProblemDetails).</summary>
public static class StaffErrorCodes
{
    public const string InvalidCredentials = "Monre.Account.InvalidCredentials";
    public const string LockedOut = "Monre.Account.LockedOut";
    public const string UserNameTaken = "Monre.Staff.UserNameTaken";
    public const string InvalidUser = "Monre.Staff.InvalidUser";
    public const string RoleNameTaken = "Monre.Staff.RoleNameTaken";
    public const string UnknownPermission = "Monre.Staff.UnknownPermission";
    public const string UnknownRole = "Monre.Staff.UnknownRole";
    public const string StaticRole = "Monre.Staff.StaticRole";
}
