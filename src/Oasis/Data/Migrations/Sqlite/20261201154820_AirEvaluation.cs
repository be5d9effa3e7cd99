using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Oasis.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AirEvaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "air_dust_periods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StationCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Confirmation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_dust_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "air_reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Edition = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DataStatus = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Dust = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DustSource = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "air_review_marks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StationCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Pollutant = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_review_marks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "air_targets",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Edition = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Dust = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_air_targets", x => x.Code);
                });

            migrationBuilder.InsertData(
                table: "air_targets",
                columns: new[] { "Code", "Dust", "Edition", "Indicator", "Kind", "Plan", "Role", "Source", "Value", "Year" },
                values: new object[,]
                {
                    { "CJ-14-GOOD-2020", "deduct", "2012", "good-ratio", "binding", "十四五", "baseline", "《昌吉市生态环境保护“十四五”规划》表2-1", 77.900000000000006, 2020 },
                    { "CJ-14-GOOD-2025", "deduct", "2012", "good-ratio", "binding", "十四五", "target", "《昌吉市生态环境保护“十四五”规划》表2-1", 78.400000000000006, 2025 },
                    { "CJ-14-HEAVY-2020", "deduct", "2012", "heavy-ratio", "expected", "十四五", "baseline", "《昌吉市生态环境保护“十四五”规划》表2-1", 11.699999999999999, 2020 },
                    { "CJ-14-HEAVY-2025", "deduct", "2012", "heavy-ratio", "expected", "十四五", "target", "《昌吉市生态环境保护“十四五”规划》表2-1", 7.7000000000000002, 2025 },
                    { "CJ-14-PM25-2020", "deduct", "2012", "pm25", "binding", "十四五", "baseline", "《昌吉市生态环境保护“十四五”规划》表2-1", 49.0, 2020 },
                    { "CJ-14-PM25-2025", "deduct", "2012", "pm25", "binding", "十四五", "target", "《昌吉市生态环境保护“十四五”规划》表2-1", 46.799999999999997, 2025 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_air_dust_periods_StartUtc_EndUtc",
                table: "air_dust_periods",
                columns: new[] { "StartUtc", "EndUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_air_reports_Kind_From_Format",
                table: "air_reports",
                columns: new[] { "Kind", "From", "Format" });

            migrationBuilder.CreateIndex(
                name: "IX_air_review_marks_StationCode_StartUtc",
                table: "air_review_marks",
                columns: new[] { "StationCode", "StartUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "air_dust_periods");

            migrationBuilder.DropTable(
                name: "air_reports");

            migrationBuilder.DropTable(
                name: "air_review_marks");

            migrationBuilder.DropTable(
                name: "air_targets");
        }
    }
}
