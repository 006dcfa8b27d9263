namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>SQL functions usable in LINQ; mapped in <see cref="OrganisationModel"/>.</summary>
public static class OrganisationDbFunctions
{
    /// <summary><c>staff.f_unaccent</c>: lower case without Vietnamese diacritics ("Nguyễn Đức" → "nguyen duc"). SQL only.</summary>
    public static string Unaccent(string text) => throw new InvalidOperationException("Only for use in database queries.");
}
