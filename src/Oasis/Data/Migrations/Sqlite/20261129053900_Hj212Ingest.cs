using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oasis.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Hj212Ingest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ingest_packets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Mn = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Cn = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    St = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Qn = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DataTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Warnings = table.Column<long>(type: "INTEGER", nullable: false),
                    Raw = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingest_packets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ingest_readings",
                columns: table => new
                {
                    Mn = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Cn = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    DataTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Factor = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    Min = table.Column<double>(type: "REAL", nullable: true),
                    Max = table.Column<double>(type: "REAL", nullable: true),
                    Cou = table.Column<double>(type: "REAL", nullable: true),
                    Flag = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    Quarantined = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingest_readings", x => new { x.Mn, x.Cn, x.DataTime, x.Factor });
                });

            migrationBuilder.CreateTable(
                name: "ingest_unknown_devices",
                columns: table => new
                {
                    Mn = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    St = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    FirstSeen = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSeen = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Packets = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingest_unknown_devices", x => x.Mn);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ingest_packets_Mn_ReceivedAt",
                table: "ingest_packets",
                columns: new[] { "Mn", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ingest_packets_ReceivedAt",
                table: "ingest_packets",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ingest_readings_Cn_DataTime",
                table: "ingest_readings",
                columns: new[] { "Cn", "DataTime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ingest_packets");

            migrationBuilder.DropTable(
                name: "ingest_readings");

            migrationBuilder.DropTable(
                name: "ingest_unknown_devices");
        }
    }
}
