using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.Monre.Staff.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationAndCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "calendar_days",
                schema: "staff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    site_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_days", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "calendar_settings",
                schema: "staff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    site_id = table.Column<Guid>(type: "uuid", nullable: true),
                    working_hours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    days_off = table.Column<int[]>(type: "integer[]", nullable: false),
                    receipt_cutoff = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "org_units",
                schema: "staff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    short_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    agency_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    responsible_fields = table.Column<List<string>>(type: "text[]", nullable: false),
                    successor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_org_units_org_units_successor_id",
                        column: x => x.successor_id,
                        principalSchema: "staff",
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "people",
                schema: "staff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: true),
                    citizen_id = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                    table.ForeignKey(
                        name: "fk_people_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "staff",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "delegations",
                schema: "staff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    principal_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    delegate_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    roles = table.Column<List<string>>(type: "text[]", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    to = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    modified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    modified_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delegations", x => x.id);
                    table.ForeignKey(
                        name: "fk_delegations_org_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "staff",
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_delegations_users_delegate_user_id",
                        column: x => x.delegate_user_id,
                        principalSchema: "staff",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_delegations_users_principal_user_id",
                        column: x => x.principal_user_id,
                        principalSchema: "staff",
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_unit_parent_periods",
                schema: "staff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_unit_parent_periods", x => x.id);
                    table.ForeignKey(
                        name: "fk_org_unit_parent_periods_org_units_parent_id",
                        column: x => x.parent_id,
                        principalSchema: "staff",
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_org_unit_parent_periods_org_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "staff",
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "memberships",
                schema: "staff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    is_standby = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_memberships", x => x.id);
                    table.ForeignKey(
                        name: "fk_memberships_org_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "staff",
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_memberships_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "staff",
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "secondments",
                schema: "staff",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    is_standby = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_secondments", x => x.id);
                    table.ForeignKey(
                        name: "fk_secondments_org_units_from_unit_id",
                        column: x => x.from_unit_id,
                        principalSchema: "staff",
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_secondments_org_units_to_unit_id",
                        column: x => x.to_unit_id,
                        principalSchema: "staff",
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_secondments_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "staff",
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_days_date_site_id",
                schema: "staff",
                table: "calendar_days",
                columns: new[] { "date", "site_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_calendar_settings_site_id",
                schema: "staff",
                table: "calendar_settings",
                column: "site_id",
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_delegations_delegate_user_id_from",
                schema: "staff",
                table: "delegations",
                columns: new[] { "delegate_user_id", "from" });

            migrationBuilder.CreateIndex(
                name: "ix_delegations_principal_user_id_from_to",
                schema: "staff",
                table: "delegations",
                columns: new[] { "principal_user_id", "from", "to" });

            migrationBuilder.CreateIndex(
                name: "ix_delegations_unit_id",
                schema: "staff",
                table: "delegations",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_memberships_person_id",
                schema: "staff",
                table: "memberships",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_memberships_unit_id_position_valid_from_valid_to",
                schema: "staff",
                table: "memberships",
                columns: new[] { "unit_id", "position", "valid_from", "valid_to" });

            migrationBuilder.CreateIndex(
                name: "ix_org_unit_parent_periods_parent_id_valid_from",
                schema: "staff",
                table: "org_unit_parent_periods",
                columns: new[] { "parent_id", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "ix_org_unit_parent_periods_unit_id_valid_from",
                schema: "staff",
                table: "org_unit_parent_periods",
                columns: new[] { "unit_id", "valid_from" });

            migrationBuilder.CreateIndex(
                name: "ix_org_units_agency_code",
                schema: "staff",
                table: "org_units",
                column: "agency_code");

            migrationBuilder.CreateIndex(
                name: "ix_org_units_responsible_fields",
                schema: "staff",
                table: "org_units",
                column: "responsible_fields")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_org_units_successor_id",
                schema: "staff",
                table: "org_units",
                column: "successor_id");

            migrationBuilder.CreateIndex(
                name: "ix_org_units_valid_from_valid_to",
                schema: "staff",
                table: "org_units",
                columns: new[] { "valid_from", "valid_to" });

            migrationBuilder.CreateIndex(
                name: "ix_people_citizen_id",
                schema: "staff",
                table: "people",
                column: "citizen_id",
                unique: true,
                filter: "citizen_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_people_user_id",
                schema: "staff",
                table: "people",
                column: "user_id",
                unique: true,
                filter: "user_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_secondments_from_unit_id",
                schema: "staff",
                table: "secondments",
                column: "from_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_secondments_person_id_from_unit_id",
                schema: "staff",
                table: "secondments",
                columns: new[] { "person_id", "from_unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_secondments_to_unit_id_position_valid_from_valid_to",
                schema: "staff",
                table: "secondments",
                columns: new[] { "to_unit_id", "position", "valid_from", "valid_to" });

            migrationBuilder.Sql(ThaiBinh.Monre.Staff.Organisation.OrganisationSql.CreateUnaccentFunction);
            migrationBuilder.Sql(ThaiBinh.Monre.Staff.Organisation.OrganisationSql.CreatePeopleNameIndex);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ThaiBinh.Monre.Staff.Organisation.OrganisationSql.DropPeopleNameIndex);
            migrationBuilder.Sql(ThaiBinh.Monre.Staff.Organisation.OrganisationSql.DropUnaccentFunction);

            migrationBuilder.DropTable(
                name: "calendar_days",
                schema: "staff");

            migrationBuilder.DropTable(
                name: "calendar_settings",
                schema: "staff");

            migrationBuilder.DropTable(
                name: "delegations",
                schema: "staff");

            migrationBuilder.DropTable(
                name: "memberships",
                schema: "staff");

            migrationBuilder.DropTable(
                name: "org_unit_parent_periods",
                schema: "staff");

            migrationBuilder.DropTable(
                name: "secondments",
                schema: "staff");

            migrationBuilder.DropTable(
                name: "org_units",
                schema: "staff");

            migrationBuilder.DropTable(
                name: "people",
                schema: "staff");
        }
    }
}
