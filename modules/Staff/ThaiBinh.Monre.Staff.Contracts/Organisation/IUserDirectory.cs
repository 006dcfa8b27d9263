namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>An active account as other modules show it.</summary>
public sealed record UserSummary(Guid Id, string UserName, string FullName);

/// <summary>Looks up accounts by id (e.g. the user a leader reassigns a task to).</summary>
public interface IUserDirectory
{
    /// <summary>The account, or null when it does not exist or is deactivated.</summary>
    Task<UserSummary?> FindActiveAsync(Guid userId, CancellationToken cancellationToken = default);
}
