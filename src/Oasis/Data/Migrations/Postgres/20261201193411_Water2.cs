using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Oasis.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Water2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_water_samples_SiteCode_Date",
                table: "water_samples");

            migrationBuilder.AddColumn<int>(
                name: "Replicate",
                table: "water_samples",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "water_reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sections = table.Column<int>(type: "integer", nullable: false),
                    Samples = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Format = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "water_rural_sewage_rates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Rate = table.Column<double>(type: "double precision", nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_rural_sewage_rates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_water_samples_SiteCode_Date_Replicate",
                table: "water_samples",
                columns: new[] { "SiteCode", "Date", "Replicate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_water_reports_Kind_From_Format",
                table: "water_reports",
                columns: new[] { "Kind", "From", "Format" });

            migrationBuilder.CreateIndex(
                name: "IX_water_rural_sewage_rates_Year",
                table: "water_rural_sewage_rates",
                column: "Year",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "water_reports");

            migrationBuilder.DropTable(
                name: "water_rural_sewage_rates");

            migrationBuilder.DropIndex(
                name: "IX_water_samples_SiteCode_Date_Replicate",
                table: "water_samples");

            migrationBuilder.DropColumn(
                name: "Replicate",
                table: "water_samples");

            migrationBuilder.CreateIndex(
                name: "IX_water_samples_SiteCode_Date",
                table: "water_samples",
                columns: new[] { "SiteCode", "Date" },
                unique: true);
        }
    }
}
