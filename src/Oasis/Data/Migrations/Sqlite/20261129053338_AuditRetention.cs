using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oasis.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Audit records stay at least 180 days (等保 2.0): deletion is refused for anything younger,
            // whatever Oasis:Audit:RetentionDays says. EF stores times as 'yyyy-MM-dd HH:mm:ss.fffffff' (UTC),
            // which compares correctly with strftime's text.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_no_delete;");
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_no_delete BEFORE DELETE ON platform_audit WHEN old.\"At\" >= strftime('%Y-%m-%d %H:%M:%S', 'now', '-180 days') BEGIN SELECT RAISE(ABORT, 'audit records are append-only and kept at least 180 days'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_no_delete;");
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_no_delete BEFORE DELETE ON platform_audit BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;");
        }
    }
}
