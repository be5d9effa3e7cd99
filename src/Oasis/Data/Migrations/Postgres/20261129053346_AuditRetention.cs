using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oasis.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuditRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Audit records stay at least 180 days (等保 2.0): deletion is refused for anything younger,
            // whatever Oasis:Audit:RetentionDays says; updates and TRUNCATE stay refused.
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_no_change ON platform_audit;");
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_no_update BEFORE UPDATE ON platform_audit FOR EACH ROW EXECUTE FUNCTION platform_audit_append_only();");
            migrationBuilder.Sql("CREATE FUNCTION platform_audit_retention() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.\"At\" >= now() - interval '180 days' THEN RAISE EXCEPTION 'audit records are append-only and kept at least 180 days'; END IF; RETURN OLD; END; $$;");
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_no_delete BEFORE DELETE ON platform_audit FOR EACH ROW EXECUTE FUNCTION platform_audit_retention();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_no_delete ON platform_audit;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS platform_audit_retention();");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS platform_audit_no_update ON platform_audit;");
            migrationBuilder.Sql("CREATE TRIGGER platform_audit_no_change BEFORE UPDATE OR DELETE ON platform_audit FOR EACH ROW EXECUTE FUNCTION platform_audit_append_only();");
        }
    }
}
