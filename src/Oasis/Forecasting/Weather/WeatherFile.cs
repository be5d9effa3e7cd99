using System.Globalization;
using nietras.SeparatedValues;
using Oasis.Forecast;
using Oasis.Platform.Errors;

namespace Oasis.Forecasting.Weather;

/// <summary>
/// Reads a weather file (CSV, UTF-8, header row; docs/forecast-api.md): <c>time</c> (<c>yyyy-MM-dd HH:mm</c>, Beijing
/// time, start of the hour) or <c>date</c> + <c>hour</c>; <c>temperature</c> °C, <c>humidity</c> % and/or
/// <c>dewPoint</c> °C, <c>pressure</c> hPa, <c>windSpeed</c> m/s, <c>windDirection</c> (degrees, or N … NNW, empty or C
/// for calm), optional <c>precipitation</c> mm and <c>boundaryLayerHeight</c> m. Every row is checked; one bad row and
/// nothing is imported.
/// </summary>
internal static class WeatherFile
{
    public static readonly string[] Columns =
        ["time", "date", "hour", "temperature", "humidity", "dewPoint", "pressure", "windSpeed", "windDirection", "precipitation", "boundaryLayerHeight"];

    private static readonly string[] Required = ["temperature", "pressure", "windSpeed"];

    public static List<WeatherHour> Read(Stream stream, string fileName)
    {
        if (!fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            throw OasisProblemException.Validation("file", "Forecast.Weather.FileType", fileName);
        }

        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(stream);
        var names = reader.Header.ColNames.Select(n => n.Trim().TrimStart('\uFEFF')).ToList();
        CheckHeader(names);
        var errors = new List<FieldError>();
        var hours = new List<WeatherHour>();
        var seen = new Dictionary<DateTime, int>();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount != names.Count)
            {
                errors.Add(new FieldError(line, "*", "Forecast.Weather.FieldCount", row.ColCount, names.Count));
                continue;
            }

            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                cells[names[i]] = row[i].ToString().Trim();
            }

            var hour = Parse(line, cells, errors);
            if (hour is null)
            {
                continue;
            }

            if (seen.TryGetValue(hour.HourUtc, out var first))
            {
                errors.Add(new FieldError(line, "time", "Forecast.Weather.Duplicate", Beijing(hour.HourUtc), first));
                continue;
            }

            seen[hour.HourUtc] = line;
            hours.Add(hour);
        }

        if (errors.Count == 0 && hours.Count == 0)
        {
            errors.Add(new FieldError(null, "file", "Forecast.Weather.Empty"));
        }

        return errors.Count > 0 ? throw OasisProblemException.ImportFailed(errors) : hours;
    }

    private static void CheckHeader(List<string> names)
    {
        var errors = new List<FieldError>();
        foreach (var unknown in names.Where(n => !Columns.Contains(n)))
        {
            errors.Add(new FieldError(1, unknown, "Forecast.Weather.UnknownColumn", unknown, string.Join(", ", Columns)));
        }

        var missing = Required.Where(r => !names.Contains(r)).ToList();
        if (!names.Contains("time") && !(names.Contains("date") && names.Contains("hour")))
        {
            missing.Insert(0, "time");
        }

        if (!names.Contains("humidity") && !names.Contains("dewPoint"))
        {
            missing.Add("humidity|dewPoint");
        }

        errors.AddRange(missing.Select(m => new FieldError(1, m, "Forecast.Weather.MissingColumn", m)));
        if (errors.Count > 0)
        {
            throw OasisProblemException.ImportFailed(errors);
        }
    }

    private static WeatherHour? Parse(int line, Dictionary<string, string> cells, List<FieldError> errors)
    {
        var count = errors.Count;
        var time = Time(line, cells, errors);
        var temperature = Number(line, cells, "temperature", -70, 60, required: true, errors);
        var humidity = Number(line, cells, "humidity", 0, 100, required: false, errors);
        var dewPoint = Number(line, cells, "dewPoint", -90, 60, required: false, errors);
        var pressure = Number(line, cells, "pressure", 400, 1100, required: true, errors);
        var windSpeed = Number(line, cells, "windSpeed", 0, 75, required: true, errors);
        var precipitation = Number(line, cells, "precipitation", 0, 500, required: false, errors);
        var layer = Number(line, cells, "boundaryLayerHeight", 0, 10000, required: false, errors);
        var direction = Direction(line, cells, errors);
        if (humidity is null && dewPoint is null && errors.Count == count)
        {
            errors.Add(new FieldError(line, "humidity", "Forecast.Weather.HumidityOrDewPoint"));
        }

        if (errors.Count > count)
        {
            return null;
        }

        return new WeatherHour
        {
            HourUtc = time!.Value,
            Temperature = temperature!.Value,
            Humidity = humidity,
            DewPoint = dewPoint ?? DewPointOf(temperature.Value, humidity!.Value),
            Pressure = pressure!.Value,
            WindSpeed = windSpeed!.Value,
            WindFrom = windSpeed.Value == 0 ? null : direction,
            Precipitation = precipitation,
            BoundaryLayerHeight = layer,
        };
    }

    /// <summary>Dew point (°C) from temperature and relative humidity: the Magnus formula the engine uses, inverted.</summary>
    public static double DewPointOf(double temperature, double humidity)
    {
        var gamma = Math.Log(Math.Max(humidity, 0.1) / 100) + (17.625 * temperature / (243.04 + temperature));
        return 243.04 * gamma / (17.625 - gamma);
    }

    private static DateTime? Time(int line, Dictionary<string, string> cells, List<FieldError> errors)
    {
        string text;
        if (cells.TryGetValue("time", out var t) && t.Length > 0)
        {
            text = t;
        }
        else if (cells.TryGetValue("date", out var d) && cells.TryGetValue("hour", out var h) && int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out var hh) && hh is >= 0 and <= 23)
        {
            text = $"{d} {hh:D2}:00";
        }
        else
        {
            errors.Add(new FieldError(line, cells.ContainsKey("time") ? "time" : "hour", "Forecast.Weather.Time", cells.GetValueOrDefault("time") ?? $"{cells.GetValueOrDefault("date")} {cells.GetValueOrDefault("hour")}"));
            return null;
        }

        if (!DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) || local.Minute != 0)
        {
            errors.Add(new FieldError(line, "time", "Forecast.Weather.Time", text));
            return null;
        }

        return DateTime.SpecifyKind(local.AddHours(-8), DateTimeKind.Utc);
    }

    private static double? Number(int line, Dictionary<string, string> cells, string field, double min, double max, bool required, List<FieldError> errors)
    {
        if (!cells.TryGetValue(field, out var text) || text.Length == 0)
        {
            if (required)
            {
                errors.Add(new FieldError(line, field, "Validation.Required"));
            }

            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            errors.Add(new FieldError(line, field, "Forecast.Weather.Number", text));
            return null;
        }

        if (value < min || value > max)
        {
            errors.Add(new FieldError(line, field, "Validation.Range", min, max));
            return null;
        }

        return value;
    }

    private static double? Direction(int line, Dictionary<string, string> cells, List<FieldError> errors)
    {
        var text = cells.GetValueOrDefault("windDirection") ?? string.Empty;
        if (text.Length == 0 || text is "C" or "CV")
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var degrees) && degrees is >= 0 and <= 360)
        {
            return degrees % 360;
        }

        var compass = WeatherSeries.CompassDegrees(text.ToUpperInvariant());
        if (!double.IsNaN(compass))
        {
            return compass;
        }

        errors.Add(new FieldError(line, "windDirection", "Forecast.Weather.Direction", text));
        return null;
    }

    internal static string Beijing(DateTime utc) => Oasis.Platform.Time.BeijingTime.FromUtc(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
