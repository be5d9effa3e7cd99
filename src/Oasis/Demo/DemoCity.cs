using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using NetTopologySuite.Features;
using Oasis.Data;
using Oasis.Monitoring.Devices;
using Oasis.Monitoring.Grids;
using Oasis.Monitoring.Stations;
using Oasis.Monitoring.Towns;
using Oasis.Platform.Geo;
using Oasis.Platform.Organisations;
using Oasis.Sources.Enterprises;

namespace Oasis.Demo;

/// <summary>
/// Loads the demonstration city (Changji's layout, synthetic geometry) from the data files in
/// <c>Demo/</c> into an empty database. docs/demo-city.md says what is real and what is not.
/// </summary>
internal sealed class DemoCity(OasisDb db, IDataProtectionProvider protection)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Demo");

    public async Task LoadAsync(CancellationToken ct)
    {
        db.Organisations.AddRange(
            new Organisation { Code = "CJ-EEB", Name = "昌吉市生态环境局" },
            new Organisation { Code = "CJ-EEB-CMD", Name = "指挥中心", ParentCode = "CJ-EEB" },
            new Organisation { Code = "CJ-EEB-MON", Name = "昌吉市环境监测站", ParentCode = "CJ-EEB" },
            new Organisation { Code = "CJ-EEB-ENF", Name = "生态环境保护综合行政执法大队", ParentCode = "CJ-EEB" });

        foreach (var row in DemoCsv.Read(Path.Combine(Folder, "towns.csv")))
        {
            db.Towns.Add(new Town { Code = row["code"], Name = row["name"], Kind = row["kind"] });
        }

        await using (var stream = File.OpenRead(Path.Combine(Folder, "grids.geojson")))
        {
            foreach (IFeature feature in GeoJson.ReadFeatureCollection(stream))
            {
                db.Grids.Add(new Grid
                {
                    Code = (string)feature.Attributes["code"],
                    Name = (string)feature.Attributes["name"],
                    TownCode = (string)feature.Attributes["town"],
                    Geometry = GeoJson.Write(feature.Geometry),
                });
            }
        }

        foreach (var row in DemoCsv.Read(Path.Combine(Folder, "stations.csv")))
        {
            db.Stations.Add(new Station
            {
                Code = row["code"],
                Name = row["name"],
                Kind = row["kind"],
                Latitude = row.Number("latitude"),
                Longitude = row.Number("longitude"),
                GridCode = row.NullIfEmpty("gridCode"),
                Evaluation = bool.Parse(row["evaluation"]),
                Pollutants = [.. row["pollutants"].Split(';', StringSplitOptions.RemoveEmptyEntries)],
            });
        }

        var enterprises = new Dictionary<string, Enterprise>(StringComparer.Ordinal);
        foreach (var row in DemoCsv.Read(Path.Combine(Folder, "enterprises.csv")))
        {
            var enterprise = new Enterprise
            {
                CreditCode = row["creditCode"],
                Name = row["name"],
                Industry = row.NullIfEmpty("industry"),
                Category = row["category"],
                Address = row.NullIfEmpty("address"),
                Latitude = row.Number("latitude"),
                Longitude = row.Number("longitude"),
                GridCode = row.NullIfEmpty("gridCode"),
            };
            enterprises[enterprise.CreditCode] = enterprise;
            db.Enterprises.Add(enterprise);
        }

        foreach (var row in DemoCsv.Read(Path.Combine(Folder, "outlets.csv")))
        {
            enterprises[row["enterpriseCreditCode"]].Outlets.Add(new Outlet { Code = row["code"], Name = row["name"], Kind = row["kind"] });
        }

        var protector = protection.CreateProtector(DeviceRegistry.ProtectorPurpose);
        foreach (var row in DemoCsv.Read(Path.Combine(Folder, "devices.csv")))
        {
            db.Devices.Add(new Device
            {
                Mn = row["mn"],
                SystemCode = row["systemCode"],
                Protocol = row["protocol"],
                StationCode = row.NullIfEmpty("stationCode"),
                EnterpriseCode = row.NullIfEmpty("enterpriseCreditCode"),
                OutletCode = row.NullIfEmpty("outletCode"),
                RealtimeIntervalSeconds = (int)row.Number("realtimeIntervalSeconds"),
                MinuteIntervalMinutes = (int)row.Number("minuteIntervalMinutes"),
                ProtectedPassword = protector.Protect(RandomNumberGenerator.GetHexString(6)),
                Factors = row["factors"].Split(';', StringSplitOptions.RemoveEmptyEntries)
                    .Select(f => DeviceFactorDto.ParseCell(f, out _)!)
                    .Select(f => new DeviceFactor { Code = f.Code, Unit = f.Unit, Min = f.Min, Max = f.Max })
                    .ToList(),
            });
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await Oasis.Water.WaterDemo.LoadAsync(db, Folder, ct).ConfigureAwait(false);
        await Oasis.Emergency.EmergencyDemo.LoadAsync(db, Folder, ct).ConfigureAwait(false);
    }
}
