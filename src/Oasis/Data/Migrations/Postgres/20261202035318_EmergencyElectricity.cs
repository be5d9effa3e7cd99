using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Oasis.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EmergencyElectricity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "emergency_electricity",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Meter = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Daily = table.Column<bool>(type: "boolean", nullable: false),
                    StartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kwh = table.Column<double>(type: "double precision", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_electricity", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "forecast_warning_listener_work",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WarningId = table.Column<int>(type: "integer", nullable: false),
                    Listener = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_warning_listener_work", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "leases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_leases", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_electricity_CreditCode_Meter_Daily_StartUtc",
                table: "emergency_electricity",
                columns: new[] { "CreditCode", "Meter", "Daily", "StartUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_forecast_warning_listener_work_CompletedAt_Id",
                table: "forecast_warning_listener_work",
                columns: new[] { "CompletedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "emergency_electricity");

            migrationBuilder.DropTable(
                name: "forecast_warning_listener_work");

            migrationBuilder.DropTable(
                name: "leases");
        }
    }
}
