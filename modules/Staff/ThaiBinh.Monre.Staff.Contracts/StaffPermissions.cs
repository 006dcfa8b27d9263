namespace ThaiBinh.Monre.Staff;

/// <summary>Permission names of the Staff module (dotted; granted to roles).</summary>
public static class StaffPermissions
{
    public const string GroupName = "Staff";

    public static class Users
    {
        public const string Default = GroupName + ".Users";
        public const string Manage = Default + ".Manage";
    }

    public static class Roles
    {
        public const string Default = GroupName + ".Roles";
        public const string Manage = Default + ".Manage";
    }

    public static class Organisation
    {
        public const string Default = GroupName + ".Organisation";
        public const string Manage = Default + ".Manage";
    }

    public static class People
    {
        public const string Default = GroupName + ".People";
        public const string Manage = Default + ".Manage";
    }

    public static class Delegations
    {
        public const string Default = GroupName + ".Delegations";
        public const string Manage = Default + ".Manage";
    }

    public static class Calendar
    {
        public const string Default = GroupName + ".Calendar";
        public const string Manage = Default + ".Manage";
    }
}
