namespace ThaiBinh.Monre.Staff;

/// <summary>Names of the seeded roles. <c>admin</c> is static: it always holds every permission.</summary>
public static class StaffRoles
{
    public const string Admin = "admin";
}
