using Oasis.CommandCentre.Live;
using Oasis.Monitoring.Ingest;
using Oasis.Standards.Air;

namespace Oasis.Tests.CommandCentre.Live;

/// <summary>The live state's arithmetic: packets in, station values, real-time AQI and the city's AQI out (decision 0604).</summary>
public sealed class LiveAirBookTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 2, 30, 0, DateTimeKind.Utc); // 10:30 Beijing time
    private static readonly PollutantSet Pm = PollutantSet.Pm25 | PollutantSet.Pm10;

    private static LiveAirBook Book(params (string Mn, LiveStationInfo Station)[] devices)
    {
        var book = new LiveAirBook();
        book.SetDirectory(devices.ToDictionary(d => d.Mn, d => (string?)d.Station.Code), devices.Select(d => d.Station).Distinct());
        return book;
    }

    private static LiveStationInfo Micro(string code) => new(code, "微站 " + code, "micro", "CJ-G001", false, Pm);

    private static LiveStationInfo National(string code) => new(code, "国控 " + code, "national", "CJ-G019", true, PollutantSet.All);

    private static CommittedPacket RealTime(string mn, DateTime utc, params (string Factor, double Value)[] values) =>
        new(mn, "2011", utc, [.. values.Select(v => new ReadingRow(v.Factor, v.Value, null, null, null, "N"))]);

    private static LiveStationView Station(LiveAirSnapshot snapshot, string code) => Assert.Single(snapshot.Stations, s => s.Info.Code == code);

    [Fact]
    public void A_micro_station_gets_an_indicative_aqi_from_the_moving_hour_of_its_real_time_values()
    {
        var book = Book(("MN1", Micro("M1")));
        Assert.True(book.Apply(RealTime("MN1", Now.AddMinutes(-40), ("a34004", 100), ("a34002", 100))));
        Assert.True(book.Apply(RealTime("MN1", Now.AddMinutes(-1), ("a34004", 140), ("a34002", 100), ("a01001", -3.5))));

        var station = Station(book.Snapshot(Now, 1), "M1");

        // HJ 633-2026: PM2.5 120 against the daily breakpoints 115→150, 150→200 gives 157.1 → 158; PM10 100 gives 86.
        Assert.Equal(158, station.Aqi.Aqi);
        Assert.Equal(86, station.SubIndex(Pollutant.Pm10));
        Assert.Equal(PollutantSet.Pm25, station.Aqi.PrimaryPollutants);
        Assert.True(station.Indicative);
        Assert.Equal(120, station.HourValues[(int)Pollutant.Pm25]);
        Assert.Equal(140, station.Values["PM2.5"].Value);
        Assert.Equal(-3.5, station.Values["Temperature"].Value);
        Assert.Equal(Now.AddMinutes(-1), station.TimeUtc);
    }

    [Fact]
    public void Samples_older_than_an_hour_leave_the_moving_hour()
    {
        var book = Book(("MN1", Micro("M1")));
        book.Apply(RealTime("MN1", Now.AddMinutes(-61), ("a34004", 300)));
        book.Apply(RealTime("MN1", Now.AddMinutes(-5), ("a34004", 40)));

        var station = Station(book.Snapshot(Now, 1), "M1");

        Assert.Equal(40, station.HourValues[(int)Pollutant.Pm25]);
        Assert.Equal(60, station.SubIndex(Pollutant.Pm25)); // 2026 PM2.5 35→50, 60→100: 50 + 50 × 5 / 25 = 60
        Assert.Null(station.Aqi.Aqi); // PM10 of its plan is missing and the AQI would be ≤ 100 (HJ 633-2026)
    }

    [Fact]
    public void A_station_measuring_all_six_with_some_missing_has_no_aqi_at_or_below_100_under_2026()
    {
        var book = Book(("MN2", National("A1")));
        book.Apply(RealTime("MN2", Now.AddMinutes(-2), ("a34004", 50)));

        var station = Station(book.Snapshot(Now, 1), "A1");

        Assert.False(station.Indicative);
        Assert.Null(station.Aqi.Aqi);
        Assert.Equal(80, station.SubIndex(Pollutant.Pm25));
    }

    [Fact]
    public void The_same_data_are_rated_by_2012_before_the_cut_over_and_by_2026_after()
    {
        static int? Rate(DateTime now)
        {
            var book = Book(("MN1", Micro("M1")));
            // 23 stored hours of PM2.5 80 and the hour in progress at 80: the 2012 rule rates the 24-hour moving mean.
            book.SetHours("M1", Enumerable.Range(1, 23).Select(h => (new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc).AddHours(-h), Pollutant.Pm25, 80.0)));
            book.Apply(RealTime("MN1", now.AddMinutes(-3), ("a34004", 80)));
            var snapshot = book.Snapshot(now, 1);
            return Station(snapshot, "M1").Aqi.Aqi;
        }

        // 2012: 80 between 75 (100) and 115 (150) → 106.25 → 107. 2026: 80 between 60 (100) and 115 (150) → 118.2 → 119.
        Assert.Equal(107, Rate(new DateTime(2025, 12, 1, 2, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(119, Rate(Now));
    }

    [Fact]
    public void Under_2012_a_micro_station_without_a_day_of_hours_has_no_pm_rating()
    {
        var before = new DateTime(2026, 2, 1, 2, 30, 0, DateTimeKind.Utc);
        var book = Book(("MN1", Micro("M1")));
        book.Apply(RealTime("MN1", before.AddMinutes(-3), ("a34004", 80), ("a34002", 90)));

        var snapshot = book.Snapshot(before, 1);

        Assert.Equal(AirStandardEdition.Hj633_2012, snapshot.Edition);
        Assert.Null(Station(snapshot, "M1").Aqi.Aqi);
    }

    [Fact]
    public void The_city_aqi_is_the_mean_of_the_evaluation_stations_and_needs_three_quarters_of_them()
    {
        var book = Book(("MNA", National("A1")), ("MNB", National("A2")), ("MNM", Micro("M1")));
        book.Apply(RealTime("MNA", Now.AddMinutes(-2), ("a34004", 200)));
        book.Apply(RealTime("MNM", Now.AddMinutes(-2), ("a34004", 400))); // micro-stations never count for the city

        var alone = book.Snapshot(Now, 1);
        Assert.Null(alone.City!.Aqi.Aqi); // 1 of 2 evaluation stations: below 75 %

        book.Apply(RealTime("MNB", Now.AddMinutes(-1), ("a34004", 100)));
        var both = book.Snapshot(Now, 2);

        // (200 + 100) / 2 = 150 → IAQI 200 (a breakpoint): above 100, so the missing pollutants do not blank it.
        Assert.Equal(200, both.City!.Aqi.Aqi);
        Assert.True(both.City.Live);
        Assert.Equal(new DateTime(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc), both.City.HourUtc);
        Assert.Equal(24, both.CityHours.Count);
        Assert.Equal(both.City, both.CityHours[^1]);
    }

    [Fact]
    public void The_city_hours_come_from_the_stored_hourly_layer()
    {
        var book = Book(("MNA", National("A1")));
        var hour = new DateTime(2026, 11, 29, 20, 0, 0, DateTimeKind.Utc); // 04:00 Beijing
        book.SetHours("A1", [(hour, Pollutant.Pm25, 150), (hour, Pollutant.Pm10, 100)]);

        var snapshot = book.Snapshot(Now, 1);

        var rated = Assert.Single(snapshot.CityHours, h => h.HourUtc == hour);
        Assert.Equal(200, rated.Aqi.Aqi);
        Assert.False(rated.Live);
    }

    [Fact]
    public void A_device_the_book_does_not_know_is_refused_until_the_directory_names_it()
    {
        var book = Book(("MN1", Micro("M1")));
        var packet = RealTime("MN9", Now.AddMinutes(-1), ("a34004", 30));
        Assert.False(book.Apply(packet));

        book.SetDirectory(new Dictionary<string, string?> { ["MN1"] = "M1", ["MN9"] = "M9", ["WATER1"] = null }, [Micro("M1"), Micro("M9")]);

        Assert.True(book.Apply(packet));
        Assert.True(book.Apply(RealTime("WATER1", Now.AddMinutes(-1), ("w01018", 12)))); // known, of no air station: ignored
        var snapshot = book.Snapshot(Now, 1);
        Assert.Equal(30, Station(snapshot, "M9").Values["PM2.5"].Value);
        Assert.Equal(2, snapshot.Stations.Count);
    }

    [Fact]
    public void Flagged_values_are_shown_but_not_rated()
    {
        var book = Book(("MN1", Micro("M1")));
        book.Apply(new CommittedPacket("MN1", "2011", Now.AddMinutes(-1), [new ReadingRow("a34004", 500, null, null, null, "D")]));

        var station = Station(book.Snapshot(Now, 1), "M1");

        Assert.Equal("D", station.Values["PM2.5"].Flag);
        Assert.Null(station.Aqi.Aqi);
    }
}
