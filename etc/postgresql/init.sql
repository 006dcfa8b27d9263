-- ThaiBinh.Monre — run by ./monre db start on template1 and on database monre (idempotent).
-- Extensions in template1 reach every database created later, test databases (monre_test_*) included.
-- unaccent + pg_trgm: accent-insensitive, typo-tolerant search over Vietnamese text.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
