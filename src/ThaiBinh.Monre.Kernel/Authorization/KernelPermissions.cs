namespace ThaiBinh.Monre.Kernel.Authorization;

/// <summary>Permissions of the kernel's own administration endpoints.</summary>
public static class KernelPermissions
{
    public const string GroupName = "Administration";

    public const string AuditLogs = GroupName + ".AuditLogs";

    public static class Templates
    {
        public const string Default = GroupName + ".Templates";
        public const string Manage = Default + ".Manage";
    }

    public static class Settings
    {
        public const string Default = GroupName + ".Settings";
        public const string Manage = Default + ".Manage";
    }
}
