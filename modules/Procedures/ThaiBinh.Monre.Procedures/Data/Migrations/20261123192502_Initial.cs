using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.Monre.Procedures.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "procedures");

            migrationBuilder.CreateTable(
                name: "dossier_code_counters",
                schema: "procedures",
                columns: table => new
                {
                    agency_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    last_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_code_counters", x => new { x.agency_code, x.day });
                });

            migrationBuilder.CreateTable(
                name: "dossier_ratings",
                schema: "procedures",
                columns: table => new
                {
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    rated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_ratings", x => x.dossier_id);
                });

            migrationBuilder.CreateTable(
                name: "dossiers",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    procedure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    procedure_code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    procedure_name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    field = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reception_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reception_unit_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    agency_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    applicant_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    applicant_full_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    applicant_id_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    applicant_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    applicant_email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    applicant_address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    decision = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    received_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    received_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    appointment_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    original_appointment_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paused_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paused_working_minutes = table.Column<int>(type: "integer", nullable: false),
                    result_ready_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    returned_to = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    returned_to_id_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    late_warning_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    timeliness = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    workflow_instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    participant_user_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossiers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                schema: "procedures",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => new { x.user_id, x.key });
                });

            migrationBuilder.CreateTable(
                name: "lateness_apologies",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    proposed_appointment_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    leader_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    issued_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lateness_apologies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "procedures",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    field = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    deadline_amount = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    deadline_unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    online_deadline_amount = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    fees = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    legal_basis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    online_level = table.Column<int>(type: "integer", nullable: true),
                    result_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedures", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_bindings",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    procedure_code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    workflow_definition_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_bindings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dossier_components",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    component_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    copy_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false),
                    mandatory = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_components", x => x.id);
                    table.ForeignKey(
                        name: "fk_dossier_components_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalSchema: "procedures",
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dossier_history",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    action = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    from_status = table.Column<int>(type: "integer", nullable: true),
                    to_status = table.Column<int>(type: "integer", nullable: true),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_dossier_history_dossiers_dossier_id",
                        column: x => x.dossier_id,
                        principalSchema: "procedures",
                        principalTable: "dossiers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "procedure_components",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    procedure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    copy_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false),
                    mandatory = table.Column<bool>(type: "boolean", nullable: false),
                    form_file_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    form_blob_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedure_components", x => x.id);
                    table.ForeignKey(
                        name: "fk_procedure_components_procedures_procedure_id",
                        column: x => x.procedure_id,
                        principalSchema: "procedures",
                        principalTable: "procedures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "procedure_handling",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    procedure_id = table.Column<Guid>(type: "uuid", nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedure_handling", x => x.id);
                    table.ForeignKey(
                        name: "fk_procedure_handling_procedures_procedure_id",
                        column: x => x.procedure_id,
                        principalSchema: "procedures",
                        principalTable: "procedures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dossier_scans",
                schema: "procedures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_component_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    blob_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_scans", x => x.id);
                    table.ForeignKey(
                        name: "fk_dossier_scans_dossier_components_dossier_component_id",
                        column: x => x.dossier_component_id,
                        principalSchema: "procedures",
                        principalTable: "dossier_components",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossier_components_dossier_id",
                schema: "procedures",
                table: "dossier_components",
                column: "dossier_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossier_history_dossier_id_at",
                schema: "procedures",
                table: "dossier_history",
                columns: new[] { "dossier_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_dossier_scans_dossier_component_id",
                schema: "procedures",
                table: "dossier_scans",
                column: "dossier_component_id");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_code",
                schema: "procedures",
                table: "dossiers",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_participant_user_ids",
                schema: "procedures",
                table: "dossiers",
                column: "participant_user_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_reception_unit_id_received_at",
                schema: "procedures",
                table: "dossiers",
                columns: new[] { "reception_unit_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_status_appointment_at",
                schema: "procedures",
                table: "dossiers",
                columns: new[] { "status", "appointment_at" });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_workflow_instance_id",
                schema: "procedures",
                table: "dossiers",
                column: "workflow_instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_created_at",
                schema: "procedures",
                table: "idempotency_records",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_lateness_apologies_dossier_id",
                schema: "procedures",
                table: "lateness_apologies",
                column: "dossier_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_procedure_components_procedure_id_order",
                schema: "procedures",
                table: "procedure_components",
                columns: new[] { "procedure_id", "order" });

            migrationBuilder.CreateIndex(
                name: "ix_procedure_handling_procedure_id_level",
                schema: "procedures",
                table: "procedure_handling",
                columns: new[] { "procedure_id", "level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_procedures_code_version_number",
                schema: "procedures",
                table: "procedures",
                columns: new[] { "code", "version_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_bindings_procedure_code_level_effective_from",
                schema: "procedures",
                table: "workflow_bindings",
                columns: new[] { "procedure_code", "level", "effective_from" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_code_counters",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "dossier_history",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "dossier_ratings",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "dossier_scans",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "idempotency_records",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "lateness_apologies",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "procedure_components",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "procedure_handling",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "workflow_bindings",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "dossier_components",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "procedures",
                schema: "procedures");

            migrationBuilder.DropTable(
                name: "dossiers",
                schema: "procedures");
        }
    }
}
