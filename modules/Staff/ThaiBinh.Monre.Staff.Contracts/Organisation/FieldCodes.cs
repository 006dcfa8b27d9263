namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>Fields (<i>lĩnh vực</i>) a unit can be responsible for (DOMAIN.md §1); used by <see cref="UnitSelector.ResponsibleForField"/>.</summary>
public static class FieldCodes
{
    public const string Land = "land";
    public const string Environment = "environment";
    public const string Water = "water";
    public const string Minerals = "minerals";
    public const string Hydromet = "hydromet";
    public const string Survey = "survey";
    public const string Sea = "sea";
    public const string RemoteSensing = "remote-sensing";

    public static readonly IReadOnlyList<string> All = [Land, Environment, Water, Minerals, Hydromet, Survey, Sea, RemoteSensing];
}
