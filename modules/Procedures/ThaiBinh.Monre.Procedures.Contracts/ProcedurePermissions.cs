namespace ThaiBinh.Monre.Procedures;

/// <summary>Permission names of the Procedures module (dotted; granted to roles).</summary>
public static class ProcedurePermissions
{
    public const string GroupName = "Procedures";

    /// <summary>See the procedure catalog; create, version, import and retire procedures (administrators).</summary>
    public static class Catalog
    {
        public const string Default = GroupName + ".Catalog";
        public const string Manage = Default + ".Manage";
    }

    /// <summary>
    /// See dossiers (scoped: a desk sees the dossiers it received, a division those it handles; <see cref="ViewAll"/> sees
    /// every one); receive at a desk; return results; withdraw/stop; handle lateness apologies.
    /// </summary>
    public static class Dossiers
    {
        public const string Default = GroupName + ".Dossiers";
        public const string ViewAll = Default + ".ViewAll";
        public const string Receive = Default + ".Receive";
        public const string Return = Default + ".Return";
        public const string Manage = Default + ".Manage";
    }
}
