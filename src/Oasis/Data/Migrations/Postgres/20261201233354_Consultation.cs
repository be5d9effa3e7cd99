using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Oasis.Data.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "forecast_consultations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IssueId = table.Column<int>(type: "integer", nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    HeldAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reasoning = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Late = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConsultationId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_consultation_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forecast_consultation_attachments_forecast_consultations_Co~",
                        column: x => x.ConsultationId,
                        principalTable: "forecast_consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forecast_consultation_participants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConsultationId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Side = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_consultation_participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forecast_consultation_participants_forecast_consultations_C~",
                        column: x => x.ConsultationId,
                        principalTable: "forecast_consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forecast_published_days",
                columns: table => new
                {
                    ConsultationId = table.Column<int>(type: "integer", nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Lead = table.Column<int>(type: "integer", nullable: false),
                    AqiLow = table.Column<int>(type: "integer", nullable: false),
                    AqiHigh = table.Column<int>(type: "integer", nullable: false),
                    CategoryLow = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CategoryHigh = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Primary = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ModelAqi = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_published_days", x => new { x.ConsultationId, x.TargetDate });
                    table.ForeignKey(
                        name: "FK_forecast_published_days_forecast_consultations_Consultation~",
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
