using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace ThaiBinh.Monre.Kernel.Data;

/// <summary>A module DbContext the migrator knows about: its type and schema.</summary>
public sealed record DbContextRegistration(Type ContextType, string Schema, Func<NpgsqlDataSource, DbContext> CreateForMigration);

public static class DbContextServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext on the scope's unit of work (shared connection and transaction), with snake_case
    /// names, a migrations history table in the module's schema and the kernel's interceptors.
    /// </summary>
    public static IServiceCollection AddMonreDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
        {
            var uow = sp.GetRequiredService<UnitOfWork>();
            Configure(options, schema, npgsql => options.UseNpgsql(uow.Connection, npgsql));
            options.AddInterceptors(sp.GetRequiredService<AuditStampInterceptor>());
        });
        services.Replace(ServiceDescriptor.Scoped(sp =>
        {
            var context = ActivatorUtilities.CreateInstance<TContext>(sp);
            sp.GetRequiredService<UnitOfWork>().Enlist(context);
            return context;
        }));
        services.AddSingleton(new DbContextRegistration(typeof(TContext), schema, dataSource =>
        {
            var options = new DbContextOptionsBuilder<TContext>();
            Configure(options, schema, npgsql => options.UseNpgsql(dataSource, npgsql));
            return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
        }));
        return services;
    }

    /// <summary>Options for <c>dotnet ef</c> at design time (no database needed to add a migration).</summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>(string schema)
        where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        Configure(options, schema, npgsql => options.UseNpgsql("Host=localhost;Database=design_time", npgsql));
        return options.Options;
    }

    private static void Configure(
        DbContextOptionsBuilder options, string schema,
        Action<Action<Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder>> useNpgsql)
    {
        useNpgsql(npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", schema));
        options.UseSnakeCaseNamingConvention();
    }
}
