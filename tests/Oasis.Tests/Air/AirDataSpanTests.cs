using Oasis.Air;

namespace Oasis.Tests.Air;

/// <summary>The months and years the air pages offer reach back to the first imported day.</summary>
public sealed class AirDataSpanTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public void Without_data_the_page_offers_the_last_twelve_months_and_no_earlier_year()
    {
        var months = AirDataSpan.Months(Today, null);
        Assert.Equal(12, months.Count);
        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2026, 1, 1)), (months[0], months[^1]));
        Assert.Empty(AirDataSpan.EarlierYears(Today, null));
    }

    [Fact]
    public void Imported_history_from_2013_reaches_back_to_its_first_month_and_offers_each_year_before_last_year()
    {
        var span = (new DateOnly(2013, 3, 1), new DateOnly(2017, 2, 28));
        var months = AirDataSpan.Months(Today, span);
        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2013, 3, 1)), (months[0], months[^1]));
        Assert.Equal((12 * 13) + 10, months.Count); // March 2013 … December 2026
        Assert.Equal([2017, 2016, 2015, 2014, 2013], AirDataSpan.EarlierYears(Today, span));
    }

    [Fact]
    public void Data_of_this_year_and_last_add_no_earlier_year_and_data_ahead_of_today_extend_the_months()
    {
        Assert.Empty(AirDataSpan.EarlierYears(Today, (new DateOnly(2025, 1, 1), new DateOnly(2026, 11, 30))));
        Assert.Equal([2024], AirDataSpan.EarlierYears(Today, (new DateOnly(2024, 5, 1), new DateOnly(2026, 11, 30))));
        Assert.Equal(new DateOnly(2027, 1, 1), AirDataSpan.Months(Today, (new DateOnly(2026, 6, 1), new DateOnly(2027, 1, 3)))[0]);
    }
}
