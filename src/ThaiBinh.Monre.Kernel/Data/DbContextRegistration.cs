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
    /// <para>
    /// Contexts are pooled: building a context's options and internal services costs more than a whole query, and every
    /// unit of work needs one. A scope rents a context, points it at the unit of work's connection and transaction
    /// (<see cref="UnitOfWork.Enlist"/>) and gives it back when the scope ends (EF resets its state). So the options are
    /// the same for every scope and the interceptor is a singleton that finds the scope through the unit of work.
    /// </para>
    /// </summary>
    public static IServiceCollection AddMonreDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext
    {
        services.TryAddSingleton<AuditStampInterceptor>();
        services.AddPooledDbContextFactory<TContext>((sp, options) =>
        {
            // No connection here: each lease gets its unit of work's connection.
            Configure(options, schema, npgsql => options.UseNpgsql(npgsql));
            options.AddInterceptors(sp.GetRequiredService<AuditStampInterceptor>());
        });
        services.AddScoped(sp =>
        {
            var uow = sp.GetRequiredService<UnitOfWork>();
            uow.EnsureActive();
            var context = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            uow.Enlist(context);
            return context;
        });
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
