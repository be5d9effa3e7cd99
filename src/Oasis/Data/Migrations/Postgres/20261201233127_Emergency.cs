using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Oasis.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Emergency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "emergency_baselines",
                columns: table => new
                {
                    Pollutant = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    KgPerDay = table.Column<double>(type: "double precision", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_baselines", x => x.Pollutant);
                });

            migrationBuilder.CreateTable(
                name: "emergency_measures",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Grade = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CutPercent = table.Column<double>(type: "double precision", nullable: true),
                    Shutdown = table.Column<bool>(type: "boolean", nullable: false),
                    OffPeak = table.Column<bool>(type: "boolean", nullable: false),
                    StoppedSteps = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Pm = table.Column<double>(type: "double precision", nullable: false),
                    So2 = table.Column<double>(type: "double precision", nullable: false),
                    Nox = table.Column<double>(type: "double precision", nullable: false),
                    Vocs = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_measures", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "emergency_tasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WarningId = table.Column<int>(type: "integer", nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MeasureCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PromisedPercent = table.Column<double>(type: "double precision", nullable: true),
                    Measures = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Pm = table.Column<double>(type: "double precision", nullable: false),
                    So2 = table.Column<double>(type: "double precision", nullable: false),
                    Nox = table.Column<double>(type: "double precision", nullable: false),
                    Vocs = table.Column<double>(type: "double precision", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Inspection = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    InspectionNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    InspectedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    InspectedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_tasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_measures_CreditCode_Level",
                table: "emergency_measures",
                columns: new[] { "CreditCode", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_emergency_tasks_CreditCode_EndedAt",
                table: "emergency_tasks",
                columns: new[] { "CreditCode", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_tasks_WarningId_CreditCode",
                table: "emergency_tasks",
                columns: new[] { "WarningId", "CreditCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "emergency_baselines");

            migrationBuilder.DropTable(
                name: "emergency_measures");

            migrationBuilder.DropTable(
                name: "emergency_tasks");
        }
    }
}
