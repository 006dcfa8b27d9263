using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Staff.Data;

namespace ThaiBinh.Monre.Staff.Organisation;

internal sealed class UserDirectory(StaffDbContext db) : IUserDirectory
{
    public async Task<UserSummary?> FindActiveAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking().Where(u => u.Id == userId && u.IsActive)
            .Select(u => new UserSummary(u.Id, u.UserName!, u.FullName ?? u.UserName!))
            .SingleOrDefaultAsync(cancellationToken);
}
