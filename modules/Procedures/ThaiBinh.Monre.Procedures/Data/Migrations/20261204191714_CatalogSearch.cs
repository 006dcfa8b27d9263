using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThaiBinh.Monre.Procedures.Data.Migrations
{
    /// <inheritdoc />
    public partial class CatalogSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ThaiBinh.Monre.Procedures.Application.Catalog.CatalogSql.CreateUnaccentFunction);
            migrationBuilder.Sql(ThaiBinh.Monre.Procedures.Application.Catalog.CatalogSql.CreateNameIndex);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ThaiBinh.Monre.Procedures.Application.Catalog.CatalogSql.DropNameIndex);
            migrationBuilder.Sql(ThaiBinh.Monre.Procedures.Application.Catalog.CatalogSql.DropUnaccentFunction);
        }
    }
}
