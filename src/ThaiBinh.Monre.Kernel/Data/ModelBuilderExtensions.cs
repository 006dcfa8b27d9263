using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Kernel.Data;

public static class ModelBuilderExtensions
{
    /// <summary>
    /// Call at the end of a module's <c>OnModelCreating</c>: sets the module's schema, maps concurrency tokens to
    /// <c>xmin</c>, hides soft-deleted rows and keeps domain events out of the model.
    /// </summary>
    public static ModelBuilder ApplyMonreConventions(this ModelBuilder modelBuilder, string schema)
    {
        modelBuilder.HasDefaultSchema(schema);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned()))
        {
            var clr = entityType.ClrType;
            var builder = modelBuilder.Entity(clr);
            if (typeof(IHasDomainEvents).IsAssignableFrom(clr))
                builder.Ignore(nameof(IHasDomainEvents.DomainEvents));
            if (typeof(IHasConcurrencyToken).IsAssignableFrom(clr))
                builder.Property(nameof(IHasConcurrencyToken.Version)).IsRowVersion();
            if (typeof(ISoftDelete).IsAssignableFrom(clr))
            {
                var parameter = Expression.Parameter(clr, "e");
                var body = Expression.Not(Expression.Property(parameter, nameof(ISoftDelete.IsDeleted)));
                builder.HasQueryFilter(Expression.Lambda(body, parameter));
            }
        }
        return modelBuilder;
    }
}
