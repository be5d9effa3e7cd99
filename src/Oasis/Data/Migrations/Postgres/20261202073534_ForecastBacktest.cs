using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Oasis.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    TrainFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    TrainUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    TestFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    TestUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Iterations = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    Weather = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    WeatherDays = table.Column<int>(type: "integer", nullable: false),
                    Stations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ModelCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Forecasts = table.Column<int>(type: "integer", nullable: false),
                    Scores = table.Column<string>(type: "text", nullable: true),
                    ErrorKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ErrorArgs = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Seconds = table.Column<double>(type: "double precision", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
