using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.Monre.Workflows.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "workflows");

            migrationBuilder.CreateTable(
                name: "definitions",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    document = table.Column<string>(type: "jsonb", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_definitions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "instances",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    definition_version = table.Column<int>(type: "integer", nullable: false),
                    correlation_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    site_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    variables = table.Column<string>(type: "jsonb", nullable: false),
                    join_state = table.Column<string>(type: "jsonb", nullable: true),
                    journal_sequence = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_instances", x => x.id);
                    table.ForeignKey(
                        name: "fk_instances_definitions_definition_version_id",
                        column: x => x.definition_version_id,
                        principalSchema: "workflows",
                        principalTable: "definitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bookmarks",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    signal_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    correlation_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bookmarks", x => x.id);
                    table.ForeignKey(
                        name: "fk_bookmarks_instances_instance_id",
                        column: x => x.instance_id,
                        principalSchema: "workflows",
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    detail = table.Column<string>(type: "text", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidents", x => x.id);
                    table.ForeignKey(
                        name: "fk_incidents_instances_instance_id",
                        column: x => x.instance_id,
                        principalSchema: "workflows",
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "journal",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    from_activity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    from_activity_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    to_activity_ids = table.Column<List<string>>(type: "text[]", nullable: false),
                    to_activity_names = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    outcome = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    allotted_minutes = table.Column<int>(type: "integer", nullable: true),
                    used_minutes = table.Column<int>(type: "integer", nullable: true),
                    timeliness = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal", x => x.id);
                    table.ForeignKey(
                        name: "fk_journal_instances_instance_id",
                        column: x => x.instance_id,
                        principalSchema: "workflows",
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    process_role = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    site_id = table.Column<Guid>(type: "uuid", nullable: true),
                    candidate_user_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    outcomes = table.Column<List<string>>(type: "text[]", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    claimed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    claimed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    allotted_minutes = table.Column<int>(type: "integer", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    completed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    outcome = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    form_data = table.Column<string>(type: "jsonb", nullable: true),
                    used_minutes = table.Column<int>(type: "integer", nullable: true),
                    timeliness = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_tasks_instances_instance_id",
                        column: x => x.instance_id,
                        principalSchema: "workflows",
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bookmarks_due_at",
                schema: "workflows",
                table: "bookmarks",
                column: "due_at",
                filter: "kind = 'Timer'");

            migrationBuilder.CreateIndex(
                name: "ix_bookmarks_instance_id",
                schema: "workflows",
                table: "bookmarks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_bookmarks_signal_name_correlation_key",
                schema: "workflows",
                table: "bookmarks",
                columns: new[] { "signal_name", "correlation_key" },
                filter: "kind = 'Signal'");

            migrationBuilder.CreateIndex(
                name: "ix_definitions_definition_id_version_number",
                schema: "workflows",
                table: "definitions",
                columns: new[] { "definition_id", "version_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_definitions_one_draft",
                schema: "workflows",
                table: "definitions",
                column: "definition_id",
                unique: true,
                filter: "state = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_instance_id",
                schema: "workflows",
                table: "incidents",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_instances_correlation_id",
                schema: "workflows",
                table: "instances",
                column: "correlation_id");

            migrationBuilder.CreateIndex(
                name: "ix_instances_definition_id_status",
                schema: "workflows",
                table: "instances",
                columns: new[] { "definition_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_instances_definition_version_id",
                schema: "workflows",
                table: "instances",
                column: "definition_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_instances_finished_at",
                schema: "workflows",
                table: "instances",
                column: "finished_at",
                filter: "finished_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_journal_instance_id_sequence",
                schema: "workflows",
                table: "journal",
                columns: new[] { "instance_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tasks_instance_id",
                schema: "workflows",
                table: "tasks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_open_candidates",
                schema: "workflows",
                table: "tasks",
                column: "candidate_user_ids",
                filter: "state IN ('Open', 'Claimed')")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_open_claimed_by",
                schema: "workflows",
                table: "tasks",
                column: "claimed_by_id",
                filter: "state IN ('Open', 'Claimed')");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_open_unit",
                schema: "workflows",
                table: "tasks",
                column: "unit_id",
                filter: "state IN ('Open', 'Claimed')");

            // The journal is the process control sheet: rows are never changed. Whole instances may still be deleted by
            // the retention job (cascade), so only UPDATE is refused.
            migrationBuilder.Sql("""
                CREATE FUNCTION workflows.journal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  RAISE EXCEPTION 'workflows.journal is append-only' USING ERRCODE = 'insufficient_privilege';
                END $$;
                CREATE TRIGGER journal_append_only BEFORE UPDATE ON workflows.journal
                  FOR EACH ROW EXECUTE FUNCTION workflows.journal_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS journal_append_only ON workflows.journal; DROP FUNCTION IF EXISTS workflows.journal_append_only();");
            migrationBuilder.DropTable(
                name: "bookmarks",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "incidents",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "journal",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "instances",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "definitions",
                schema: "workflows");
        }
    }
}
