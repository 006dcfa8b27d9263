using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ThaiBinh.Monre.Kernel.Auditing;
using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Kernel.Data;

/// <summary>
/// Stamps audited and soft-deleted entities and records entity changes for the audit log. One instance serves every
/// (pooled) context: the acting user and the audit scope come from the unit of work the context is enlisted in.
/// </summary>
internal sealed class AuditStampInterceptor(TimeProvider clock) : SaveChangesInterceptor
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
        var owner = UnitOfWork.OwnerOf(context);
        var now = clock.GetUtcNow().ToUniversalTime(); // timestamptz columns take UTC only
        var user = owner?.Services.GetRequiredService<ICurrentUser>().UserName;
        var tracker = context.ChangeTracker;
        // One pass over the tracked entities (the unit of work has already detected changes and switched detection off;
        // a direct SaveChanges has not): the stamps below are detected entry by entry.
        var detect = tracker.AutoDetectChangesEnabled;
        if (detect) tracker.DetectChanges();
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries().ToList())
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
                        entry.DetectChanges();
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
                        entry.DetectChanges();
                        break;
                }
            }
            owner?.Services.GetRequiredService<AuditScope>().CaptureChanges(context, now);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }
}
