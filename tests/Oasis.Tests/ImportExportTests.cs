using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Oasis.Platform.Geo;

namespace Oasis.Tests;

/// <summary>CSV, XLSX and GeoJSON imports and exports of the registries: round trips, new records, coordinates.</summary>
public sealed class ImportExportTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private const string StationHeader = "code,name,kind,latitude,longitude,gridCode,evaluation,pollutants";

    [Theory]
    [InlineData("stations", "code", "csv")]
    [InlineData("stations", "code", "xlsx")]
    [InlineData("enterprises", "creditCode", "csv")]
    [InlineData("enterprises", "creditCode", "xlsx")]
    [InlineData("devices", "mn", "csv")]
    [InlineData("devices", "mn", "xlsx")]
    [InlineData("grids", "code", "csv")]
    [InlineData("grids", "code", "xlsx")]
    [InlineData("towns", "code", "csv")]
    [InlineData("towns", "code", "xlsx")]
    [InlineData("organisations", "code", "csv")]
    [InlineData("organisations", "code", "xlsx")]
    [InlineData("users", "userName", "csv")]
    [InlineData("users", "userName", "xlsx")]
    public async Task Importing_an_export_updates_every_record_and_exports_the_same_again(string registry, string key, string format)
    {
        var client = await factory.UserAsync(registry == "users" ? "demo.security" : "demo.admin");
        var records = await client.ListAsync($"/api/{registry}");
        var exported = await client.BytesAsync($"/api/{registry}/export?format={format}");

        var response = await client.UploadAsync($"/api/{registry}/import", exported, $"{registry}.{format}");

        var result = await response.ReadAsync<JsonElement>();
        Assert.Equal((records.Length, 0, records.Length),
            (result.GetProperty("rows").GetInt32(), result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32()));
        var again = await client.BytesAsync($"/api/{registry}/export?format={format}");
        Assert.Equal(Rows(exported, format), Rows(again, format));
        Assert.Equal(records.Select(r => r.Str(key)), Rows(again, format).Select(r => r[key]));
        Assert.Equal(records.Select(r => r.GetRawText()), (await client.ListAsync($"/api/{registry}")).Select(r => r.GetRawText()));
    }

    [Fact]
    public async Task Export_columns_are_the_json_field_names()
    {
        var admin = await factory.UserAsync("demo.admin");
        string Header(string csv) => csv.Split('\n')[0];

        Assert.Equal(StationHeader, Header(await admin.TextAsync("/api/stations/export?format=csv")));
        Assert.Equal("creditCode,name,industry,category,address,latitude,longitude,gridCode,outlets",
            Header(await admin.TextAsync("/api/enterprises/export")));
        Assert.Equal("mn,systemCode,protocol,realtimeIntervalSeconds,minuteIntervalMinutes,stationCode,enterpriseCode,outletCode,factors,password",
            Header(await admin.TextAsync("/api/devices/export?format=csv")));
        Assert.Equal("code,name,town,managers,stationCodes", Header(await admin.TextAsync("/api/grids/export?format=csv")));
    }

    [Fact]
    public async Task Stations_import_from_csv_and_export_again()
    {
        var admin = await factory.UserAsync("demo.admin");
        var csv = StationHeader + "\nIE-S1,导入点位一,micro,44.0801,87.2802,CJ-G003,false,PM2.5;PM10\nIE-S2,\"导入点位,二\",national,44.01,87.3,,true,SO2\n";

        var result = await (await admin.UploadAsync("/api/stations/import", csv)).ReadAsync<JsonElement>();

        Assert.Equal(2, result.GetProperty("created").GetInt32());
        var s1 = await (await admin.GetAsync("/api/stations/IE-S1", TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal(("micro", 44.0801, 87.2802, "CJ-G003", false), (s1.Str("kind"), s1.GetProperty("latitude").GetDouble(),
            s1.GetProperty("longitude").GetDouble(), s1.Str("gridCode"), s1.GetProperty("evaluation").GetBoolean()));
        Assert.Equal(["PM2.5", "PM10"], s1.GetProperty("pollutants").EnumerateArray().Select(p => p.GetString()));
        var s2 = await (await admin.GetAsync("/api/stations/IE-S2", TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal(("导入点位,二", JsonValueKind.Null, true), (s2.Str("name"), s2.GetProperty("gridCode").ValueKind, s2.GetProperty("evaluation").GetBoolean()));
        var export = await admin.TextAsync("/api/stations/export?format=csv");
        Assert.Contains("\nIE-S1,导入点位一,micro,44.0801,87.2802,CJ-G003,false,PM2.5;PM10\n", export, StringComparison.Ordinal);
        Assert.Contains("\nIE-S2,\"导入点位,二\",national,44.01,87.3,,true,SO2\n", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enterprises_import_outlets_from_one_cell_in_xlsx()
    {
        var admin = await factory.UserAsync("demo.admin");
        var code = Records.CreditCode(400001);
        var sheet = new[]
        {
            new Dictionary<string, object>
            {
                ["creditCode"] = code, ["name"] = "导入企业", ["industry"] = "化工", ["category"] = "industrial", ["address"] = "昌吉市",
                ["latitude"] = 44.05, ["longitude"] = 87.31, ["gridCode"] = "CJ-G010",
                ["outlets"] = "DA001:1号废气排放口:gas;DW001:废水总排放口:water",
            },
        };

        var result = await (await admin.UploadAsync("/api/enterprises/import", Xlsx(sheet), "enterprises.xlsx")).ReadAsync<JsonElement>();

        Assert.Equal(1, result.GetProperty("created").GetInt32());
        var enterprise = await (await admin.GetAsync($"/api/enterprises/{code}", TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal([("DA001", "1号废气排放口", "gas"), ("DW001", "废水总排放口", "water")],
            enterprise.GetProperty("outlets").EnumerateArray().Select(o => (o.Str("code"), o.Str("name"), o.Str("kind"))));
        var row = Rows(await admin.BytesAsync("/api/enterprises/export?format=xlsx"), "xlsx").Single(r => r["creditCode"] == code);
        Assert.Equal("DA001:1号废气排放口:gas;DW001:废水总排放口:water", row["outlets"]);
    }

    [Fact]
    public async Task Device_passwords_are_imported_but_never_exported_or_returned()
    {
        var admin = await factory.UserAsync("demo.admin");
        var csv = "mn,systemCode,protocol,realtimeIntervalSeconds,minuteIntervalMinutes,stationCode,enterpriseCode,outletCode,factors,password\n"
            + "IEDEV0001,22,2017,60,5,CJ-A01,,,a34004:µg/m³:0:1000;a21005:mg/m³::30,Imported-Pw-99\n";

        var result = await (await admin.UploadAsync("/api/devices/import", csv)).ReadAsync<JsonElement>();

        Assert.Equal(1, result.GetProperty("created").GetInt32());
        var json = await admin.TextAsync("/api/devices/IEDEV0001");
        Assert.DoesNotContain("password", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Imported-Pw-99", json, StringComparison.Ordinal);
        var device = JsonDocument.Parse(json).RootElement;
        Assert.Equal([("a34004", "µg/m³", 0.0, 1000.0), ("a21005", "mg/m³", double.NaN, 30.0)], device.GetProperty("factors").EnumerateArray()
            .Select(f => (f.Str("code"), f.Str("unit"), f.GetProperty("min").ValueKind == JsonValueKind.Null ? double.NaN : f.GetProperty("min").GetDouble(),
                f.GetProperty("max").GetDouble())));
        foreach (var format in (string[])["csv", "xlsx"])
        {
            var rows = Rows(await admin.BytesAsync($"/api/devices/export?format={format}"), format);
            Assert.All(rows, r => Assert.Equal("", r["password"]));
            Assert.Equal("a34004:µg/m³:0:1000;a21005:mg/m³::30", rows.Single(r => r["mn"] == "IEDEV0001")["factors"]);
        }

        var protectedPassword = await factory.WithDbAsync(db => Task.FromResult(db.Devices.Single(d => d.Mn == "IEDEV0001").ProtectedPassword));
        Assert.False(string.IsNullOrEmpty(protectedPassword));
        Assert.DoesNotContain("Imported-Pw-99", protectedPassword, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_import_with_passwords_as_the_security_administrator()
    {
        var security = await factory.UserAsync("demo.security");
        var csv = "userName,displayName,organisationCode,enterpriseCode,roles,scopes,password\n"
            + "ie.user,导入用户,CJ-EEB-CMD,,Operator;Leader,CJ-T02,Import-Passw0rd!\n";

        var result = await (await security.UploadAsync("/api/users/import", csv)).ReadAsync<JsonElement>();

        Assert.Equal(1, result.GetProperty("created").GetInt32());
        var user = await (await security.GetAsync("/api/users/ie.user", TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal(["Leader", "Operator"], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["CJ-T02"], user.GetProperty("scopes").EnumerateArray().Select(r => r.GetString()));
        await factory.LoginAsync("ie.user", "Import-Passw0rd!");
        var export = await security.TextAsync("/api/users/export?format=csv");
        Assert.DoesNotContain("Import-Passw0rd!", export, StringComparison.Ordinal);
        Assert.Contains("\nie.user,导入用户,CJ-EEB-CMD,,Leader;Operator,CJ-T02,,\n", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Towns_and_organisations_import_new_records_from_csv()
    {
        var admin = await factory.UserAsync("demo.admin");

        var towns = await (await admin.UploadAsync("/api/towns/import", "code,name,kind\nIE-T1,导入镇,town\n")).ReadAsync<JsonElement>();
        var orgs = await (await admin.UploadAsync("/api/organisations/import", "code,name,parentCode,phone\nIE-O1,导入科室,CJ-EEB,0994-1234567\n"))
            .ReadAsync<JsonElement>();

        Assert.Equal((1, 1), (towns.GetProperty("created").GetInt32(), orgs.GetProperty("created").GetInt32()));
        Assert.Equal("导入镇", (await (await admin.GetAsync("/api/towns/IE-T1", TestApi.Ct)).ReadAsync<JsonElement>()).Str("name"));
        var org = await (await admin.GetAsync("/api/organisations/IE-O1", TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal(("CJ-EEB", "0994-1234567"), (org.Str("parentCode"), org.Str("phone")));
    }

    [Fact]
    public async Task Grids_import_from_a_geojson_feature_collection()
    {
        var admin = await factory.UserAsync("demo.admin");
        var geojson = FeatureCollection(
            ("IE-G1", "[[87.60,44.60],[87.61,44.60],[87.61,44.61],[87.60,44.61],[87.60,44.60]]"),
            ("IE-G2", "[[87.61,44.60],[87.62,44.60],[87.62,44.61],[87.61,44.61],[87.61,44.60]]"));

        var result = await (await admin.UploadAsync("/api/grids/import", geojson, "grids.geojson")).ReadAsync<JsonElement>();

        Assert.Equal((2, 2), (result.GetProperty("rows").GetInt32(), result.GetProperty("created").GetInt32()));
        var grid = await (await admin.GetAsync("/api/grids/IE-G2", TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal(("CJ-T01", "Polygon"), (grid.Str("town"), grid.GetProperty("geometry").Str("type")));
        Assert.Equal(87.62, grid.GetProperty("geometry").GetProperty("coordinates")[0][1][0].GetDouble(), 9);
        var all = await admin.GetFromJsonAsync<JsonElement>("/api/grids?format=geojson", TestApi.Ct);
        Assert.Equal(169, all.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task Unreadable_geojson_is_refused_as_a_failed_import()
    {
        var admin = await factory.UserAsync("demo.admin");

        var response = await admin.UploadAsync("/api/grids/import", "{\"type\":\"FeatureCollection\",\"features\":[{", "grids.geojson");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");
        var error = Assert.Single(problem.Errors());
        Assert.Equal("geojson", error.Field);
        Assert.StartsWith("GeoJSON 无法读取", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_self_intersecting_polygon_is_refused_with_its_feature_and_nothing_is_written()
    {
        var admin = await factory.UserAsync("demo.admin");
        var geojson = FeatureCollection(
            ("IE-G3", "[[87.60,44.62],[87.61,44.62],[87.61,44.63],[87.60,44.63],[87.60,44.62]]"),
            ("IE-G4", "[[87.60,44.64],[87.61,44.65],[87.61,44.64],[87.60,44.65],[87.60,44.64]]"));

        var response = await admin.UploadAsync("/api/grids/import", geojson, "grids.geojson");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");
        var error = Assert.Single(problem.Errors());
        Assert.Equal((2, "geometry"), (error.Row, error.Field));
        Assert.StartsWith("网格边界不是有效多边形", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/grids/IE-G3", TestApi.Ct)).StatusCode);
    }

    [Fact]
    public async Task Gcj02_coordinates_are_converted_to_wgs84_on_import()
    {
        var admin = await factory.UserAsync("demo.admin");
        var (wgsLon, wgsLat) = (87.3015, 44.0262);
        var (gcjLon, gcjLat) = ChinaOffsets.Wgs84ToGcj02(wgsLon, wgsLat);
        var csv = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{StationHeader}\nIE-GCJ,火星坐标点位,micro,{gcjLat:R},{gcjLon:R},,false,PM2.5\n");

        await (await admin.UploadAsync("/api/stations/import?crs=gcj02", csv)).ReadAsync<JsonElement>();

        var station = await (await admin.GetAsync("/api/stations/IE-GCJ", TestApi.Ct)).ReadAsync<JsonElement>();
        var (lon, lat) = (station.GetProperty("longitude").GetDouble(), station.GetProperty("latitude").GetDouble());
        // In Changji the GCJ-02 offset is a few thousandths of a degree; the stored point must undo it.
        Assert.InRange(Math.Abs(gcjLon - wgsLon) + Math.Abs(gcjLat - wgsLat), 0.001, 0.01);
        Assert.Equal(wgsLon, lon, 1e-6);
        Assert.Equal(wgsLat, lat, 1e-6);
        var (backLon, backLat) = ChinaOffsets.Wgs84ToGcj02(lon, lat);
        Assert.Equal(gcjLon, backLon, 1e-6);
        Assert.Equal(gcjLat, backLat, 1e-6);
    }

    internal static byte[] Xlsx(IEnumerable<Dictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    internal static string FeatureCollection(params (string Code, string Ring)[] features) =>
        "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", features.Select(f =>
            $"{{\"type\":\"Feature\",\"properties\":{{\"code\":\"{f.Code}\",\"name\":\"导入网格 {f.Code}\",\"town\":\"CJ-T01\"}},"
            + $"\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[{f.Ring}]}}}}")) + "]}";

    /// <summary>The rows of an exported file as column → cell text.</summary>
    internal static List<Dictionary<string, string>> Rows(byte[] file, string format)
    {
        if (format == "xlsx")
        {
            using var stream = new MemoryStream(file);
            return stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX)
                .Select(r => ((IDictionary<string, object?>)r).ToDictionary(kv => kv.Key,
                    kv => Convert.ToString(kv.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal))
                .ToList();
        }

        using var reader = nietras.SeparatedValues.SepReaderExtensions.FromText(nietras.SeparatedValues.Sep.Reader(o => o with { Unescape = true }), System.Text.Encoding.UTF8.GetString(file));
        var names = reader.Header.ColNames;
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                cells[names[i]] = row[i].ToString();
            }

            rows.Add(cells);
        }

        return rows;
    }
}
