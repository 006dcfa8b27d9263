namespace ThaiBinh.Monre.Staff.Organisation;

/// <summary>
/// Raw SQL the organisation's migration needs and EF cannot express: an IMMUTABLE wrapper around <c>unaccent</c> (the
/// extension's own function is only STABLE, so it cannot be indexed) and a trigram index over unaccented names, so
/// "nguyen van an" finds "Nguyễn Văn An" through an index. Called from the migration with one line each.
/// </summary>
public static class OrganisationSql
{
    public const string UnaccentFunctionName = "f_unaccent";

    public const string CreateUnaccentFunction = """
        CREATE OR REPLACE FUNCTION staff.f_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
        """;

    public const string DropUnaccentFunction = "DROP FUNCTION IF EXISTS staff.f_unaccent(text);";

    public const string CreatePeopleNameIndex =
        "CREATE INDEX IF NOT EXISTS ix_people_full_name_unaccent_trgm ON staff.people USING gin (staff.f_unaccent(full_name) public.gin_trgm_ops);";

    public const string DropPeopleNameIndex = "DROP INDEX IF EXISTS staff.ix_people_full_name_unaccent_trgm;";
}
