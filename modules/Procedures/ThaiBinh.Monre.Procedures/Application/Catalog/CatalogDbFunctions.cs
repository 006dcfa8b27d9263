namespace ThaiBinh.Monre.Procedures.Application.Catalog;

/// <summary>SQL functions of the catalog usable in LINQ; mapped in <c>ProceduresDbContext</c>, created by the CatalogSearch migration.</summary>
public static class CatalogDbFunctions
{
    public const string UnaccentFunctionName = "f_unaccent";

    /// <summary><c>procedures.f_unaccent</c>: lower case without Vietnamese diacritics ("Cấp giấy phép" → "cap giay phep"). SQL only.</summary>
    public static string Unaccent(string text) => throw new InvalidOperationException("Only for use in database queries.");
}
