using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oasis.Data.Migrations.Postgres
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
                    StationCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    HourUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Pm25 = table.Column<double>(type: "double precision", nullable: true),
                    Pm10 = table.Column<double>(type: "double precision", nullable: true),
                    So2 = table.Column<double>(type: "double precision", nullable: true),
                    No2 = table.Column<double>(type: "double precision", nullable: true),
                    Co = table.Column<double>(type: "double precision", nullable: true),
                    O3 = table.Column<double>(type: "double precision", nullable: true),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
