#!/usr/bin/env python3
"""Validate the demonstration-city files as written in src/Oasis/Demo/ (reads the files only).

    python3 tools/demo-city/validate.py

Exit status 0 when every check passes. Uses the geometry and credit-code helpers of generate.py,
but nothing of its in-memory state: everything is re-derived from the files.
"""
import csv
import json
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate as gen  # noqa: E402

DEMO = gen.OUT
failures = []


def check(cond, msg):
    print(("  OK    " if cond else "  FAIL  ") + msg)
    if not cond:
        failures.append(msg)


def read_csv(name, header):
    path = os.path.join(DEMO, name)
    raw = open(path, "rb").read()
    check(not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw, f"{name}: UTF-8 without BOM, LF line endings")
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    check(rows[0] == header, f"{name}: header {','.join(header)}")
    check(all(len(r) == len(header) for r in rows[1:]), f"{name}: {len(rows) - 1} rows, each with {len(header)} fields")
    return [dict(zip(header, r)) for r in rows[1:]]


def main():
    towns = read_csv("towns.csv", ["code", "name", "kind"])
    town_codes = {t["code"] for t in towns}
    check(len(town_codes) == len(towns) and all(t["kind"] in ("street", "town") for t in towns),
          f"towns.csv: {len(towns)} unique codes, kinds street/town")

    g = json.load(open(os.path.join(DEMO, "grids.geojson"), encoding="utf-8"))
    feats = g["features"]
    check(g["type"] == "FeatureCollection" and len(feats) == 167, "grids.geojson: FeatureCollection of 167 features")
    codes = [f["properties"]["code"] for f in feats]
    check(len(set(codes)) == 167 and all(re.fullmatch(r"CJ-G\d{3}", c) for c in codes), "grid codes unique, CJ-Gnnn")
    check(all(f["properties"]["town"] in town_codes for f in feats), "every grid names a known town/street")
    check(all(f["geometry"]["type"] == "Polygon" and len(f["geometry"]["coordinates"]) == 1 for f in feats),
          "every geometry a Polygon with one (exterior) ring")
    rings = [f["geometry"]["coordinates"][0] for f in feats]
    check(all(r[0] == r[-1] for r in rings), "every ring closed")
    six = all(abs(v * 1e6 - round(v * 1e6)) < 1e-6 for r in rings for p in r for v in p)
    check(six, "coordinates have at most 6 decimals")
    cells = [[tuple(p) for p in r[:-1]] for r in rings]
    city = json.load(open(os.path.join(DEMO, "city.json"), encoding="utf-8"))
    boundary = [tuple(p) for p in city["boundary"]["coordinates"][0][:-1]]
    check(city["code"] == "652301" and city["boundary"]["type"] == "Polygon", "city.json: code 652301, Polygon boundary")
    lons = [p[0] for p in boundary]
    lats = [p[1] for p in boundary]
    check(86.9 <= min(lons) and max(lons) <= 87.6 and 43.6 <= min(lats) and max(lats) <= 44.6,
          f"city within 43.6–44.6°N, 86.9–87.6°E (lat {min(lats)}–{max(lats)}, lon {min(lons)}–{max(lons)})")
    ok, report, derived, _adj = gen.validate_partition(cells, [f["properties"]["town"] for f in feats], boundary)
    for line in report:
        print("        " + line)
    check(ok, "partition: no gaps, no overlaps, shared edges identical, towns contiguous")
    check(derived == boundary, "the outer edges of the grids are exactly city.json's boundary ring")

    def grid_containing(lon, lat):
        return [f["properties"]["code"] for f, c in zip(feats, cells) if gen.point_in_poly((lon, lat), c)]

    stations = read_csv("stations.csv", ["code", "name", "kind", "latitude", "longitude", "gridCode", "evaluation", "pollutants"])
    kinds = {}
    for s in stations:
        kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    check(set(kinds) <= {"national", "provincial", "city", "micro", "water-section", "drinking-water", "groundwater"},
          f"station kinds known: {kinds}")
    check(kinds.get("micro") == 60 and kinds.get("national", 0) >= 2 and kinds.get("water-section") == 6
          and kinds.get("drinking-water") == 2 and len(stations) >= 62, "60 micro, >= 2 national, 6 sections, 2 drinking-water, >= 62 stations")
    check(all(s["evaluation"] == "true" for s in stations if s["kind"] == "national"), "national stations count for evaluation")
    check(all(s["evaluation"] in ("true", "false") for s in stations), "evaluation is true|false")
    check(len({s["code"] for s in stations}) == len(stations), "station codes unique")
    bad = [s["code"] for s in stations if grid_containing(float(s["longitude"]), float(s["latitude"])) != [s["gridCode"]]]
    check(not bad, f"every station inside exactly the grid it names {bad or ''}")

    ents = read_csv("enterprises.csv", ["creditCode", "name", "industry", "category", "address", "latitude", "longitude", "gridCode"])
    check(30 <= len(ents) <= 40, f"{len(ents)} enterprises (30–40)")
    check({e["category"] for e in ents} == set(gen.CATEGORIES), "all eight census categories present")
    badcc = [(e["creditCode"], gen.uscc_valid(e["creditCode"])[1]) for e in ents if not gen.uscc_valid(e["creditCode"])[0]]
    check(not badcc, f"credit codes valid per GB 32100 and GB 11714 {badcc or ''}")
    check(len({e["creditCode"] for e in ents}) == len(ents), "credit codes unique")
    bad = [e["name"] for e in ents if grid_containing(float(e["longitude"]), float(e["latitude"])) != [e["gridCode"]]]
    check(not bad, f"every enterprise inside exactly the grid it names {bad or ''}")

    outlets = read_csv("outlets.csv", ["enterpriseCreditCode", "code", "name", "kind"])
    cc = {e["creditCode"] for e in ents}
    check(all(o["enterpriseCreditCode"] in cc for o in outlets), "every outlet belongs to a known enterprise")
    check(all(any(o["enterpriseCreditCode"] == c for o in outlets) for c in cc), "every enterprise has >= 1 outlet")
    check(len({(o["enterpriseCreditCode"], o["code"]) for o in outlets}) == len(outlets), "outlet codes unique per enterprise")
    check(all((o["kind"] == "gas" and o["code"].startswith("DA")) or (o["kind"] == "water" and o["code"].startswith("DW"))
              for o in outlets), "gas outlets DAnnn, water outlets DWnnn")

    devices = read_csv("devices.csv", ["mn", "systemCode", "protocol", "stationCode", "enterpriseCreditCode", "outletCode",
                                       "realtimeIntervalSeconds", "minuteIntervalMinutes", "factors"])
    check(len({d["mn"] for d in devices}) == len(devices), f"{len(devices)} devices, MNs unique")
    check(all((d["protocol"] == "2017" and re.fullmatch(r"[0-9A-F]{24}", d["mn"])) or
              (d["protocol"] == "2005" and re.fullmatch(r"\d{14}", d["mn"])) for d in devices),
          "MN: 24 hex characters (2017) or 14 digits (2005)")
    st_by_code = {s["code"]: s for s in stations}
    outlet_keys = {(o["enterpriseCreditCode"], o["code"]): o for o in outlets}
    ok_ref = True
    for d in devices:
        if d["stationCode"]:
            s = st_by_code.get(d["stationCode"])
            want = "21" if s and s["kind"] == "water-section" else "22"
            ok_ref &= s is not None and not d["enterpriseCreditCode"] and not d["outletCode"] and d["systemCode"] == want
        else:
            o = outlet_keys.get((d["enterpriseCreditCode"], d["outletCode"]))
            ok_ref &= o is not None and d["systemCode"] == ("31" if o["kind"] == "gas" else "32")
    check(ok_ref, "each device serves one station (ST 22 air, 21 water section) or one outlet (ST 31 gas, 32 water)")
    air = [s["code"] for s in stations if s["kind"] in ("national", "provincial", "city", "micro")]
    served = {d["stationCode"] for d in devices if d["stationCode"]}
    served_out = {(d["enterpriseCreditCode"], d["outletCode"]) for d in devices if not d["stationCode"]}
    check(set(air) <= served and all(s["code"] in served for s in stations if s["kind"] == "water-section")
          and set(outlet_keys) == served_out, "one device per air station, per water section and per outlet")
    known = set(gen.CODE_2005) | {"a34004", "a34002", "a21004", "a05024", "a01001", "a01002", "a01006", "a01007",
                                  "a01008", "w01009", "w01010", "w01014", "w01019", "a24088"}
    fac_ok = True
    for d in devices:
        for item in d["factors"].split(";"):
            code, unit, lo, hi = item.split(":")
            fac_ok &= code in known and unit != "" and float(lo) < float(hi)
            if d["protocol"] == "2005":
                fac_ok &= code in gen.CODE_2005
    check(fac_ok, "factors: code:unit:min:max with HJ 212-2017 codes (2005 devices only codes that have a 2005 原编码)")
    check(all(30 <= int(d["realtimeIntervalSeconds"]) <= 3600 and
              int(d["minuteIntervalMinutes"]) in (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30) for d in devices),
          "intervals within HJ 212-2017 (RtdInterval 30–3600 s, MinInterval from the allowed list)")

    ex = [l.split(",", 2) for l in open(gen.EXAMPLES, encoding="utf-8").read().splitlines() if l and not l.startswith("#")]
    check(all(gen.uscc_valid(c)[0] == (k == "valid") for k, c, _ in ex) and len(ex) == 6,
          "credit-code-examples.txt: 3 valid and 3 invalid codes behave as labelled")
    print("validation " + ("PASSED" if not failures else f"FAILED ({len(failures)} checks)"))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
