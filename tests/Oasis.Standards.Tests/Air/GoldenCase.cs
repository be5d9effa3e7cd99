using System.Globalization;
using Oasis.Standards.Air;

namespace Oasis.Standards.Tests.Air;

/// <summary>One case of Golden/station-days.txt (format described at the top of that file).</summary>
internal sealed record GoldenCase(string Id, AirStandardEdition Edition, double[][] Hours, Dictionary<string, string> Expected, string? RealTimeAqi)
{
    private static readonly string[] PollutantKeys = ["PM2.5", "PM10", "SO2", "NO2", "CO", "O3"];
    private static readonly double[] BaseDay = [20, 40, 10, 20, 0.5, 60];
    private static readonly Lazy<List<GoldenCase>> Cases = new(Parse);

    public static List<GoldenCase> Load() => Cases.Value;

    private static List<GoldenCase> Parse()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Air", "Golden", "station-days.txt");
        var cases = new List<GoldenCase>();
        Builder? current = null;
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw[0] == '#' || char.IsWhiteSpace(raw[0]))
            {
                continue;
            }

            var colon = raw.IndexOf(':', StringComparison.Ordinal);
            var key = raw[..colon];
            var value = raw[(colon + 1)..].Trim();
            switch (key)
            {
                case "case":
                    if (current is not null)
                    {
                        cases.Add(current.Build());
                    }

                    current = new Builder(value.Split(' ')[0]);
                    break;
                case "edition":
                    current!.Edition = value == "2012" ? AirStandardEdition.Hj633_2012 : AirStandardEdition.Hj633_2026;
                    break;
                case "expect":
                    foreach (var pair in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var eq = pair.IndexOf('=', StringComparison.Ordinal);
                        current!.Expected[pair[..eq]] = pair[(eq + 1)..];
                    }

                    break;
                case "realtime23":
                    current!.RealTimeAqi = value["AQI=".Length..];
                    break;
                case "arithmetic":
                    break;
                default:
                    current!.Hours[Array.IndexOf(PollutantKeys, key)] = ParseHours(value);
                    break;
            }
        }

        cases.Add(current!.Build());
        return cases;
    }

    private static double[] ParseHours(string spec)
    {
        var hours = new List<double>();
        foreach (var token in spec.Split(','))
        {
            var star = token.IndexOf('*', StringComparison.Ordinal);
            var text = star < 0 ? token : token[..star];
            var count = star < 0 ? 1 : int.Parse(token[(star + 1)..], CultureInfo.InvariantCulture);
            var v = text == "-" ? double.NaN : double.Parse(text, CultureInfo.InvariantCulture);
            hours.AddRange(Enumerable.Repeat(v, count));
        }

        return hours.Count == 24 ? [.. hours] : throw new InvalidDataException($"'{spec}' is not 24 hours");
    }

    private sealed class Builder(string id)
    {
        public AirStandardEdition Edition { get; set; }

        public double[]?[] Hours { get; } = new double[]?[6];

        public Dictionary<string, string> Expected { get; } = [];

        public string? RealTimeAqi { get; set; }

        public GoldenCase Build() =>
            new(id, Edition, [.. Hours.Select((h, i) => h ?? Enumerable.Repeat(BaseDay[i], 24).ToArray())], Expected, RealTimeAqi);
    }
}
