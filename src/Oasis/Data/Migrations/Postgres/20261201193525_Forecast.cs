using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Oasis.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Forecast : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "forecast_models",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TrainedFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    TrainedUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Stations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TargetWeather = table.Column<bool>(type: "boolean", nullable: false),
                    WeatherDays = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    Iterations = table.Column<int>(type: "integer", nullable: false),
                    Leaves = table.Column<int>(type: "integer", nullable: false),
                    LearningRate = table.Column<double>(type: "double precision", nullable: false),
                    Examples = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BlendWeights = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TrainingSeconds = table.Column<double>(type: "double precision", nullable: false),
                    BacktestFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    BacktestUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Scores = table.Column<string>(type: "text", nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_models", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "forecast_warnings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Region = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PendingAction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PendingLevel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ForecastIssueId = table.Column<int>(type: "integer", nullable: false),
                    EpisodeStart = table.Column<DateOnly>(type: "date", nullable: true),
                    EpisodeEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    ChangjiApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    WujiaquApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ProposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LiftedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_warnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "forecast_weather_imports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Hours = table.Column<int>(type: "integer", nullable: false),
                    FirstHourUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastHourUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HasBoundaryLayer = table.Column<bool>(type: "boolean", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_weather_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "forecast_issues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ModelId = table.Column<int>(type: "integer", nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Weather = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    WeatherDays = table.Column<int>(type: "integer", nullable: false),
                    Stations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ElapsedMs = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_issues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forecast_issues_forecast_models_ModelId",
                        column: x => x.ModelId,
                        principalTable: "forecast_models",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "forecast_warning_steps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WarningId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    By = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Party = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_warning_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forecast_warning_steps_forecast_warnings_WarningId",
                        column: x => x.WarningId,
                        principalTable: "forecast_warnings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forecast_weather_hours",
                columns: table => new
                {
                    ImportId = table.Column<int>(type: "integer", nullable: false),
                    HourUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Temperature = table.Column<double>(type: "double precision", nullable: false),
                    Humidity = table.Column<double>(type: "double precision", nullable: true),
                    DewPoint = table.Column<double>(type: "double precision", nullable: false),
                    Pressure = table.Column<double>(type: "double precision", nullable: false),
                    WindSpeed = table.Column<double>(type: "double precision", nullable: false),
                    WindFrom = table.Column<double>(type: "double precision", nullable: true),
                    Precipitation = table.Column<double>(type: "double precision", nullable: true),
                    BoundaryLayerHeight = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_weather_hours", x => new { x.ImportId, x.HourUtc });
                    table.ForeignKey(
                        name: "FK_forecast_weather_hours_forecast_weather_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "forecast_weather_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forecast_days",
                columns: table => new
                {
                    IssueId = table.Column<int>(type: "integer", nullable: false),
                    Station = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Lead = table.Column<int>(type: "integer", nullable: false),
                    Aqi = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Primary = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Edition = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Pm25 = table.Column<double>(type: "double precision", nullable: false),
                    Pm10 = table.Column<double>(type: "double precision", nullable: false),
                    So2 = table.Column<double>(type: "double precision", nullable: false),
                    No2 = table.Column<double>(type: "double precision", nullable: false),
                    Co = table.Column<double>(type: "double precision", nullable: false),
                    O3_8h = table.Column<double>(type: "double precision", nullable: false),
                    O3_1h = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_days", x => new { x.IssueId, x.Station, x.TargetDate });
                    table.ForeignKey(
                        name: "FK_forecast_days_forecast_issues_IssueId",
                        column: x => x.IssueId,
                        principalTable: "forecast_issues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_forecast_days_Station_TargetDate",
                table: "forecast_days",
                columns: new[] { "Station", "TargetDate" });

            migrationBuilder.CreateIndex(
                name: "IX_forecast_issues_IssueDate",
                table: "forecast_issues",
                column: "IssueDate");

            migrationBuilder.CreateIndex(
                name: "IX_forecast_issues_ModelId_IssueDate",
                table: "forecast_issues",
                columns: new[] { "ModelId", "IssueDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_forecast_models_TrainedUntil",
                table: "forecast_models",
                column: "TrainedUntil");

            migrationBuilder.CreateIndex(
                name: "IX_forecast_warning_steps_WarningId",
                table: "forecast_warning_steps",
                column: "WarningId");

            migrationBuilder.CreateIndex(
                name: "IX_forecast_warnings_Region_State",
                table: "forecast_warnings",
                columns: new[] { "Region", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_forecast_weather_hours_HourUtc",
                table: "forecast_weather_hours",
                column: "HourUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "forecast_days");

            migrationBuilder.DropTable(
                name: "forecast_warning_steps");

            migrationBuilder.DropTable(
                name: "forecast_weather_hours");

            migrationBuilder.DropTable(
                name: "forecast_issues");

            migrationBuilder.DropTable(
                name: "forecast_warnings");

            migrationBuilder.DropTable(
                name: "forecast_weather_imports");

            migrationBuilder.DropTable(
                name: "forecast_models");
        }
    }
}
