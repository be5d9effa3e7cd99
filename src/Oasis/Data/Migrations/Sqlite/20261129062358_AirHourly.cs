using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oasis.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AirHourly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "air_hourly",
                columns: table => new
                {
                    StationCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    HourUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Pm25 = table.Column<double>(type: "REAL", nullable: true),
                    Pm10 = table.Column<double>(type: "REAL", nullable: true),
                    So2 = table.Column<double>(type: "REAL", nullable: true),
                    No2 = table.Column<double>(type: "REAL", nullable: true),
                    Co = table.Column<double>(type: "REAL", nullable: true),
                    O3 = table.Column<double>(type: "REAL", nullable: true),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_hourly", x => new { x.StationCode, x.HourUtc, x.Status });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "air_hourly");
        }
    }
}
