using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oasis.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ForecastHourly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HourlyCode",
                table: "forecast_models",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HourlyExamples",
                table: "forecast_models",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "HourlyFileName",
                table: "forecast_models",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HourlyIterations",
                table: "forecast_models",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "HourlyScores",
                table: "forecast_models",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HourlySha256",
                table: "forecast_models",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HourlySize",
                table: "forecast_models",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "forecast_hourly_issues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ModelId = table.Column<int>(type: "INTEGER", nullable: false),
                    IssueHourUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Weather = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    WeatherHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Stations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_hourly_issues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forecast_hourly_issues_forecast_models_ModelId",
                        column: x => x.ModelId,
                        principalTable: "forecast_models",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "forecast_hourly_hours",
                columns: table => new
                {
                    IssueId = table.Column<int>(type: "INTEGER", nullable: false),
                    Station = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Lead = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetHourUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Pm25 = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_hourly_hours", x => new { x.IssueId, x.Station, x.Lead });
                    table.ForeignKey(
                        name: "FK_forecast_hourly_hours_forecast_hourly_issues_IssueId",
                        column: x => x.IssueId,
                        principalTable: "forecast_hourly_issues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_forecast_hourly_hours_Station_TargetHourUtc",
                table: "forecast_hourly_hours",
                columns: new[] { "Station", "TargetHourUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_forecast_hourly_issues_IssueHourUtc",
                table: "forecast_hourly_issues",
                column: "IssueHourUtc");

            migrationBuilder.CreateIndex(
                name: "IX_forecast_hourly_issues_ModelId_IssueHourUtc",
                table: "forecast_hourly_issues",
                columns: new[] { "ModelId", "IssueHourUtc" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "forecast_hourly_hours");

            migrationBuilder.DropTable(
                name: "forecast_hourly_issues");

            migrationBuilder.DropColumn(
                name: "HourlyCode",
                table: "forecast_models");

            migrationBuilder.DropColumn(
                name: "HourlyExamples",
                table: "forecast_models");

            migrationBuilder.DropColumn(
                name: "HourlyFileName",
                table: "forecast_models");

            migrationBuilder.DropColumn(
                name: "HourlyIterations",
                table: "forecast_models");

            migrationBuilder.DropColumn(
                name: "HourlyScores",
                table: "forecast_models");

            migrationBuilder.DropColumn(
                name: "HourlySha256",
                table: "forecast_models");

            migrationBuilder.DropColumn(
                name: "HourlySize",
                table: "forecast_models");
        }
    }
}
