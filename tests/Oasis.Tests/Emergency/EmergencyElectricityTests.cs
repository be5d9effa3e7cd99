using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oasis.Emergency;
using Oasis.Platform.Time;
using Oasis.Registry;

namespace Oasis.Tests.Emergency;

/// <summary>
/// Electricity use (用电量) as the second compliance source (decision 0425) through the real host: files checked row by row,
/// all or nothing; a task measured from it beside the flue-gas figures on a case computed by hand; an enterprise sees and
/// imports only its own use.
/// </summary>
public sealed class EmergencyElectricityTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private const string Cement = "91652301MA794RAC55"; // grade C: yellow 限产 30 %
    private const string Own = "91652301MA70Q8E88R";    // demo.enterprise's enterprise

    private static string Line(string code, string meter, DateTime beijing, int? hour, double kwh) =>
        string.Create(CultureInfo.InvariantCulture, $"{code},{meter},{beijing:yyyy-MM-dd},{hour},{kwh}\n");

    [Fact]
    public async Task A_file_with_bad_rows_imports_nothing_and_names_every_row_and_field()
    {
        var enforcer = await factory.UserAsync("demo.enforcer");
        var csv = "creditCode,meter,date,hour,kwh\n"
            + $"{Own},L1,2026-01-05,8,100\n"      // row 2: fine
            + $"{Own},L1,2026-13-05,8,100\n"      // row 3: no 13th month
            + $"{Own},L1,2026-01-05,24,100\n"     // row 4: hour out of range
            + $"{Own},L1,2026-01-05,9,-5\n"       // row 5: negative use
            + $"{Own},L1,2026-01-05,8,120\n"      // row 6: same period as row 2
            + $",L1,2026-01-05,10,100\n"          // row 7: no enterprise
            + $"{Own},L1,2099-01-05,,100\n";      // row 8: a day not over yet
        var problem = await (await enforcer.UploadAsync("/api/emergency/electricity/import", csv, "use.csv")).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");
        var errors = problem.Errors().Select(e => (e.Row, e.Field)).ToList();
        Assert.Equal([(3, "date"), (4, "hour"), (5, "kwh"), (6, "hour"), (7, "creditCode"), (8, "date")], errors);
        // Meter L1 is this test's own: the other tests of this host import for the same enterprise on its whole-site meter.
        Assert.Equal(0, await factory.WithDbAsync(db => db.ElectricityUses.CountAsync(u => u.CreditCode == Own && u.Meter == "L1", TestApi.Ct)));

        // An unknown column and a wrong file type are refused before any row.
        await (await enforcer.UploadAsync("/api/emergency/electricity/import", "creditCode,date,kwh,power\n", "use.csv")).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");
        await (await enforcer.UploadAsync("/api/emergency/electricity/import", "x", "use.txt")).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
    }

    [Fact]
    public async Task An_enterprise_imports_and_sees_only_its_own_use_and_an_xlsx_file_reads_like_a_csv()
    {
        var enterprise = await factory.UserAsync("demo.enterprise");
        var other = Line(EmergencyKit.Plant, "", new DateTime(2026, 1, 5), null, 5000);
        var refused = await (await enterprise.UploadAsync("/api/emergency/electricity/import", "creditCode,meter,date,hour,kwh\n" + other, "use.csv"))
            .ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");
        Assert.Equal([(2, "creditCode")], refused.Errors().Select(e => (e.Row, e.Field)));

        var xlsx = TabularCodec<ElectricityRow>.ToXlsx([new ElectricityRow(Own, "", "2026-01-05", null, 2400), new ElectricityRow(Own, "", "2026-01-06", null, 2600)]);
        var result = await (await enterprise.UploadAsync("/api/emergency/electricity/import", xlsx, "use.xlsx")).ReadAsync<JsonElement>();
        Assert.Equal((2, 2, 0), (result.GetProperty("rows").GetInt32(), result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32()));
        // The same day again replaces its figure.
        var again = await (await enterprise.UploadAsync("/api/emergency/electricity/import", "creditCode,meter,date,hour,kwh\n" + Line(Own, "", new DateTime(2026, 1, 5), null, 2500), "use.csv"))
            .ReadAsync<JsonElement>();
        Assert.Equal((0, 1), (again.GetProperty("created").GetInt32(), again.GetProperty("updated").GetInt32()));

        var enforcer = await factory.UserAsync("demo.enforcer");
        await (await enforcer.UploadAsync("/api/emergency/electricity/import", "creditCode,meter,date,hour,kwh\n" + other, "use.csv")).ReadAsync<JsonElement>();
        var own = await enterprise.ListAsync("/api/emergency/electricity");
        var meter = Assert.Single(own);
        Assert.Equal((Own, "day", 2, 5100.0), (meter.Str("creditCode"), meter.Str("resolution"), meter.GetProperty("readings").GetInt32(), meter.GetProperty("totalKwh").GetDouble()));
        var all = await (await factory.UserAsync("demo.operator")).ListAsync("/api/emergency/electricity");
        Assert.Contains(all, m => m.Str("creditCode") == EmergencyKit.Plant);

        // Every stored reading is in the audit log, with who imported it.
        var audit = await (await factory.UserAsync("demo.auditor")).ListAsync("/api/audit?entity=ElectricityUse&pageSize=500");
        Assert.Contains(audit, a => a.GetRawText().Contains("demo.enterprise", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_task_is_measured_from_hourly_and_daily_use_beside_the_flue_gas_figures()
    {
        var today = EmergencyKit.BeijingToday();
        var w = await EmergencyKit.ChangeAsync(factory, [250, 250, 250, 150, 100, 100, 100, 100, 100, 100], today.AddDays(-3));
        var warningId = w.GetProperty("id").GetInt32();
        // The warning and its tasks are moved to Beijing midnight three days ago: D−3, D−2 and D−1 are whole days of the task.
        var startLocal = today.AddDays(-3).ToDateTime(TimeOnly.MinValue);
        var start = DateTime.SpecifyKind(startLocal.AddHours(-8), DateTimeKind.Utc);
        await factory.WithDbAsync(async db =>
        {
            await db.Set<Oasis.Forecasting.Warnings.PollutionWarning>().Where(x => x.Id == warningId).ExecuteUpdateAsync(s => s.SetProperty(x => x.IssuedAt, start), TestApi.Ct);
            return await db.EmergencyTasks.Where(t => t.WarningId == warningId).ExecuteUpdateAsync(s => s.SetProperty(t => t.StartedAt, start), TestApi.Ct);
        });

        var csv = new StringBuilder("creditCode,meter,date,hour,kwh\n");
        // The plant's line 1, hourly: the 30 days before use 1000 and 1400 kWh an hour on alternate days (median 1200); the first
        // 48 hours of the warning 900 kWh: 43 200 against 57 600 kWh, −25 % where 20 % was promised.
        for (var k = 0; k < 30 * 24; k++)
        {
            var at = startLocal.AddDays(-30).AddHours(k);
            csv.Append(Line(EmergencyKit.Plant, "1号线", at.Date, at.Hour, (k / 24) % 2 == 0 ? 1000 : 1400));
        }

        for (var k = 0; k < 48; k++)
        {
            var at = startLocal.AddHours(k);
            csv.Append(Line(EmergencyKit.Plant, "1号线", at.Date, at.Hour, 900));
        }

        // The cement works, daily for the whole enterprise: 20 000 and 22 000 kWh on alternate days (median 21 000); the three
        // whole warning days 16 800 each: 50 400 against 63 000 kWh, −20 % where 30 % was promised.
        for (var d = 30; d >= 1; d--)
        {
            csv.Append(Line(Cement, "", startLocal.AddDays(-d), null, d % 2 == 0 ? 20000 : 22000));
        }

        for (var d = 0; d < 3; d++)
        {
            csv.Append(Line(Cement, "", startLocal.AddDays(d), null, 16800));
        }

        var enforcer = await factory.UserAsync("demo.enforcer");
        var imported = await (await enforcer.UploadAsync("/api/emergency/electricity/import", csv.ToString(), "use.csv")).ReadAsync<JsonElement>();
        Assert.Equal(720 + 48 + 33, imported.GetProperty("created").GetInt32());

        var operatorClient = await factory.UserAsync("demo.operator");
        var tasks = (await operatorClient.ListAsync($"/api/emergency/tasks?warningId={warningId}")).ToDictionary(t => t.Str("creditCode"));
        var plant = tasks[EmergencyKit.Plant];
        var e = plant.GetProperty("electricity");
        Assert.Equal((48, 0, 43200.0, 57600.0, 25.0, "compliant"), (e.GetProperty("hours").GetInt32(), e.GetProperty("days").GetInt32(),
            e.GetProperty("actualKwh").GetDouble(), e.GetProperty("baselineKwh").GetDouble(), e.GetProperty("reductionPercent").GetDouble(), e.Str("verdict")));
        // The plant has a flue-gas device without hours here: that source cannot judge, so electricity's verdict stands.
        Assert.Equal(("both", "unmeasured", "compliant"), (plant.Str("sources"), plant.GetProperty("online").Str("verdict"), plant.Str("verdict")));

        var cement = tasks[Cement].GetProperty("electricity");
        Assert.Equal((0, 3, 50400.0, 63000.0, 20.0, "non-compliant"), (cement.GetProperty("hours").GetInt32(), cement.GetProperty("days").GetInt32(),
            cement.GetProperty("actualKwh").GetDouble(), cement.GetProperty("baselineKwh").GetDouble(), cement.GetProperty("reductionPercent").GetDouble(), cement.Str("verdict")));
        Assert.Equal("non-compliant", tasks[Cement].Str("verdict"));

        // The other tasked enterprises have flue-gas devices only: no electricity figures, and no hours here to judge by.
        Assert.All(tasks.Values.Where(t => t.Str("creditCode") is not (EmergencyKit.Plant or Cement)), t => Assert.Equal(("flue-gas", JsonValueKind.Null, "unmeasured"),
            (t.Str("sources"), t.GetProperty("electricity").ValueKind, t.Str("verdict"))));
        // The enterprise's own account sees none of these tasks (its enterprise is not on the list).
        Assert.Empty(await (await factory.UserAsync("demo.enterprise")).ListAsync($"/api/emergency/tasks?warningId={warningId}"));
        Assert.Equal(BeijingTime.FromUtc(start), plant.GetProperty("startedAt").GetDateTimeOffset());
    }
}
