using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oasis.Data.Migrations.Sqlite
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
                    Pollutant = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    KgPerDay = table.Column<double>(type: "REAL", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_baselines", x => x.Pollutant);
                });

            migrationBuilder.CreateTable(
                name: "emergency_measures",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CutPercent = table.Column<double>(type: "REAL", nullable: true),
                    Shutdown = table.Column<bool>(type: "INTEGER", nullable: false),
                    OffPeak = table.Column<bool>(type: "INTEGER", nullable: false),
                    StoppedSteps = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Pm = table.Column<double>(type: "REAL", nullable: false),
                    So2 = table.Column<double>(type: "REAL", nullable: false),
                    Nox = table.Column<double>(type: "REAL", nullable: false),
                    Vocs = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_measures", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "emergency_tasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WarningId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    MeasureCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PromisedPercent = table.Column<double>(type: "REAL", nullable: true),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Pm = table.Column<double>(type: "REAL", nullable: false),
                    So2 = table.Column<double>(type: "REAL", nullable: false),
                    Nox = table.Column<double>(type: "REAL", nullable: false),
                    Vocs = table.Column<double>(type: "REAL", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Inspection = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    InspectionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    InspectedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    InspectedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
