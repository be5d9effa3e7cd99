using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;

namespace Oasis.Tests;

/// <summary>The built host started as its own process, as an operator starts it: the bootstrap <c>admin</c> and its password rules.</summary>
public sealed class BootstrapTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_weak_bootstrap_password_stops_start_up_with_a_message_in_chinese_and_english()
    {
        var data = NewDataDirectory();
        using var host = HostProcess.Start(data, "http://127.0.0.1:0", "weak");

        var exited = await host.WaitForExitAsync(StartTimeout);
        DeleteQuietly(data);

        Assert.True(exited, "the host kept running with a weak bootstrap password\n" + host.Output);
        Assert.NotEqual(0, host.ExitCode);
        Assert.Contains("Oasis:Bootstrap:AdminPassword", host.Errors, StringComparison.Ordinal);
        Assert.Contains("不符合密码规则", host.Errors, StringComparison.Ordinal);
        Assert.Contains("does not meet the password rules", host.Errors, StringComparison.Ordinal);
        Assert.Contains("密码至少需要 8 个字符", host.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_demo_data_a_new_database_holds_only_admin_and_no_grids()
    {
        var data = NewDataDirectory();
        var port = FreePort();
        const string password = "Boot-Passw0rd!";
        using (var host = HostProcess.Start(data, $"http://127.0.0.1:{port}", password, $"--Hj212:Port={FreePort()}"))
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await host.WaitUntilHealthyAsync(client, StartTimeout);

            var login = await client.PostAsJsonAsync("/api/auth/login", new { username = "admin", password }, TestApi.Ct);
            var token = (await login.ReadAsync<JsonElement>()).Str("accessToken");
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            Assert.Empty(await client.ListAsync("/api/grids"));
            Assert.Empty(await client.ListAsync("/api/stations"));
            Assert.Empty(await client.ListAsync("/api/enterprises"));
            var demo = await client.PostAsJsonAsync("/api/auth/login", new { username = "demo.admin", password }, TestApi.Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, demo.StatusCode);
            Assert.Contains(Path.Combine(data, "oasis.db"), host.Output, StringComparison.Ordinal);
        }

        var file = new SqliteConnectionStringBuilder { DataSource = Path.Combine(data, "oasis.db"), Pooling = false }.ConnectionString;
        await using var db = new SqliteOasisDb(new DbContextOptionsBuilder<SqliteOasisDb>().UseSqlite(file).Options);
        Assert.Equal(["admin"], await db.Users.Select(u => u.UserName).ToListAsync(TestApi.Ct));
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select r.Name).ToListAsync(TestApi.Ct);
        Assert.Equal(["Admin"], roles);
        Assert.Equal(0, await db.Grids.CountAsync(TestApi.Ct));
        Assert.Equal(0, await db.Towns.CountAsync(TestApi.Ct));
        Assert.Equal(0, await db.Stations.CountAsync(TestApi.Ct));
        Assert.Equal(0, await db.Devices.CountAsync(TestApi.Ct));
        DeleteQuietly(data);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open; the temp directory is the OS's to clean
        }
    }

    private static string NewDataDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "oasis-tests", "boot-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static int FreePort() => HostProcess.FreePort();
}
