namespace Oasis.Hj212.Simulation;

/// <summary>Plausible values with a daily cycle and noise, for devices without recorded data.</summary>
internal static class SyntheticSeries
{
    // (code, daily mean, daily amplitude, noise, decimals)
    private static readonly (string Code, double Mean, double Amplitude, double Noise, int Decimals)[] Air =
    [
        ("a34004", 45, 20, 8, 0), ("a34002", 80, 30, 12, 0), ("a21026", 8, 3, 2, 0),
        ("a21004", 35, 15, 6, 0), ("a21005", 0.8, 0.3, 0.1, 1), ("a05024", 70, -45, 10, 0),
    ];

    private static readonly (string Code, double Mean, double Amplitude, double Noise, int Decimals)[] Water =
    [
        ("w01001", 7.6, 0.3, 0.05, 2), ("w01009", 8.5, 1.5, 0.3, 2), ("w01019", 3.5, 0.5, 0.3, 2),
        ("w21003", 0.45, 0.1, 0.05, 3), ("w21011", 0.12, 0.03, 0.01, 3), ("w21001", 1.4, 0.2, 0.1, 2),
        ("w01010", 18, 3, 0.5, 1),
    ];

    // Flue-gas static pressure is legitimately negative (induced-draught fans).
    private static readonly (string Code, double Mean, double Amplitude, double Noise, int Decimals)[] Gas =
    [
        ("a21026", 25, 8, 4, 2), ("a21002", 45, 10, 6, 2), ("a34013", 6, 2, 1, 2), ("a19001", 9.5, 1, 0.3, 2),
        ("a00000", 120, 20, 5, 1), ("a01012", 55, 5, 1, 1), ("a01013", -0.35, 0.05, 0.02, 3), ("a01011", 12, 2, 0.5, 2),
    ];

    /// <summary>Wind speed (m/s) and direction (°, where the wind blows from) that air stations report after the pollutants.</summary>
    public const string WindSpeed = "a01007";

    public const string WindDirection = "a01008";

    // The demo city's wind (decision 0530): mostly from the north-west, as on the plain north of the Tianshan, sometimes
    // from the south-east (the mountain-valley breeze), otherwise from anywhere; light at night, strongest mid-afternoon.
    private const double Prevailing = 315;
    private const double Secondary = 135;
    private const double MaxSpeed = 12;

    public static IReadOnlyList<string> Codes(DeviceKind kind) =>
        [.. Table(kind).Select(r => r.Code), .. kind == DeviceKind.Air ? [WindSpeed, WindDirection] : Array.Empty<string>()];

    public static IReadOnlyList<KeyValuePair<string, double?>> Values(DeviceKind kind, DateTime time, Random random)
    {
        var phase = (time.Hour + (time.Minute / 60.0) - 14) / 24.0 * 2 * Math.PI;
        var table = Table(kind);
        var result = new KeyValuePair<string, double?>[table.Length + (kind == DeviceKind.Air ? 2 : 0)];
        for (var i = 0; i < table.Length; i++)
        {
            var (code, mean, amplitude, noise, decimals) = table[i];
            var v = mean + (amplitude * Math.Cos(phase)) + (noise * ((random.NextDouble() * 2) - 1));
            if (code != "a01013")
            {
                v = Math.Max(0, v);
            }

            result[i] = new(code, Math.Round(v, decimals));
        }

        if (kind == DeviceKind.Air)
        {
            var speed = Math.Clamp(2.5 + (1.5 * Math.Cos(phase)) + (1.5 * ((random.NextDouble() * 2) - 1)), 0, MaxSpeed);
            var pick = random.NextDouble();
            // Two uniforms summed: a spread of ±30° around the prevailing direction, denser near it.
            var spread = 30 * (random.NextDouble() + random.NextDouble() - 1);
            var from = pick < 0.55 ? Prevailing + spread : pick < 0.75 ? Secondary + spread : random.NextDouble() * 360;
            result[table.Length] = new(WindSpeed, Math.Round(speed, 1));
            result[table.Length + 1] = new(WindDirection, Math.Round(((from % 360) + 360) % 360) % 360);
        }

        return result;
    }

    private static (string Code, double Mean, double Amplitude, double Noise, int Decimals)[] Table(DeviceKind kind) => kind switch
    {
        DeviceKind.Air => Air,
        DeviceKind.Water => Water,
        _ => Gas,
    };
}
