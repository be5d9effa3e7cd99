using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Oasis.Tests;

/// <summary>
/// The audit log: one record per change with who, when, where, what, before and after; logins,
/// failures, lock-outs, role changes and unlocks; masked secrets; and nobody can alter a record.
/// </summary>
public sealed class AuditTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    /// <summary>A documentation address (TEST-NET-3) the requests of these tests come from.</summary>
    private static readonly IPAddress Caller = IPAddress.Parse("203.0.113.7");

    private static readonly string[] Callers =
    [
        "", "demo.admin", "demo.security", "demo.auditor", "demo.leader", "demo.operator", "demo.grid", "demo.monitor",
        "demo.enforcer", "demo.risk", "demo.enterprise",
    ];

    [Fact]
    public async Task Create_update_and_delete_each_leave_one_record_with_who_when_where_and_the_change()
    {
        var admin = await factory.LoginAsync("demo.admin", OasisFactory.DemoPassword, Caller);
        var started = DateTimeOffset.UtcNow.AddSeconds(-5);

        Assert.Equal(HttpStatusCode.Created,
            (await admin.PostAsJsonAsync("/api/towns", new { code = "AU-T1", name = "审计镇", kind = "town" }, TestApi.Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await admin.PutAsJsonAsync("/api/towns/AU-T1", new { code = "AU-T1", name = "审计街道", kind = "street" }, TestApi.Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/towns/AU-T1", TestApi.Ct)).StatusCode);

        var records = await AuditAsync("entity=AU-T1");
        Assert.Equal(["delete", "update", "create"], records.Select(r => r.Str("action")));
        foreach (var record in records)
        {
            Assert.Equal("demo.admin", record.Str("userName"));
            Assert.Equal("203.0.113.7", record.Str("remoteAddress"));
            Assert.Equal("Town", record.Str("entityType"));
            Assert.Equal("AU-T1", record.Str("entityKey"));
            var at = DateTimeOffset.Parse(record.Str("at"), CultureInfo.InvariantCulture);
            Assert.Equal(TimeSpan.FromHours(8), at.Offset);
            Assert.InRange(at, started, DateTimeOffset.UtcNow.AddSeconds(5));
        }

        var (delete, update, create) = (records[0], records[1], records[2]);
        Assert.Equal(JsonValueKind.Null, create.GetProperty("before").ValueKind);
        Assert.Equal("审计镇", Json(create, "after").Str("Name"));
        Assert.Equal(("审计镇", "town"), (Json(update, "before").Str("Name"), Json(update, "before").Str("Kind")));
        Assert.Equal(("审计街道", "street"), (Json(update, "after").Str("Name"), Json(update, "after").Str("Kind")));
        Assert.Equal("审计街道", Json(delete, "before").Str("Name"));
        Assert.Equal(JsonValueKind.Null, delete.GetProperty("after").ValueKind);
    }

    [Fact]
    public async Task Logins_and_failed_logins_are_recorded()
    {
        await factory.LoginAsync("demo.leader", OasisFactory.DemoPassword, Caller);
        var failed = await factory.ClientFrom(Caller).PostAsJsonAsync("/api/auth/login", new { username = "demo.risk", password = "Wrong-Passw0rd!" }, TestApi.Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);

        var logins = await AuditAsync("user=demo.leader&action=login");
        var failures = await AuditAsync("user=demo.risk&action=login-failed");

        Assert.NotEmpty(logins);
        Assert.Equal("demo.leader", logins[0].Str("entityKey"));
        var failure = Assert.Single(failures);
        Assert.Equal("password", Json(failure, "after").Str("reason"));
        Assert.Equal("203.0.113.7", failure.Str("remoteAddress"));
        Assert.Equal("203.0.113.7", logins[0].Str("remoteAddress"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_until_the_time_in_the_detail_and_unlock_is_recorded()
    {
        var security = await factory.UserAsync("demo.security");
        var user = Records.New("users", "lock.me");
        Assert.Equal(HttpStatusCode.Created, (await security.PostAsJsonAsync("/api/users", user, TestApi.Ct)).StatusCode);
        var anonymous = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await anonymous.PostAsJsonAsync("/api/auth/login", new { username = "lock.me", password = "Wrong-Passw0rd!" }, TestApi.Ct))
                .StatusCode);
        }

        var sixth = await anonymous.PostAsJsonAsync("/api/auth/login", new { username = "lock.me", password = "Test-Passw0rd!" }, TestApi.Ct);

        // The fifth failure is the one that locks, so it already answers 423.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), (HttpStatusCode)423], statuses);
        var problem = await sixth.ProblemAsync((HttpStatusCode)423, "urn:oasis:locked-out");
        var account = await security.GetFromJsonAsync<JsonElement>("/api/users/lock.me", TestApi.Ct);
        var until = DateTimeOffset.Parse(account.Str("lockedOutUntil"), CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromHours(8), until.Offset);
        Assert.InRange(until - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Contains(until.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(4, (await AuditAsync("user=lock.me&action=login-failed")).Length);
        Assert.NotEmpty(await AuditAsync("user=lock.me&action=lockout"));

        var unlock = await security.PostAsync("/api/users/lock.me/unlock", null, TestApi.Ct);

        Assert.Equal(HttpStatusCode.OK, unlock.StatusCode);
        var record = Assert.Single(await AuditAsync("action=unlock&entity=lock.me"));
        Assert.Equal("demo.security", record.Str("userName"));
        await factory.LoginAsync("lock.me", "Test-Passw0rd!");
    }

    [Fact]
    public async Task Giving_a_user_other_roles_is_recorded_as_a_role_change_with_before_and_after()
    {
        var security = await factory.UserAsync("demo.security");
        Assert.Equal(HttpStatusCode.Created, (await security.PostAsJsonAsync("/api/users", Records.New("users", "role.change"), TestApi.Ct)).StatusCode);
        var changed = new { userName = "role.change", displayName = "角色变更", roles = new[] { "Leader", "Monitor" }, scopes = new[] { "652301" } };

        Assert.Equal(HttpStatusCode.OK, (await security.PutAsJsonAsync("/api/users/role.change", changed, TestApi.Ct)).StatusCode);

        var record = Assert.Single(await AuditAsync("action=role-change&entity=role.change"));
        Assert.Equal("demo.security", record.Str("userName"));
        Assert.Equal(["Operator"], Json(record, "before").GetProperty("Roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["Leader", "Monitor"], Json(record, "after").GetProperty("Roles").EnumerateArray().Select(r => r.GetString()));
        Assert.DoesNotContain("Passw0rd", record.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Device_passwords_are_masked_in_the_audit_log_and_never_returned()
    {
        var admin = await factory.UserAsync("demo.admin");
        var device = Records.New("devices", "AUDITDEV0001");
        var json = JsonSerializer.SerializeToNode(device)!.AsObject();
        json["password"] = "Pw-Secret-4711";
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/devices", json, TestApi.Ct)).StatusCode);

        var record = Assert.Single(await AuditAsync("action=create&entity=AUDITDEV0001"));
        var read = await admin.GetStringAsync("/api/devices/AUDITDEV0001", TestApi.Ct);
        var list = await admin.GetStringAsync("/api/devices?q=AUDITDEV", TestApi.Ct);

        Assert.Equal("***", Json(record, "after").Str("ProtectedPassword"));
        Assert.DoesNotContain("Pw-Secret-4711", record.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("password", read, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("password", list, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Changing_only_a_device_password_is_still_recorded()
    {
        var admin = await factory.UserAsync("demo.admin");
        var json = JsonSerializer.SerializeToNode(Records.New("devices", "AUDITDEV0002"))!.AsObject();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/devices", json, TestApi.Ct)).StatusCode);
        json["password"] = "Pw-Changed-0815";

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/devices/AUDITDEV0002", json, TestApi.Ct)).StatusCode);

        var record = Assert.Single(await AuditAsync("action=update&entity=AUDITDEV0002"));
        Assert.DoesNotContain("Pw-Changed-0815", record.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_a_device_factor_shows_the_old_range_before_and_the_new_after()
    {
        var admin = await factory.UserAsync("demo.admin");
        var json = JsonSerializer.SerializeToNode(Records.New("devices", "AUDITDEV0003"))!.AsObject();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/devices", json, TestApi.Ct)).StatusCode);
        json["factors"]![0]!["max"] = 500.0;
        json["minuteIntervalMinutes"] = 5;

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/devices/AUDITDEV0003", json, TestApi.Ct)).StatusCode);

        var record = Assert.Single(await AuditAsync("action=update&entity=AUDITDEV0003"));
        Assert.Equal(10, Json(record, "before").GetProperty("MinuteIntervalMinutes").GetInt32());
        Assert.Equal(5, Json(record, "after").GetProperty("MinuteIntervalMinutes").GetInt32());
        Assert.Equal(1000, Json(record, "before").GetProperty("Factors")[0].GetProperty("Max").GetDouble());
        Assert.Equal(500, Json(record, "after").GetProperty("Factors")[0].GetProperty("Max").GetDouble());
    }

    public static TheoryData<string, string, string> AlterationAttempts()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var caller in Callers)
        {
            foreach (var method in (string[])["POST", "PUT", "DELETE", "PATCH"])
            {
                data.Add(caller, method, "/api/audit");
                data.Add(caller, method, "/api/audit/1");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AlterationAttempts))]
    public async Task No_role_has_a_route_that_alters_audit_records(string caller, string method, string path)
    {
        var client = await factory.UserAsync(caller.Length == 0 ? null : caller);
        var before = await factory.WithDbAsync(db => db.AuditRecords.CountAsync(TestApi.Ct));
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { action = "x" }) };

        var response = await client.SendAsync(request, TestApi.Ct);

        Assert.Contains(response.StatusCode, (HttpStatusCode[])[HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed]);
        var first = await factory.WithDbAsync(db => db.AuditRecords.OrderBy(a => a.Id).Select(a => a.Action).FirstAsync(TestApi.Ct));
        Assert.NotEqual("x", first);
        Assert.True(await factory.WithDbAsync(db => db.AuditRecords.CountAsync(TestApi.Ct)) >= before);
    }

    [Theory]
    [InlineData("UPDATE platform_audit SET \"Action\" = 'x'")]
    [InlineData("DELETE FROM platform_audit")]
    public async Task The_database_itself_refuses_to_change_or_delete_audit_records(string sql)
    {
        var before = await factory.WithDbAsync(db => db.AuditRecords.CountAsync(TestApi.Ct));
        Assert.True(before > 0);

        await Assert.ThrowsAnyAsync<DbException>(() => factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql, TestApi.Ct)));

        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditRecords.CountAsync(TestApi.Ct)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.Action == "x", TestApi.Ct)));
    }

    private async Task<JsonElement[]> AuditAsync(string query) =>
        await (await factory.UserAsync("demo.auditor")).ListAsync("/api/audit?" + query);

    private static JsonElement Json(JsonElement record, string property) =>
        JsonDocument.Parse(record.Str(property)).RootElement.Clone();
}
