using System.Text;
using Oasis.Standards.Air;

namespace Oasis.Cli.Air;

/// <summary>Writes <c>oasis air annual</c>: one row per station and calendar year with input, then the city's years.</summary>
internal static class AnnualReport
{
    public const string Header =
        "station,year,valid_days,valid,SO2,NO2,PM10,PM2.5,SO2_P98,NO2_P98,PM10_P95,PM2.5_P95,CO_P95,O3_8h_P90,good_days,good_ratio,heavy_days,heavy_ratio,composite_index";

    public static void Write(TextWriter output, IReadOnlyList<SeriesDays> stations, SeriesDays city, EditionChoice choice, int? year, bool dustDeducted)
    {
        output.Write(Header);
        output.Write('\n');
        foreach (var series in (IEnumerable<SeriesDays>)[.. stations, city])
        {
            foreach (var y in YearsOf(series, year))
            {
                var (from, count) = Slice(series, y);
                var days = series.Days.AsSpan(from, count);
                var edition = EditionSelector.For(new DateOnly(y, 12, 31), choice);
                var s = PeriodEvaluation.Evaluate(days, edition, dustDeducted: dustDeducted);
                var line = new StringBuilder(192)
                    .Append(CsvLine.Escape(series.Name)).Append(',')
                    .Append(AirFormat.Integer(y)).Append(',')
                    .Append(AirFormat.Integer(s.ValidDays)).Append(',')
                    .Append(s.MeetsAnnualValidity ? "true" : "false").Append(',')
                    .Append(AirFormat.Concentration(Pollutant.So2, s.So2.Mean)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.No2, s.No2.Mean)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.Pm10, s.Pm10.Mean)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.Pm25, s.Pm25.Mean)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.So2, s.So2.Percentile)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.No2, s.No2.Percentile)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.Pm10, s.Pm10.Percentile)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.Pm25, s.Pm25.Percentile)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.Co, s.Co.Percentile)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.O3, s.O3.Percentile)).Append(',')
                    .Append(AirFormat.Integer(s.GoodDays)).Append(',')
                    .Append(AirFormat.Ratio(s.GoodRatio)).Append(',')
                    .Append(AirFormat.Integer(s.HeavyDays)).Append(',')
                    .Append(AirFormat.Ratio(s.HeavyRatio)).Append(',')
                    .Append(AirFormat.Index(s.CompositeIndex))
                    .Append('\n');
                output.Write(line);
            }
        }
    }

    // The calendar years in which the series has input rows (or only the requested one, if it has rows then).
    private static SortedSet<int> YearsOf(SeriesDays series, int? year)
    {
        var years = new SortedSet<int>();
        for (var i = 0; i < series.Days.Length; i++)
        {
            if (series.Present[i] && (year is null || series.Days[i].Date.Year == year))
            {
                years.Add(series.Days[i].Date.Year);
            }
        }

        return years;
    }

    private static (int From, int Count) Slice(SeriesDays series, int year)
    {
        var from = Math.Max(0, new DateOnly(year, 1, 1).DayNumber - series.FirstDay.DayNumber);
        var to = Math.Min(series.Days.Length, new DateOnly(year + 1, 1, 1).DayNumber - series.FirstDay.DayNumber);
        return (from, to - from);
    }
}
