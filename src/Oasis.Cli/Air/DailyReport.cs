using System.Globalization;
using System.Text;
using Oasis.Standards.Air;

namespace Oasis.Cli.Air;

/// <summary>Writes <c>oasis air daily</c>: one row per station and day with input rows, then the city with <c>--city</c>.</summary>
internal static class DailyReport
{
    public const string Header = "station,date,PM2.5,PM10,SO2,NO2,CO,O3_8h,AQI,category,primary";

    public static void Write(TextWriter output, IReadOnlyList<SeriesDays> stations, SeriesDays? city)
    {
        output.Write(Header);
        output.Write('\n');
        var line = new StringBuilder(128);
        foreach (var series in city is null ? stations : [.. stations, city])
        {
            var name = CsvLine.Escape(series.Name);
            for (var i = 0; i < series.Days.Length; i++)
            {
                if (!series.Present[i])
                {
                    continue;
                }

                var day = series.Days[i];
                var c = day.Concentrations;
                line.Clear()
                    .Append(name).Append(',')
                    .Append(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.Pm25, c.Pm25)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.Pm10, c.Pm10)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.So2, c.So2)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.No2, c.No2)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.Co, c.Co)).Append(',')
                    .Append(AirFormat.Concentration(Pollutant.O3, c.O3Max8h)).Append(',')
                    .Append(day.Aqi.Aqi is int aqi ? AirFormat.Integer(aqi) : string.Empty).Append(',')
                    .Append(day.Aqi.Category?.NameZh ?? string.Empty).Append(',')
                    .Append(day.Aqi.PrimaryPollutants.JoinCodes(";"))
                    .Append('\n');
                output.Write(line);
            }
        }
    }
}
