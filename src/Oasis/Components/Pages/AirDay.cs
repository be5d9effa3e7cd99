using Oasis.Air;
using Oasis.Standards.Air;

namespace Oasis.Components.Pages;

/// <summary>One rated day as the air page shows it: the values of a <c>GET /api/air/daily</c> row, with its category.</summary>
public sealed record AirDay(DateOnly Date, int? Aqi, AirQualityCategory? Category, string[] Primary, decimal?[] Values)
{
    /// <summary>The days that had any hour, in date order (the rows <c>GET /api/air/daily</c> returns).</summary>
    internal static List<AirDay> Of(RatedDays rated)
    {
        var days = new List<AirDay>();
        for (var i = 0; i < rated.Days.Length; i++)
        {
            if (!rated.Present[i])
            {
                continue;
            }

            var dto = AirDailyDto.Of(rated.Name, rated.Days[i], Oasis.Air.Dust.DustBasis.Included);
            days.Add(new AirDay(dto.Date, dto.Aqi, rated.Days[i].Aqi.Category, dto.Primary, [dto.Pm25, dto.Pm10, dto.So2, dto.No2, dto.Co, dto.O3_8h]));
        }

        return days;
    }
}
