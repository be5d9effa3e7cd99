using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oasis.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CommandCentre : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "command_alarm_rules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StationKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Pollutant = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreateWorkOrder = table.Column<bool>(type: "INTEGER", nullable: false),
                    Limit = table.Column<double>(type: "REAL", nullable: true),
                    AqiCategory = table.Column<int>(type: "INTEGER", nullable: true),
                    Hours = table.Column<int>(type: "INTEGER", nullable: true),
                    Absolute = table.Column<double>(type: "REAL", nullable: true),
                    Relative = table.Column<double>(type: "REAL", nullable: true),
                    Factor = table.Column<double>(type: "REAL", nullable: true),
                    RadiusKm = table.Column<double>(type: "REAL", nullable: true),
                    MinNeighbours = table.Column<int>(type: "INTEGER", nullable: true),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    Flags = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_command_alarm_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "command_alarms",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    StationCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    GridCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RuleCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RuleKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Pollutant = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClearedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IncidentId = table.Column<long>(type: "INTEGER", nullable: true),
                    WorkOrderId = table.Column<long>(type: "INTEGER", nullable: true),
                    Values = table.Column<string>(type: "TEXT", nullable: false),
                    Reference = table.Column<double>(type: "REAL", nullable: true),
                    LastReminderAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Escalated = table.Column<bool>(type: "INTEGER", nullable: false),
                    Suppressed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_command_alarms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "command_duty_shifts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Shift = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    From = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Until = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_command_duty_shifts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "command_handovers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OpenAlarms = table.Column<string>(type: "TEXT", nullable: false),
                    OverdueOrders = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_command_handovers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "command_incidents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    GridCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastReminderAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Escalated = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_command_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "command_notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    MessageKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Arguments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_command_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "command_work_orders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GridCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AlarmId = table.Column<long>(type: "INTEGER", nullable: true),
                    StationCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Deadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Assignees = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReportText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReportLatitude = table.Column<double>(type: "REAL", nullable: true),
                    ReportLongitude = table.Column<double>(type: "REAL", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OverdueNotified = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_command_work_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "command_alarm_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AlarmId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_command_alarm_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_command_alarm_changes_command_alarms_AlarmId",
                        column: x => x.AlarmId,
                        principalTable: "command_alarms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "command_work_order_photos",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkOrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TakenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TakenLatitude = table.Column<double>(type: "REAL", nullable: true),
                    TakenLongitude = table.Column<double>(type: "REAL", nullable: true),
                    UploadLatitude = table.Column<double>(type: "REAL", nullable: true),
                    UploadLongitude = table.Column<double>(type: "REAL", nullable: true),
                    FlagOld = table.Column<bool>(type: "INTEGER", nullable: false),
                    FlagFar = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reported = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_command_work_order_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_command_work_order_photos_command_work_orders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "command_work_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "command_work_order_steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkOrderId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_command_work_order_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_command_work_order_steps_command_work_orders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "command_work_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_command_alarm_changes_AlarmId",
                table: "command_alarm_changes",
                column: "AlarmId");

            migrationBuilder.CreateIndex(
                name: "IX_command_alarm_rules_Code",
                table: "command_alarm_rules",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_command_alarms_GridCode_RaisedAt",
                table: "command_alarms",
                columns: new[] { "GridCode", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_command_alarms_State_RaisedAt",
                table: "command_alarms",
                columns: new[] { "State", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_command_duty_shifts_Day_Shift_Post_UserName",
                table: "command_duty_shifts",
                columns: new[] { "Day", "Shift", "Post", "UserName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_command_duty_shifts_From_Until",
                table: "command_duty_shifts",
                columns: new[] { "From", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_command_handovers_At",
                table: "command_handovers",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_command_incidents_ClosedAt",
                table: "command_incidents",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_command_notifications_UserName_ReadAt_At",
                table: "command_notifications",
                columns: new[] { "UserName", "ReadAt", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_command_work_order_photos_Key",
                table: "command_work_order_photos",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_command_work_order_photos_WorkOrderId",
                table: "command_work_order_photos",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_command_work_order_steps_WorkOrderId",
                table: "command_work_order_steps",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_command_work_orders_AlarmId",
                table: "command_work_orders",
                column: "AlarmId");

            migrationBuilder.CreateIndex(
                name: "IX_command_work_orders_GridCode_CreatedAt",
                table: "command_work_orders",
                columns: new[] { "GridCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_command_work_orders_State_Deadline",
                table: "command_work_orders",
                columns: new[] { "State", "Deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "command_alarm_changes");

            migrationBuilder.DropTable(
                name: "command_alarm_rules");

            migrationBuilder.DropTable(
                name: "command_duty_shifts");

            migrationBuilder.DropTable(
                name: "command_handovers");

            migrationBuilder.DropTable(
                name: "command_incidents");

            migrationBuilder.DropTable(
                name: "command_notifications");

            migrationBuilder.DropTable(
                name: "command_work_order_photos");

            migrationBuilder.DropTable(
                name: "command_work_order_steps");

            migrationBuilder.DropTable(
                name: "command_alarms");

            migrationBuilder.DropTable(
                name: "command_work_orders");
        }
    }
}
