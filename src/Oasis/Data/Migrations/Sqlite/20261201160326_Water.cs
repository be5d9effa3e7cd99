using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oasis.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Water : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "water_black_odorous",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LengthKm = table.Column<double>(type: "REAL", nullable: true),
                    IdentifiedYear = table.Column<int>(type: "INTEGER", nullable: true),
                    RemediatedYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    GridCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_black_odorous", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "water_bodies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Basin = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_bodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "water_groundwater_wells",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DepthMetres = table.Column<double>(type: "REAL", nullable: true),
                    Aquifer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    GridCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_groundwater_wells", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "water_samples",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteKind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SiteCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Values = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_samples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "water_sections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WaterBodyCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ControlLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Assessment = table.Column<bool>(type: "INTEGER", nullable: false),
                    TargetClass = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    StationCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    GridCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_sections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "water_sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ThousandTonne = table.Column<bool>(type: "INTEGER", nullable: false),
                    WaterBodyCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    FirstZone = table.Column<string>(type: "TEXT", nullable: true),
                    SecondZone = table.Column<string>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    GridCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_water_sources", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_water_black_odorous_Code",
                table: "water_black_odorous",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_water_black_odorous_GridCode",
                table: "water_black_odorous",
                column: "GridCode");

            migrationBuilder.CreateIndex(
                name: "IX_water_bodies_Code",
                table: "water_bodies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_water_groundwater_wells_Code",
                table: "water_groundwater_wells",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_water_groundwater_wells_GridCode",
                table: "water_groundwater_wells",
                column: "GridCode");

            migrationBuilder.CreateIndex(
                name: "IX_water_samples_SiteCode_Date",
                table: "water_samples",
                columns: new[] { "SiteCode", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_water_sections_Code",
                table: "water_sections",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_water_sections_GridCode",
                table: "water_sections",
                column: "GridCode");

            migrationBuilder.CreateIndex(
                name: "IX_water_sections_WaterBodyCode",
                table: "water_sections",
                column: "WaterBodyCode");

            migrationBuilder.CreateIndex(
                name: "IX_water_sources_Code",
                table: "water_sources",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_water_sources_GridCode",
                table: "water_sources",
                column: "GridCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "water_black_odorous");

            migrationBuilder.DropTable(
                name: "water_bodies");

            migrationBuilder.DropTable(
                name: "water_groundwater_wells");

            migrationBuilder.DropTable(
                name: "water_samples");

            migrationBuilder.DropTable(
                name: "water_sections");

            migrationBuilder.DropTable(
                name: "water_sources");
        }
    }
}
