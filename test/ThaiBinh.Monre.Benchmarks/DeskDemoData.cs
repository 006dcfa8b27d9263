using Npgsql;

namespace ThaiBinh.Monre.Benchmarks;

/// <summary>
/// Two years of desk history for <c>./monre bench desk</c>, generated inside PostgreSQL (<c>INSERT … SELECT
/// generate_series</c>: no rows cross the network) from the seeded reception units and procedures. Codes follow the real
/// rule (<c>{agency}-{yyMMdd}-{daily sequence}</c>, gap-free per agency and day) and the counters match them, so today's
/// receipts continue the sequences as in production. Written in batches so that each transaction stays moderate.
/// </summary>
public static class DeskDemoData
{
    const int Days = 730;
    const int BatchSize = 200_000;

    public static async Task LoadAsync(string connectionString, int dossiers)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0, Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, Prepare);
        for (var from = 0; from < dossiers; from += BatchSize)
        {
            await using var batch = new NpgsqlCommand(Batch, connection);
            batch.Parameters.AddWithValue("from", from);
            batch.Parameters.AddWithValue("to", Math.Min(dossiers, from + BatchSize) - 1);
            batch.Parameters.AddWithValue("days", Days);
            await batch.ExecuteNonQueryAsync();
        }
        await ExecuteAsync(connection, Counters);
        await ExecuteAsync(connection, "ANALYZE procedures.dossiers; ANALYZE procedures.dossier_components; ANALYZE procedures.dossier_history; ANALYZE procedures.dossier_code_counters;");
    }

    static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    // Slots: 8 for the centre, 1 per district desk (16 in all), so half the dossiers are the centre's. A slot's row gets the
    // sequence (round × multiplicity + sub-slot + 1) for its unit and day: unique and gap-free per (agency, day).
    const string Prepare = """
        DROP TABLE IF EXISTS bench_slots, bench_procedures;
        CREATE TEMP TABLE bench_slots AS
          WITH units AS (
            SELECT id, name, agency_code, type FROM staff.org_units
            WHERE type IN ('ServiceCentre', 'DistrictDesk') AND valid_to IS NULL AND agency_code IS NOT NULL),
          centre AS (SELECT * FROM units WHERE type = 'ServiceCentre' ORDER BY agency_code LIMIT 1),
          slots AS (
            SELECT c.*, s.sub, 8 AS mult, 'Province' AS level FROM centre c, generate_series(0, 7) s(sub)
            UNION ALL
            SELECT u.*, 0, 1, 'District' FROM units u WHERE u.type = 'DistrictDesk')
          SELECT row_number() OVER (ORDER BY level DESC, agency_code, sub) - 1 AS slot, * FROM slots;
        CREATE TEMP TABLE bench_procedures AS
          SELECT h.level, row_number() OVER (PARTITION BY h.level ORDER BY p.code) - 1 AS k, p.id, p.code, p.name, p.field, h.mode
          FROM procedures.procedures p JOIN procedures.procedure_handling h ON h.procedure_id = p.id
          WHERE p.valid_to IS NULL;
        """;

    const string Batch = """
        WITH n AS (SELECT count(*)::int AS slots FROM bench_slots),
        pc AS (SELECT level, count(*)::int AS c FROM bench_procedures GROUP BY level),
        g AS (
          SELECT i, i % n.slots AS slot, (i / n.slots) % @days AS day_back, i / (n.slots * @days) AS round, random() AS r
          FROM generate_series(@from, @to) i, n),
        rows AS (
          SELECT g.i, g.r, g.day_back, s.id AS unit_id, s.name AS unit_name, s.agency_code, s.level,
                 g.round * s.mult + s.sub + 1 AS seq,
                 ((current_date - 1 - g.day_back) + time '07:00' + make_interval(mins => ((g.round * 7 + s.sub * 13) % 540)::int))
                   AT TIME ZONE 'Asia/Ho_Chi_Minh' AS received_at,
                 p.id AS procedure_id, p.code AS procedure_code, p.name AS procedure_name, p.field, p.mode
          FROM g JOIN bench_slots s ON s.slot = g.slot
          JOIN pc ON pc.level = s.level
          JOIN bench_procedures p ON p.level = s.level AND p.k = (g.i / 7) % pc.c),
        shaped AS (
          SELECT *, CASE
              WHEN day_back > 60 THEN CASE WHEN r < 0.88 THEN 10 WHEN r < 0.93 THEN 9 WHEN r < 0.96 THEN 3 WHEN r < 0.98 THEN 7 ELSE 8 END
              ELSE CASE WHEN r < 0.55 THEN 4 WHEN r < 0.65 THEN 5 WHEN r < 0.70 THEN 6 WHEN r < 0.85 THEN 9 WHEN r < 0.97 THEN 10 ELSE 3 END
            END AS status,
            gen_random_uuid() AS id
          FROM rows),
        dossiers AS (
          INSERT INTO procedures.dossiers (id, code, procedure_id, procedure_code, procedure_name, field, level, mode,
            reception_unit_id, reception_unit_name, agency_code, channel, applicant_kind, applicant_full_name, applicant_id_number,
            applicant_phone, applicant_address, status, decision, reason, received_at, received_by_id, received_by_name,
            appointment_at, original_appointment_at, paused_working_minutes, result_ready_at, returned_at, returned_to,
            timeliness, participant_user_ids, created_at)
          SELECT id, agency_code || '-' || to_char(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-' || lpad(seq::text, 4, '0'),
            procedure_id, procedure_code, procedure_name, field, level, mode, unit_id, unit_name, agency_code,
            CASE WHEN i % 10 < 7 THEN 'Direct' WHEN i % 10 < 9 THEN 'Online' ELSE 'Postal' END,
            'Person', 'Người nộp ' || i, lpad((34000000000 + i)::text, 12, '0'), '09' || lpad((i % 100000000)::text, 8, '0'),
            'Thái Bình', status, CASE WHEN status = 3 THEN 'Refuse' ELSE 'Accept' END,
            CASE WHEN status = 3 THEN 'Không thuộc thẩm quyền giải quyết' END,
            received_at, '00000000-0000-0000-0000-000000000001', 'Cán bộ một cửa',
            CASE WHEN status <> 3 THEN received_at + interval '10 days' END, CASE WHEN status <> 3 THEN received_at + interval '10 days' END,
            0, CASE WHEN status IN (9, 10) THEN received_at + interval '8 days' + make_interval(days => (r * 4)::int) END,
            CASE WHEN status = 10 THEN received_at + interval '12 days' END, CASE WHEN status = 10 THEN 'Người nộp ' || i END,
            CASE WHEN status IN (9, 10) THEN CASE WHEN r * 4 < 2 THEN 'Early' WHEN r * 4 < 3.5 THEN 'OnTime' ELSE 'Late' END END,
            '{}', received_at
          FROM shaped
          RETURNING id, received_at, status),
        components AS (
          INSERT INTO procedures.dossier_components (id, dossier_id, component_id, "order", name, copy_kind, count, mandatory)
          SELECT gen_random_uuid(), id, '00000000-0000-0000-0000-000000000002', 1, 'Đơn đề nghị', 'Original', 1, true FROM dossiers)
        INSERT INTO procedures.dossier_history (id, dossier_id, at, action, actor_name, from_status, to_status)
        SELECT gen_random_uuid(), id, received_at, 'received', 'Cán bộ một cửa', NULL, CASE WHEN status = 3 THEN 3 ELSE 2 END FROM dossiers
        UNION ALL
        SELECT gen_random_uuid(), id, received_at + interval '1 day', 'status', NULL, 2, status FROM dossiers WHERE status <> 3;
        """;

    const string Counters = """
        INSERT INTO procedures.dossier_code_counters (agency_code, day, last_number)
        SELECT agency_code, (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, count(*)
        FROM procedures.dossiers GROUP BY 1, 2
        ON CONFLICT (agency_code, day) DO UPDATE SET last_number = GREATEST(procedures.dossier_code_counters.last_number, excluded.last_number);
        """;
}
