using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ThaiBinh.Monre.Kernel.Auditing;
using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Kernel.Data;

/// <summary>Stamps audited and soft-deleted entities and records entity changes for the audit log.</summary>
internal sealed class AuditStampInterceptor(TimeProvider clock, ICurrentUser currentUser, AuditScope auditScope)
    : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null) Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null) Stamp(eventData.Context);
        return result;
    }

    private void Stamp(DbContext context)
    {
        var now = clock.GetUtcNow().ToUniversalTime(); // timestamptz columns take UTC only
        var user = currentUser.UserName;
        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added when entry.Entity is IAuditedObject added:
                    added.CreatedAt = now;
                    added.CreatedBy = user;
                    break;
                case EntityState.Modified when entry.Entity is IAuditedObject modified:
                    modified.ModifiedAt = now;
                    modified.ModifiedBy = user;
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDelete deleted:
                    entry.State = EntityState.Modified;
                    deleted.IsDeleted = true;
                    deleted.DeletedAt = now;
                    deleted.DeletedBy = user;
                    if (entry.Entity is IAuditedObject audited)
                    {
                        audited.ModifiedAt = now;
                        audited.ModifiedBy = user;
                    }
                    break;
            }
        }
        auditScope.CaptureChanges(context, now);
    }
}
