using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Oasis.Hj212.Simulation;

namespace Oasis.Cli.Hj212;

/// <summary>
/// <c>simulate --register</c>: logs in to the Oasis API and registers each simulated MN as a device of
/// the given station (or leaves it alone when it exists), so that its data are not quarantined.
/// </summary>
internal static class DeviceRegistration
{
    public static async Task<(int Created, int Existing)> RegisterAsync(HttpClient api, string user, string password, string station,
        SimulationSettings settings, CancellationToken ct)
    {
        var login = await api.PostAsJsonAsync("/api/auth/login", new { username = user, password }, ct).ConfigureAwait(false);
        if (!login.IsSuccessStatusCode)
        {
            throw new IOException($"login as {user} failed: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync(ct).ConfigureAwait(false)}");
        }

        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(ct).ConfigureAwait(false)).GetProperty("accessToken").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var (systemCode, factors) = settings.Kind switch
        {
            DeviceKind.Air => ("22", new[] { "a34004", "a34002", "a21026", "a21004", "a21005", "a05024" }),
            DeviceKind.Water => ("21", new[] { "w01001", "w01009", "w01019", "w21003", "w21011", "w21001" }),
            _ => ("31", new[] { "a21026", "a21002", "a34013", "a19001", "a00000" }),
        };
        int created = 0, existing = 0;
        for (var i = 0; i < settings.Devices; i++)
        {
            var response = await api.PostAsJsonAsync("/api/devices", new
            {
                mn = settings.MnOf(i),
                password = settings.Password,
                systemCode,
                protocol = "2017",
                realtimeIntervalSeconds = Math.Max(1, (int)settings.Interval.TotalSeconds),
                minuteIntervalMinutes = 10,
                stationCode = station,
                factors = factors.Select(f => new { code = f, unit = f == "a21005" ? "mg/m³" : settings.Kind == DeviceKind.Air ? "µg/m³" : "mg/L" }),
            }, ct).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                existing++;
            }
            else if (response.IsSuccessStatusCode)
            {
                created++;
            }
            else
            {
                throw new IOException($"registering {settings.MnOf(i)} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false)}");
            }
        }

        return (created, existing);
    }
}
