using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oasis.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AirDaily : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "air_daily",
                columns: table => new
                {
                    StationCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Pm25 = table.Column<double>(type: "REAL", nullable: true),
                    Pm10 = table.Column<double>(type: "REAL", nullable: true),
                    So2 = table.Column<double>(type: "REAL", nullable: true),
                    No2 = table.Column<double>(type: "REAL", nullable: true),
                    Co = table.Column<double>(type: "REAL", nullable: true),
                    O3Max8h = table.Column<double>(type: "REAL", nullable: true),
                    O3Max1h = table.Column<double>(type: "REAL", nullable: true),
                    ValidHours = table.Column<byte[]>(type: "BLOB", maxLength: 6, nullable: false),
                    Hours = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedHours = table.Column<int>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_daily", x => new { x.StationCode, x.Status, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "air_daily_marks",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_daily_marks", x => x.Source);
                });

            migrationBuilder.CreateTable(
                name: "air_daily_stale",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StationCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Mn = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    FromDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToDay = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_daily_stale", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "air_daily");

            migrationBuilder.DropTable(
                name: "air_daily_marks");

            migrationBuilder.DropTable(
                name: "air_daily_stale");
        }
    }
}
