using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oasis.Data;
using Oasis.Hj212;

namespace Oasis.Tests.Ingest;

/// <summary>The device server's rules, each over a real socket into the real host and database.</summary>
public sealed class DeviceServerTests(IngestFactory ingest) : IClassFixture<IngestFactory>
{
    private static readonly DateTime Hour = new(2026, 11, 28, 10, 0, 0);

    private static Hj212Message Hourly(DeviceIdentity device, string qn, double pm25, DateTime? hour = null) =>
        Hj212Commands.DataUpload(device, qn, 2061, hour ?? Hour,
            [FactorSample.Single("a34004", FieldKind.Avg, pm25), FactorSample.Single("a34002", FieldKind.Avg, pm25 * 1.6)]);

    private async Task<OasisDb> DbAsync(AsyncServiceScope scope) => await Task.FromResult(scope.ServiceProvider.GetRequiredService<OasisDb>());

    private async Task RegisterAsync(string mn, string password)
    {
        var admin = await ingest.Host.UserAsync("demo.admin");
        var response = await admin.PostAsJsonAsync("/api/devices", new
        {
            mn,
            password,
            systemCode = "22",
            protocol = "2017",
            realtimeIntervalSeconds = 30,
            minuteIntervalMinutes = 10,
            stationCode = "CJ-A01",
            factors = new[] { new { code = "a34004", unit = "µg/m³", min = 0, max = 1000 } },
        }, TestApi.Ct);
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_registered_device_with_the_right_password_is_stored_and_answered_with_9014()
    {
        await RegisterAsync("TESTMN0000000000000000A1", "pw-A1");
        await using var device = await Hj212Client.ConnectAsync(ingest.Host);
        var identity = new DeviceIdentity("TESTMN0000000000000000A1", "pw-A1", "22");

        await device.SendAsync(Hourly(identity, "20261128100000001", 35));

        var answer = await device.WaitForAnswerAsync(a => a.Contains("CN=9014", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("QN=20261128100000001;ST=91;CN=9014;PW=pw-A1;MN=TESTMN0000000000000000A1;Flag=4;CP=&&&&", answer, StringComparison.Ordinal);
        var monitor = await ingest.Host.UserAsync("demo.monitor");
        var activity = await monitor.GetFromJsonAsync<JsonElement[]>("/api/ingest/devices", TestApi.Ct);
        var mine = Assert.Single(activity!, d => d.Str("mn") == "TESTMN0000000000000000A1");
        Assert.True(mine.GetProperty("registered").GetBoolean());
        Assert.Equal(1, mine.GetProperty("packets").GetInt64());
        Assert.EndsWith("+08:00", mine.Str("lastReceived"), StringComparison.Ordinal);
        await using var scope = ingest.Host.Services.CreateAsyncScope();
        var db = await DbAsync(scope);
        var reading = await db.Readings.SingleAsync(r => r.Mn == "TESTMN0000000000000000A1" && r.Factor == "a34004", TestApi.Ct);
        Assert.Equal(35, reading.Value);
        Assert.Equal("N", reading.Flag);
        Assert.False(reading.Quarantined);
        Assert.Equal(new DateTime(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc), reading.DataTime);
    }

    [Fact]
    public async Task A_wrong_password_of_a_registered_mn_is_refused_as_auth_and_gets_no_answer()
    {
        await RegisterAsync("TESTMN0000000000000000A2", "pw-A2");
        var before = ingest.Stats.Rejected.Auth;
        await using var device = await Hj212Client.ConnectAsync(ingest.Host);

        await device.SendAsync(Hourly(new DeviceIdentity("TESTMN0000000000000000A2", "wrong", "22"), "20261128100000002", 40));
        await device.SendAsync(Hj212Commands.Heartbeat(new DeviceIdentity("TESTMN0000000000000000A2", "pw-A2", "22")));
        await Task.Delay(1000, TestApi.Ct);

        Assert.Equal(before + 1, ingest.Stats.Rejected.Auth);
        Assert.DoesNotContain(device.Answers, a => a.Contains("QN=20261128100000002", StringComparison.Ordinal));
        await using var scope = ingest.Host.Services.CreateAsyncScope();
        Assert.False(await (await DbAsync(scope)).Readings.AnyAsync(r => r.Mn == "TESTMN0000000000000000A2", TestApi.Ct));
    }

    [Fact]
    public async Task A_resent_packet_is_answered_stored_once_and_counted_a_duplicate_and_other_values_a_conflict()
    {
        await RegisterAsync("TESTMN0000000000000000A3", "pw-A3");
        var identity = new DeviceIdentity("TESTMN0000000000000000A3", "pw-A3", "22");
        var before = ingest.Stats;
        await using var device = await Hj212Client.ConnectAsync(ingest.Host);

        await device.SendAsync(Hourly(identity, "20261128100000003", 50));
        await device.WaitForAnswerAsync(a => a.Contains("QN=20261128100000003", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        await device.SendAsync(Hourly(identity, "20261128100000004", 50));
        await device.WaitForAnswerAsync(a => a.Contains("QN=20261128100000004", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        await device.SendAsync(Hourly(identity, "20261128100000005", 99));
        await device.WaitForAnswerAsync(a => a.Contains("QN=20261128100000005", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        Assert.Equal(before.Duplicates + 2, ingest.Stats.Duplicates);
        Assert.Equal(before.Conflicts + 1, ingest.Stats.Conflicts);
        await using var scope = ingest.Host.Services.CreateAsyncScope();
        var db = await DbAsync(scope);
        var value = await db.Readings.Where(r => r.Mn == identity.Mn && r.Factor == "a34004").Select(r => r.Value).SingleAsync(TestApi.Ct);
        Assert.Equal(50, value); // the first write wins
        Assert.Equal(3, await db.RawPackets.CountAsync(p => p.Mn == identity.Mn && p.Cn == "2061", TestApi.Ct)); // every packet kept raw
    }

    [Fact]
    public async Task An_unregistered_mn_is_quarantined_and_answered_and_registering_it_promotes_its_data()
    {
        var identity = new DeviceIdentity("TESTMN0000000000000000Q1", "any", "22");
        await using var device = await Hj212Client.ConnectAsync(ingest.Host);
        await device.SendAsync(Hourly(identity, "20261128100000006", 61));
        await device.WaitForAnswerAsync(a => a.Contains("QN=20261128100000006", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        var monitor = await ingest.Host.UserAsync("demo.monitor");
        var unknown = await monitor.GetFromJsonAsync<JsonElement[]>("/api/ingest/unknown-devices", TestApi.Ct);
        Assert.Contains(unknown!, u => u.Str("mn") == identity.Mn && u.GetProperty("packets").GetInt64() == 1);
        await using (var scope = ingest.Host.Services.CreateAsyncScope())
        {
            Assert.True(await (await DbAsync(scope)).Readings.Where(r => r.Mn == identity.Mn).AllAsync(r => r.Quarantined, TestApi.Ct));
        }

        await RegisterAsync(identity.Mn, "any");

        await using (var scope = ingest.Host.Services.CreateAsyncScope())
        {
            var db = await DbAsync(scope);
            Assert.Equal(2, await db.Readings.CountAsync(r => r.Mn == identity.Mn && !r.Quarantined, TestApi.Ct));
            Assert.False(await db.UnknownDevices.AnyAsync(u => u.Mn == identity.Mn, TestApi.Ct));
        }
    }

    [Fact]
    public async Task A_time_calibration_request_gets_9013_then_1012_with_the_platform_time()
    {
        var identity = new DeviceIdentity("TESTMN0000000000000000T1", "pw", "22");
        await using var device = await Hj212Client.ConnectAsync(ingest.Host);

        await device.SendAsync(Hj212Commands.TimeCalibrationRequest(identity, "20261128100000007"));

        var notice = await device.WaitForAnswerAsync(a => a.Contains("CN=9013", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Contains("QN=20261128100000007", notice, StringComparison.Ordinal);
        var setTime = await device.WaitForAnswerAsync(a => a.Contains("CN=1012", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var decoded = Hj212Packet.TryDecode(System.Text.Encoding.ASCII.GetBytes(setTime + "\r\n"), out var reason);
        Assert.Equal(RejectReason.None, reason);
        var systemTime = DateTime.ParseExact(decoded!.Get("SystemTime")!, "yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange((DateTime.UtcNow.AddHours(8) - systemTime).Duration(), TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Garbage_on_a_connection_is_counted_and_the_same_connection_keeps_working()
    {
        var identity = new DeviceIdentity("TESTMN0000000000000000G1", "pw", "22");
        var before = ingest.Stats;
        await using var device = await Hj212Client.ConnectAsync(ingest.Host);

        await device.SendAsync("hello\r\n##0010abc\r\n\0\0\0\r\n"u8.ToArray());
        await device.SendAsync(Hourly(identity, "20261128100000008", 12));

        await device.WaitForAnswerAsync(a => a.Contains("QN=20261128100000008", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var after = ingest.Stats;
        Assert.Equal(before.Received + 4, after.Received);
        Assert.Equal(before.Accepted + 1, after.Accepted);
    }

    [Fact]
    public async Task A_2005_dialect_packet_without_a_flag_is_stored_and_gets_no_answer()
    {
        var segment = "ST=32;CN=2011;PW=123456;MN=88888880000001;CP=&&DataTime=20261128100000;011-Rtd=25.1,011-Flag=N&&";
        await using var device = await Hj212Client.ConnectAsync(ingest.Host);
        var before = ingest.Stats.Accepted;

        await device.SendAsync(Hj212Encoder.Frame(segment));
        // A 2017 packet behind it on the same connection is answered: by then the 2005 one has been handled.
        var identity = new DeviceIdentity("88888880000001", "123456", "32");
        await device.SendAsync(Hourly(identity, "20261128100000099", 5));
        await device.WaitForAnswerAsync(a => a.Contains("QN=20261128100000099", StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        Assert.Single(device.Answers);
        Assert.Equal(before + 2, ingest.Stats.Accepted);
        await using var scope = ingest.Host.Services.CreateAsyncScope();
        var db = await DbAsync(scope);
        Assert.True(await db.Readings.AnyAsync(r => r.Mn == "88888880000001" && r.Cn == "2011" && r.Factor == "011", TestApi.Ct));
    }
}
