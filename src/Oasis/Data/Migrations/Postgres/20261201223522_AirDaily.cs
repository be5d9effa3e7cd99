using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Oasis.Data.Migrations.Postgres
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
                    StationCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Pm25 = table.Column<double>(type: "double precision", nullable: true),
                    Pm10 = table.Column<double>(type: "double precision", nullable: true),
                    So2 = table.Column<double>(type: "double precision", nullable: true),
                    No2 = table.Column<double>(type: "double precision", nullable: true),
                    Co = table.Column<double>(type: "double precision", nullable: true),
                    O3Max8h = table.Column<double>(type: "double precision", nullable: true),
                    O3Max1h = table.Column<double>(type: "double precision", nullable: true),
                    ValidHours = table.Column<byte[]>(type: "bytea", maxLength: 6, nullable: false),
                    Hours = table.Column<int>(type: "integer", nullable: false),
                    ReviewedHours = table.Column<int>(type: "integer", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_daily", x => new { x.StationCode, x.Status, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "air_daily_marks",
                columns: table => new
                {
                    Source = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_daily_marks", x => x.Source);
                });

            migrationBuilder.CreateTable(
                name: "air_daily_stale",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StationCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Mn = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    FromDay = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDay = table.Column<DateOnly>(type: "date", nullable: false)
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
