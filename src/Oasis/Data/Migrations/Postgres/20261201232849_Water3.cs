using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oasis.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Water3 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "QualityControl",
                table: "water_samples",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "QualityControl",
                table: "water_samples");
        }
    }
}
