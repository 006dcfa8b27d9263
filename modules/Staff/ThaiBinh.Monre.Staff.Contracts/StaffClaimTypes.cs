namespace ThaiBinh.Monre.Staff;

/// <summary>Claims the Staff module adds to a signed-in user's cookie, beyond name, id and roles.</summary>
public static class StaffClaimTypes
{
    /// <summary>The account's full name (<c>MonreUser.FullName</c>), shown by the UI shell.</summary>
    public const string FullName = "monre:full_name";
}
