using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Platform.Users;

internal sealed class OasisUserConfiguration : IEntityTypeConfiguration<OasisUser>
{
    public void Configure(EntityTypeBuilder<OasisUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.OrganisationCode).HasMaxLength(50);
        builder.Property(u => u.EnterpriseCode).HasMaxLength(18);
    }
}

internal sealed class UserScopeConfiguration : IEntityTypeConfiguration<UserScope>
{
    public void Configure(EntityTypeBuilder<UserScope> builder)
    {
        builder.ToTable("platform_user_scopes");
        builder.Property(s => s.NodeCode).HasMaxLength(50);
        builder.HasIndex(s => new { s.UserId, s.NodeCode }).IsUnique();
        builder.HasOne<OasisUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
