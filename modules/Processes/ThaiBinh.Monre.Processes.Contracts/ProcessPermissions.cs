namespace ThaiBinh.Monre.Processes;

/// <summary>Permission names of the Processes module.</summary>
public static class ProcessPermissions
{
    public const string GroupName = "Processes";

    /// <summary>See processes and print their documents.</summary>
    public const string Default = GroupName + ".Processes";

    /// <summary>Create, edit, import drafts; delete drafts.</summary>
    public const string Manage = Default + ".Manage";

    /// <summary>Approve (record the decision) and publish.</summary>
    public const string Publish = Default + ".Publish";
}
