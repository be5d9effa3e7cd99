using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oasis.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BacktestTrainStations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TrainStations",
                table: "forecast_backtests",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TrainStations",
                table: "forecast_backtests");
        }
    }
}
