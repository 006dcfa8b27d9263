namespace ThaiBinh.Monre.Workflows;

/// <summary>Permission names of the Workflows module (dotted; granted to roles).</summary>
public static class WorkflowPermissions
{
    public const string GroupName = "Workflows";

    /// <summary>See and edit workflow definitions; publish and retire versions.</summary>
    public static class Definitions
    {
        public const string Default = GroupName + ".Definitions";
        public const string Manage = Default + ".Manage";
    }

    /// <summary>See instances and their journal; start, cancel, signal and move ("alter") instances.</summary>
    public static class Instances
    {
        public const string Default = GroupName + ".Instances";
        public const string Manage = Default + ".Manage";
    }

    /// <summary>Use the inbox (every staff member); reassign a task to someone else (leaders).</summary>
    public static class Tasks
    {
        public const string Default = GroupName + ".Tasks";
        public const string Reassign = Default + ".Reassign";
    }
}
