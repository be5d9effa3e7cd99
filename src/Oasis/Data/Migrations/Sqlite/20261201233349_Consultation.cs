using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oasis.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Consultation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ConsultationId",
                table: "forecast_warnings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "forecast_consultations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IssueId = table.Column<int>(type: "INTEGER", nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    HeldAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reasoning = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forecast_consultations_forecast_issues_IssueId",
                        column: x => x.IssueId,
                        principalTable: "forecast_issues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "forecast_consultation_attachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsultationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_consultation_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forecast_consultation_attachments_forecast_consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "forecast_consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forecast_consultation_participants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsultationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_consultation_participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forecast_consultation_participants_forecast_consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "forecast_consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forecast_published_days",
                columns: table => new
                {
                    ConsultationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Lead = table.Column<int>(type: "INTEGER", nullable: false),
                    AqiLow = table.Column<int>(type: "INTEGER", nullable: false),
                    AqiHigh = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryLow = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CategoryHigh = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Primary = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ModelAqi = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_published_days", x => new { x.ConsultationId, x.TargetDate });
                    table.ForeignKey(
                        name: "FK_forecast_published_days_forecast_consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "forecast_consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_forecast_consultation_attachments_ConsultationId",
                table: "forecast_consultation_attachments",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_forecast_consultation_attachments_Key",
                table: "forecast_consultation_attachments",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_forecast_consultation_participants_ConsultationId",
                table: "forecast_consultation_participants",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_forecast_consultations_IssueDate",
                table: "forecast_consultations",
                column: "IssueDate");

            migrationBuilder.CreateIndex(
                name: "IX_forecast_consultations_IssueId",
                table: "forecast_consultations",
                column: "IssueId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "forecast_consultation_attachments");

            migrationBuilder.DropTable(
                name: "forecast_consultation_participants");

            migrationBuilder.DropTable(
                name: "forecast_published_days");

            migrationBuilder.DropTable(
                name: "forecast_consultations");

            migrationBuilder.DropColumn(
                name: "ConsultationId",
                table: "forecast_warnings");
        }
    }
}
