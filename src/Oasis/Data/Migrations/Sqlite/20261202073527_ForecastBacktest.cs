using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oasis.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ForecastBacktest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "forecast_backtests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TrainUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TestFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TestUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Iterations = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    Weather = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    WeatherDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Stations = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ModelCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Forecasts = table.Column<int>(type: "INTEGER", nullable: false),
                    Scores = table.Column<string>(type: "TEXT", nullable: true),
                    ErrorKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ErrorArgs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Seconds = table.Column<double>(type: "REAL", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_backtests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_forecast_backtests_State",
                table: "forecast_backtests",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "forecast_backtests");
        }
    }
}
