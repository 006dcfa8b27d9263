namespace ThaiBinh.Monre.Procedures.Application.Catalog;

/// <summary>
/// Raw SQL of the CatalogSearch migration, the same technique as the Staff module's people search: an IMMUTABLE wrapper
/// around <c>unaccent</c> (the extension's own function is only STABLE, so it cannot be indexed) in this module's schema
/// (a module owns its schema, so it does not call Staff's copy) and a trigram index over unaccented procedure names.
/// </summary>
public static class CatalogSql
{
    public const string CreateUnaccentFunction = """
        CREATE OR REPLACE FUNCTION procedures.f_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
        """;

    public const string DropUnaccentFunction = "DROP FUNCTION IF EXISTS procedures.f_unaccent(text);";

    public const string CreateNameIndex =
        "CREATE INDEX IF NOT EXISTS ix_procedures_name_unaccent_trgm ON procedures.procedures USING gin (procedures.f_unaccent(name) public.gin_trgm_ops);";

    public const string DropNameIndex = "DROP INDEX IF EXISTS procedures.ix_procedures_name_unaccent_trgm;";
}
