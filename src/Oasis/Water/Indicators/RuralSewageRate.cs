using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Water.Indicators;

/// <summary>
/// The rural domestic sewage treatment rate (农村生活污水治理率) of a year, a table 2-1 indicator that no monitoring data
/// give: entered by the bureau with its evidence (the document it comes from), and audited like every registry record.
/// </summary>
internal sealed class RuralSewageRate
{
    public int Id { get; set; }

    public int Year { get; set; }

    /// <summary>Per cent, 0–100.</summary>
    public double Rate { get; set; }

    /// <summary>The evidence: the document the figure comes from (title, issuer, number, date).</summary>
    public required string Source { get; set; }

    public string? Note { get; set; }
}

internal sealed class RuralSewageRateConfiguration : IEntityTypeConfiguration<RuralSewageRate>
{
    public void Configure(EntityTypeBuilder<RuralSewageRate> builder)
    {
        builder.ToTable("water_rural_sewage_rates");
        builder.Property(r => r.Source).HasMaxLength(500);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.HasIndex(r => r.Year).IsUnique();
    }
}

/// <summary>A row of <c>/api/rural-sewage-rates</c>: import/export columns are these fields (docs/water-api.md).</summary>
internal sealed record RuralSewageRateDto(int Year, double Rate, string Source, string? Note);

/// <summary>The entered rates, one per year, keyed by the year: a city figure every staff member reads.</summary>
internal sealed class RuralSewageRateRegistry : IRegistry<RuralSewageRate, RuralSewageRateDto>
{
    public string Name => "rural-sewage-rates";

    public string Label => "Entity.RuralSewageRate";

    public string KeyField => "year";

    public IQueryable<RuralSewageRate> Query(OasisDb db) => db.RuralSewageRates().OrderBy(r => r.Year);

    public IQueryable<RuralSewageRate> WhereKey(IQueryable<RuralSewageRate> query, string key) =>
        int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? query.Where(r => r.Year == year)
            : query.Where(_ => false);

    public IQueryable<RuralSewageRate> Visible(OasisDb db, IQueryable<RuralSewageRate> query, DataScope scope) => query;

    public string KeyOf(RuralSewageRateDto dto) => dto.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // A city figure: only a city-wide caller enters or changes it.
    public bool InScope(RuralSewageRateDto dto, DataScope scope) => scope.CityWide;

    public Task<IReadOnlyList<RuralSewageRateDto>> ToDtosAsync(OasisDb db, IReadOnlyList<RuralSewageRate> entities, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<RuralSewageRateDto>>([.. entities.Select(r => new RuralSewageRateDto(r.Year, r.Rate, r.Source, r.Note))]);

    public RuralSewageRate Create(RuralSewageRateDto dto)
    {
        var rate = new RuralSewageRate { Year = dto.Year, Source = dto.Source };
        Apply(dto, rate);
        return rate;
    }

    public void Apply(RuralSewageRateDto dto, RuralSewageRate entity)
    {
        entity.Rate = dto.Rate;
        entity.Source = dto.Source.Trim();
        entity.Note = string.IsNullOrWhiteSpace(dto.Note) ? null : dto.Note;
    }

    public Task ValidateAsync(OasisDb db, RuralSewageRateDto dto, int? row, ICollection<FieldError> errors, CancellationToken ct)
    {
        new Checks(errors, row).Range(dto.Year, "year", 2000, 2100).Range(dto.Rate, "rate", 0, 100)
            .Required(dto.Source, "source", 500).Optional(dto.Note, "note", 500);
        return Task.CompletedTask;
    }
}
