#!/usr/bin/env python3
"""Generate the Oasis demonstration city (Changji City, 昌吉市) data files.

    python3 tools/demo-city/generate.py           # writes src/Oasis/Demo/*
    python3 tools/demo-city/generate.py --check   # regenerates in memory, compares with the files on disk

Standard library only. Deterministic: a fixed seed, no clock, no environment input.
The geometry is SYNTHETIC (plausible, not surveyed); see docs/demo-city.md.

What it does
  1. A convex city boundary around 44.0°N 87.3°E, 16 towns/streets laid out by region.
  2. 167 seeds (more in the urban streets), a Voronoi partition of the boundary computed by
     half-plane clipping in a local equirectangular projection, mapped back to lon/lat,
     vertices merged and rounded to 6 decimals.
  3. Validation of the partition: rings closed, simple, counter-clockwise; every interior
     edge matched exactly once by the reverse edge of one neighbour; unmatched edges form
     exactly one ring (the city boundary); Σ cell areas = boundary area; pairwise overlap
     area by polygon clipping; point sampling; each town contiguous.
  4. Stations, enterprises (credit codes valid per GB 32100-2015 and GB 11714), outlets and
     devices (HJ 212-2017 factor codes), every point inside the grid it names.
"""
import csv
import io
import json
import math
import os
import random
import sys

SEED = 20260301
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "src", "Oasis", "Demo")
EXAMPLES = os.path.join(ROOT, "tools", "demo-city", "credit-code-examples.txt")

# ----------------------------------------------------------------------------------------
# projection: local equirectangular, units = degrees of latitude
LON0, LAT0 = 87.30, 44.00
KX = math.cos(math.radians(44.0))


def proj(lon, lat):
    return ((lon - LON0) * KX, lat - LAT0)


def unproj(x, y):
    return (LON0 + x / KX, LAT0 + y)


# ----------------------------------------------------------------------------------------
# the city
CITY_CENTER = (87.296, 44.022)  # lon, lat of the urban centre (市人民政府 area, approximate)

# convex, counter-clockwise (x = lon, y = lat); south = Tianshan foothills, north = desert edge
CITY_BOUNDARY = [
    (87.200, 43.615), (87.340, 43.625), (87.455, 43.672), (87.535, 43.770),
    (87.578, 43.905), (87.585, 44.090), (87.560, 44.270), (87.495, 44.430),
    (87.405, 44.545), (87.285, 44.590), (87.150, 44.565), (87.040, 44.470),
    (86.965, 44.310), (86.925, 44.130), (86.930, 43.930), (86.985, 43.780),
    (87.080, 43.670),
]

# towns and streets: code, name, kind, grid count
TOWNS = [
    ("CJ-T01", "宁边路街道", "street", 14),
    ("CJ-T02", "延安北路街道", "street", 14),
    ("CJ-T03", "北京南路街道", "street", 13),
    ("CJ-T04", "建国路街道", "street", 12),
    ("CJ-T05", "中山路街道", "street", 13),
    ("CJ-T06", "绿洲路街道", "street", 12),
    ("CJ-T07", "三工镇", "town", 10),
    ("CJ-T08", "六工镇", "town", 10),
    ("CJ-T09", "二六工镇", "town", 8),
    ("CJ-T10", "大西渠镇", "town", 9),
    ("CJ-T11", "佃坝镇", "town", 8),
    ("CJ-T12", "滨湖镇", "town", 8),
    ("CJ-T13", "榆树沟镇", "town", 10),
    ("CJ-T14", "硫磺沟镇", "town", 9),
    ("CJ-T15", "庙尔沟乡", "town", 7),
    ("CJ-T16", "阿什里哈萨克民族乡", "town", 10),
]
TOWN_NAME = {t[0]: t[1] for t in TOWNS}
TOWN_BY_NAME = {t[1]: t[0] for t in TOWNS}

# urban core: an ellipse-like convex region around the centre, split into 6 sectors.
CORE_RADIUS = 0.052  # degrees of latitude (projected units), about 5.8 km
# street anchors (lon, lat): a core point belongs to the nearest street anchor
STREET_ANCHORS = {
    "CJ-T02": (87.300, 44.024),  # 延安北路街道: central (the city government's seat)
    "CJ-T01": (87.268, 44.040),  # 宁边路街道: west / north-west
    "CJ-T06": (87.322, 44.050),  # 绿洲路街道: north-east
    "CJ-T03": (87.332, 44.004),  # 北京南路街道: south-east
    "CJ-T05": (87.292, 43.988),  # 中山路街道: south
    "CJ-T04": (87.255, 44.003),  # 建国路街道: south-west
}
# town anchors (lon, lat): each non-core point belongs to the nearest anchor
TOWN_ANCHORS = {
    "CJ-T07": (87.430, 44.060),  # 三工镇: east of the city, towards the Toutun River
    "CJ-T08": (87.315, 44.150),  # 六工镇: north of the city
    "CJ-T09": (87.140, 44.090),  # 二六工镇: north-west
    "CJ-T10": (87.100, 44.270),  # 大西渠镇: north-west plain
    "CJ-T11": (87.420, 44.290),  # 佃坝镇: north-east
    "CJ-T12": (87.270, 44.470),  # 滨湖镇: north, desert edge
    "CJ-T13": (87.250, 43.900),  # 榆树沟镇: south of the city
    "CJ-T14": (87.450, 43.800),  # 硫磺沟镇: south-east, Tianshan foothills, coal mines
    "CJ-T15": (87.270, 43.700),  # 庙尔沟乡: south, mountains
    "CJ-T16": (87.040, 43.830),  # 阿什里哈萨克民族乡: south-west, mountains
}
# weights stretch some towns (power-diagram style: d^2 - w)
TOWN_WEIGHTS = {"CJ-T07": 0.0015, "CJ-T13": 0.0}

# rivers, south -> north (lon, lat); synthetic courses, see docs
RIVERS = {
    "三屯河": [(87.165, 43.640), (87.190, 43.760), (87.225, 43.880), (87.262, 43.975),
             (87.268, 44.030), (87.250, 44.140), (87.225, 44.300), (87.200, 44.420)],
    "头屯河": [(87.420, 43.660), (87.470, 43.740), (87.515, 43.850), (87.545, 43.960),
             (87.550, 44.080), (87.530, 44.200), (87.490, 44.330)],
}


# ----------------------------------------------------------------------------------------
# geometry helpers (projected or lon/lat alike)
def area2(poly):
    s = 0.0
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        s += x1 * y2 - x2 * y1
    return s / 2.0


def area_exactish(poly):
    """Shoelace with math.fsum (poly is open)."""
    n = len(poly)
    return math.fsum(poly[i][0] * poly[(i + 1) % n][1] - poly[(i + 1) % n][0] * poly[i][1]
                     for i in range(n)) / 2.0


def centroid(poly):
    a = area2(poly)
    cx = cy = 0.0
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        f = x1 * y2 - x2 * y1
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    return (cx / (6 * a), cy / (6 * a))


def is_convex_ccw(poly):
    n = len(poly)
    for i in range(n):
        ax, ay = poly[i]
        bx, by = poly[(i + 1) % n]
        cx, cy = poly[(i + 2) % n]
        if (bx - ax) * (cy - by) - (by - ay) * (cx - bx) <= 0:
            return False
    return True


def clip_halfplane(poly, nx, ny, c):
    """Keep the part of poly with nx*x + ny*y <= c (Sutherland–Hodgman, one edge)."""
    out = []
    n = len(poly)
    if n == 0:
        return out
    for i in range(n):
        p = poly[i]
        q = poly[(i + 1) % n]
        dp = nx * p[0] + ny * p[1] - c
        dq = nx * q[0] + ny * q[1] - c
        if dp <= 0:
            out.append(p)
        if (dp < 0 < dq) or (dq < 0 < dp):
            t = dp / (dp - dq)
            out.append((p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])))
    return out


def clip_convex(subject, clip):
    """Intersection of polygon `subject` with convex CCW polygon `clip`."""
    out = subject
    n = len(clip)
    for i in range(n):
        ax, ay = clip[i]
        bx, by = clip[(i + 1) % n]
        # inside = left of a->b: (b-a) x (p-a) >= 0  <=>  nx*x+ny*y <= c with n = (dy, -dx)
        nx, ny = (by - ay), -(bx - ax)
        c = nx * ax + ny * ay
        out = clip_halfplane(out, nx, ny, c)
        if not out:
            break
    return out


def point_in_poly(pt, poly):
    x, y = pt
    inside = False
    n = len(poly)
    for i in range(n):
        x1, y1 = poly[i]
        x2, y2 = poly[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if xi > x:
                inside = not inside
    return inside


def dist_point_seg(p, a, b):
    ax, ay = a
    bx, by = b
    px, py = p
    dx, dy = bx - ax, by - ay
    L = dx * dx + dy * dy
    t = 0.0 if L == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / L))
    qx, qy = ax + t * dx, ay + t * dy
    return math.hypot(px - qx, py - qy)


def dist_to_boundary(p, poly):
    n = len(poly)
    return min(dist_point_seg(p, poly[i], poly[(i + 1) % n]) for i in range(n))


def segments_intersect(p1, p2, p3, p4):
    def orient(a, b, c):
        v = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
        return (v > 0) - (v < 0)

    def on_seg(a, b, c):
        return min(a[0], b[0]) <= c[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= c[1] <= max(a[1], b[1])

    o1, o2, o3, o4 = orient(p1, p2, p3), orient(p1, p2, p4), orient(p3, p4, p1), orient(p3, p4, p2)
    if o1 != o2 and o3 != o4:
        return True
    if o1 == 0 and on_seg(p1, p2, p3):
        return True
    if o2 == 0 and on_seg(p1, p2, p4):
        return True
    if o3 == 0 and on_seg(p3, p4, p1):
        return True
    if o4 == 0 and on_seg(p3, p4, p2):
        return True
    return False


def ring_is_simple(poly):
    n = len(poly)
    if len(set(poly)) != n:
        return False
    for i in range(n):
        a, b = poly[i], poly[(i + 1) % n]
        for j in range(i + 1, n):
            if j == i or (j + 1) % n == i or j == (i + 1) % n:
                continue
            c, d = poly[j], poly[(j + 1) % n]
            if segments_intersect(a, b, c, d):
                return False
    return True


def km2_per_deg2():
    # projected units are degrees of latitude on both axes
    return 111.195 ** 2


# ----------------------------------------------------------------------------------------
# regions
CORE_C = proj(*CITY_CENTER)


def core_shape(angle):
    # irregular radius as a function of angle (still star-shaped and roughly convex)
    return CORE_RADIUS * (1.0 + 0.10 * math.cos(2 * angle - 0.6) + 0.05 * math.sin(3 * angle + 1.1))


def region_of(px, py):
    dx, dy = px - CORE_C[0], py - CORE_C[1]
    ang = math.atan2(dy, dx)
    r = math.hypot(dx, dy)
    if r <= core_shape(ang):
        bestc, bestd = None, None
        for code, (lon, lat) in STREET_ANCHORS.items():
            ax, ay = proj(lon, lat)
            d = (px - ax) ** 2 + (py - ay) ** 2
            if bestd is None or d < bestd:
                bestc, bestd = code, d
        return bestc
    bestc, bestd = None, None
    for code, (lon, lat) in TOWN_ANCHORS.items():
        ax, ay = proj(lon, lat)
        d = (px - ax) ** 2 + (py - ay) ** 2 - TOWN_WEIGHTS.get(code, 0.0)
        if bestd is None or d < bestd:
            bestc, bestd = code, d
    return bestc


def make_seeds(rng, boundary_p):
    xs = [p[0] for p in boundary_p]
    ys = [p[1] for p in boundary_p]
    minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
    # estimate each region's area by a regular lattice
    step = 0.004
    counts = {}
    pts_by_region = {}
    y = miny + step / 2
    while y < maxy:
        x = minx + step / 2
        while x < maxx:
            if point_in_poly((x, y), boundary_p):
                r = region_of(x, y)
                counts[r] = counts.get(r, 0) + 1
                pts_by_region.setdefault(r, []).append((x, y))
            x += step
        y += step
    seeds = []  # (x, y, town)
    for code, _name, _kind, n in TOWNS:
        area = counts[code] * step * step
        radius = 0.95 * math.sqrt(area / n)
        cand = pts_by_region[code]
        chosen = []
        fails = 0
        while len(chosen) < n:
            base = cand[rng.randrange(len(cand))]
            p = (base[0] + rng.uniform(-step / 2, step / 2), base[1] + rng.uniform(-step / 2, step / 2))
            if region_of(*p) != code or not point_in_poly(p, boundary_p):
                continue
            ok = all(math.hypot(p[0] - q[0], p[1] - q[1]) >= radius for q in chosen)
            ok = ok and all(math.hypot(p[0] - s[0], p[1] - s[1]) >= 0.35 * radius for s in seeds)
            if ok:
                chosen.append(p)
                fails = 0
            else:
                fails += 1
                if fails > 400:
                    radius *= 0.93
                    fails = 0
        seeds.extend((p[0], p[1], code) for p in chosen)
    return seeds


def voronoi(seeds, boundary_p):
    cells = []
    for i, (sx, sy, _t) in enumerate(seeds):
        others = sorted(((ox - sx) ** 2 + (oy - sy) ** 2, ox, oy)
                        for j, (ox, oy, _u) in enumerate(seeds) if j != i)
        poly = list(boundary_p)
        for d2, ox, oy in others:
            # a seed farther than twice the cell's current max radius cannot cut it
            rmax2 = max((px - sx) ** 2 + (py - sy) ** 2 for px, py in poly)
            if d2 > 4 * rmax2:
                break
            nx, ny = ox - sx, oy - sy
            c = nx * (sx + ox) / 2 + ny * (sy + oy) / 2
            poly = clip_halfplane(poly, nx, ny, c)
        cells.append(poly)
    return cells


def snap_cells(cells_ll):
    """Merge vertices closer than 1e-8° and round to 6 decimals; return cells as lists of
    canonical (lon, lat) tuples plus the smallest distance between distinct vertices."""
    tol = 1e-8
    buckets = {}
    reps = []  # representative float coordinates
    members = []

    def key(p):
        return (int(math.floor(p[0] / 1e-7)), int(math.floor(p[1] / 1e-7)))

    ids_per_cell = []
    for cell in cells_ll:
        ids = []
        for p in cell:
            k = key(p)
            found = None
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    for vid in buckets.get((k[0] + dx, k[1] + dy), ()):
                        q = reps[vid]
                        if abs(p[0] - q[0]) <= tol and abs(p[1] - q[1]) <= tol:
                            found = vid
                            break
                    if found is not None:
                        break
                if found is not None:
                    break
            if found is None:
                found = len(reps)
                reps.append(p)
                members.append([p])
                buckets.setdefault(k, []).append(found)
            else:
                members[found].append(p)
            ids.append(found)
        ids_per_cell.append(ids)
    canon = []
    for ms in members:
        lon = sum(m[0] for m in ms) / len(ms)
        lat = sum(m[1] for m in ms) / len(ms)
        canon.append((round(lon, 6), round(lat, 6)))
    if len(set(canon)) != len(canon):
        raise SystemExit("two distinct vertices round to the same coordinate; change SEED")
    out = []
    for ids in ids_per_cell:
        ring = []
        for vid in ids:
            if not ring or ring[-1] != vid:
                ring.append(vid)
        while len(ring) > 1 and ring[0] == ring[-1]:
            ring.pop()
        out.append([canon[v] for v in ring])
    # smallest distance between distinct canonical vertices (by bucket neighbourhood)
    mind = float("inf")
    grid = {}
    for v in canon:
        grid.setdefault((int(v[0] / 1e-4), int(v[1] / 1e-4)), []).append(v)
    for (gx, gy), vs in grid.items():
        near = []
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                near.extend(grid.get((gx + dx, gy + dy), ()))
        for a in vs:
            for b in near:
                if a != b:
                    mind = min(mind, math.hypot(a[0] - b[0], a[1] - b[1]))
    return out, mind


# ----------------------------------------------------------------------------------------
# validation of the partition
def validate_partition(cells, towns_of_cell, original_boundary):
    report = []
    ok = True
    # 1. rings
    bad_rings = [i for i, c in enumerate(cells) if len(c) < 3 or area2(c) <= 0 or not ring_is_simple(c)]
    report.append(f"rings: {len(cells)} polygons, each closed, >= 3 distinct vertices, counter-clockwise, simple: "
                  f"{'OK' if not bad_rings else 'FAIL ' + str(bad_rings)}")
    ok &= not bad_rings
    # 2. edges
    edges = {}
    for i, c in enumerate(cells):
        for k in range(len(c)):
            e = (c[k], c[(k + 1) % len(c)])
            if e in edges:
                report.append(f"duplicate directed edge {e} in cells {edges[e]} and {i}")
                ok = False
            edges[e] = i
    unmatched = [e for e in edges if (e[1], e[0]) not in edges]
    interior = (len(edges) - len(unmatched)) // 2
    # chain unmatched edges into rings
    nxt = {}
    for a, b in unmatched:
        if a in nxt:
            report.append(f"boundary vertex {a} has two outgoing boundary edges")
            ok = False
        nxt[a] = b
    rings = []
    seen = set()
    for start in nxt:
        if start in seen:
            continue
        ring = [start]
        seen.add(start)
        cur = nxt[start]
        while cur != start:
            if cur in seen or cur not in nxt:
                ok = False
                report.append("boundary edges do not close into a ring")
                break
            ring.append(cur)
            seen.add(cur)
            cur = nxt[cur]
        rings.append(ring)
    report.append(f"edges: {interior} interior edges each shared by exactly two polygons with identical "
                  f"coordinates (opposite direction); {len(unmatched)} boundary edges forming {len(rings)} ring(s): "
                  f"{'OK' if len(rings) == 1 and ok else 'FAIL'}")
    ok &= len(rings) == 1
    boundary = rings[0]
    # rotate ring to start at the southernmost-westernmost vertex for stable output
    s = min(range(len(boundary)), key=lambda i: (boundary[i][1], boundary[i][0]))
    boundary = boundary[s:] + boundary[:s]
    ok_b = area2(boundary) > 0 and ring_is_simple(boundary)
    # every boundary vertex lies on the designed boundary polygon (within rounding)
    dev = max(dist_to_boundary(v, original_boundary) for v in boundary)
    missing = [v for v in original_boundary if (round(v[0], 6), round(v[1], 6)) not in set(boundary)]
    report.append(f"boundary ring: {len(boundary)} vertices, simple, counter-clockwise: {'OK' if ok_b else 'FAIL'}; "
                  f"max distance of its vertices from the designed boundary {dev:.2e} deg; designed corners missing: {len(missing)}")
    ok &= ok_b and dev < 1e-6 and not missing
    # 3. areas
    a_cells = math.fsum(area_exactish(c) for c in cells)
    a_bound = area_exactish(boundary)
    rel = abs(a_cells - a_bound) / a_bound
    a_design = area_exactish([(round(x, 6), round(y, 6)) for x, y in original_boundary])
    km2 = a_bound * KX * km2_per_deg2()
    report.append(f"area: sum of polygons {a_cells:.12f} deg^2, boundary {a_bound:.12f} deg^2, relative difference "
                  f"{rel:.1e} (<= 1e-9: {'OK' if rel <= 1e-9 else 'FAIL'}); about {km2:.0f} km^2; "
                  f"differs from the designed corner polygon by {abs(a_bound - a_design) / a_design:.1e} (rounding of edge points)")
    ok &= rel <= 1e-9
    # 4. pairwise overlap by clipping (cells are convex up to the 6-decimal rounding)
    bbox = [(min(p[0] for p in c), min(p[1] for p in c), max(p[0] for p in c), max(p[1] for p in c)) for c in cells]
    pairs = 0
    max_ov = 0.0
    for i in range(len(cells)):
        for j in range(i + 1, len(cells)):
            bi, bj = bbox[i], bbox[j]
            if bi[2] < bj[0] or bj[2] < bi[0] or bi[3] < bj[1] or bj[3] < bi[1]:
                continue
            pairs += 1
            inter = clip_convex(cells[i], cells[j])
            if len(inter) >= 3:
                max_ov = max(max_ov, abs(area2(inter)))
    min_cell = min(area2(c) for c in cells)
    report.append(f"overlap: {pairs} candidate pairs (bounding boxes touch) clipped; largest intersection area "
                  f"{max_ov:.1e} deg^2 (smallest polygon {min_cell:.1e} deg^2; limit 1e-10: {'OK' if max_ov < 1e-10 else 'FAIL'})")
    ok &= max_ov < 1e-10
    # 5. point sampling
    rng = random.Random(SEED + 7)
    minx = min(p[0] for p in boundary)
    maxx = max(p[0] for p in boundary)
    miny = min(p[1] for p in boundary)
    maxy = max(p[1] for p in boundary)
    bad = 0
    n_in = 0
    N = 20000
    for _ in range(N):
        p = (rng.uniform(minx, maxx), rng.uniform(miny, maxy))
        inside = point_in_poly(p, boundary)
        cnt = sum(1 for i, c in enumerate(cells)
                  if bbox[i][0] <= p[0] <= bbox[i][2] and bbox[i][1] <= p[1] <= bbox[i][3] and point_in_poly(p, c))
        n_in += inside
        if cnt != (1 if inside else 0):
            bad += 1
    report.append(f"sampling: {N} random points ({n_in} inside the city), each inside exactly one polygon if inside "
                  f"the city and none otherwise; mismatches: {bad} ({'OK' if bad == 0 else 'FAIL'})")
    ok &= bad == 0
    # 6. towns contiguous
    adj = {i: set() for i in range(len(cells))}
    for (a, b), i in edges.items():
        j = edges.get((b, a))
        if j is not None:
            adj[i].add(j)
    broken = []
    for code, *_ in TOWNS:
        members = [i for i in range(len(cells)) if towns_of_cell[i] == code]
        seen = {members[0]}
        stack = [members[0]]
        while stack:
            k = stack.pop()
            for j in adj[k]:
                if towns_of_cell[j] == code and j not in seen:
                    seen.add(j)
                    stack.append(j)
        if len(seen) != len(members):
            broken.append(code)
    report.append(f"towns: {len(TOWNS)} towns/streets, each one edge-connected group of grids: "
                  f"{'OK' if not broken else 'FAIL ' + ','.join(broken)}")
    ok &= not broken
    return ok, report, boundary, adj


# ----------------------------------------------------------------------------------------
# unified social credit code (GB 32100-2015) and organisation code (GB 11714-1997)
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_value(ch):
    if ch.isdigit():
        return int(ch)
    return ord(ch) - ord("A") + 10


def org_check(body8):
    s = sum(org_value(c) * w for c, w in zip(body8, ORG_WEIGHTS))
    c9 = 11 - s % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(code):
    """Returns (ok, reason)."""
    if len(code) != 18:
        return False, "length is not 18"
    bad = [c for c in code if c not in USCC_CHARS]
    if bad:
        return False, f"characters outside the GB 32100 set: {''.join(bad)}"
    if uscc_check(code[:17]) != code[17]:
        return False, f"GB 32100 check character should be {uscc_check(code[:17])}"
    if org_check(code[8:16]) != code[16]:
        return False, f"GB 11714 organisation-code check should be {org_check(code[8:16])}"
    return True, "valid"


def make_uscc(rng, used):
    body_chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        body = "MA7" + "".join(rng.choice(body_chars) for _ in range(5))
        org = body + org_check(body)
        if org[-1] not in USCC_CHARS:
            continue
        first = "91" + "652301" + org
        code = first + uscc_check(first)
        if code not in used:
            used.add(code)
            return code


# ----------------------------------------------------------------------------------------
# factors (HJ 212-2017 Tables B.1/B.2; a05024 from HJ 524, see FACTS.md §6.5)
CODE_2005 = {  # 2017 code -> 2005 原编码, only those HJ 212-2017 lists
    "w00000": "B01", "w01001": "001", "w01012": "003", "w01017": "010", "w01018": "011",
    "w01020": "015", "w21001": "065", "w21003": "060", "w21011": "101", "w22001": "080",
    "a00000": "B02", "a01011": "S02", "a01012": "S03", "a01013": "S08", "a01014": "S05",
    "a19001": "S01", "a21026": "02", "a21002": "03", "a21005": "04", "a21028": "05",
    "a21001": "10", "a34013": "01",
}
UG = "µg/m³"
MG = "mg/m³"
F_AIR6 = [("a34004", UG, 0, 1000), ("a34002", UG, 0, 3000), ("a21026", UG, 0, 1000),
          ("a21004", UG, 0, 600), ("a21005", MG, 0, 30), ("a05024", UG, 0, 800)]
F_MET = [("a01001", "°C", -45, 50), ("a01002", "%", 0, 100), ("a01006", "kPa", 80, 105),
         ("a01007", "m/s", 0, 40), ("a01008", "°", 0, 360)]
F_SURFACE = [("w01001", "无量纲", 0, 14), ("w01010", "°C", 0, 40), ("w01009", "mg/L", 0, 20),
             ("w01014", "µS/cm", 0, 5000), ("w01019", "mg/L", 0, 50), ("w21003", "mg/L", 0, 20),
             ("w21011", "mg/L", 0, 5), ("w21001", "mg/L", 0, 30)]
F_FLUE = [("a00000", "m³/s", 0, 1000), ("a34013", MG, 0, 200), ("a21026", MG, 0, 2000),
          ("a21002", MG, 0, 2000), ("a19001", "%", 0, 25), ("a01012", "°C", 0, 300),
          ("a01013", "kPa", -10, 10), ("a01011", "m/s", 0, 40), ("a01014", "%", 0, 100)]
F_DUST = [("a00000", "m³/s", 0, 300), ("a34013", MG, 0, 200), ("a01012", "°C", -30, 200),
          ("a01013", "kPa", -10, 10), ("a01011", "m/s", 0, 40)]
F_VOC = [("a00000", "m³/s", 0, 100), ("a24088", MG, 0, 500), ("a01012", "°C", -30, 150),
         ("a01013", "kPa", -10, 10)]
F_ODOUR = [("a00000", "m³/s", 0, 100), ("a21001", MG, 0, 100), ("a21028", MG, 0, 50),
           ("a01012", "°C", -30, 80)]
F_INCIN = F_FLUE + [("a21005", MG, 0, 500)]
F_WW = [("w00000", "L/s", 0, 500), ("w01001", "无量纲", 0, 14), ("w01018", "mg/L", 0, 2000),
        ("w21003", "mg/L", 0, 300)]
F_WW_NUT = F_WW + [("w21011", "mg/L", 0, 50), ("w21001", "mg/L", 0, 300)]
F_WW_OIL = F_WW + [("w22001", "mg/L", 0, 100)]
F_WW_SS = F_WW + [("w01012", "mg/L", 0, 2000)]
FACTOR_SETS = {"flue": F_FLUE, "dust": F_DUST, "voc": F_VOC, "odour": F_ODOUR, "incin": F_INCIN,
               "ww": F_WW, "ww_nut": F_WW_NUT, "ww_oil": F_WW_OIL, "ww_ss": F_WW_SS,
               "kiln": F_FLUE[:1] + [("a34013", MG, 0, 200), ("a21026", MG, 0, 1000), ("a21002", MG, 0, 1500),
                                     ("a21001", MG, 0, 50), ("a19001", "%", 0, 25), ("a01012", "°C", 0, 400),
                                     ("a01013", "kPa", -10, 10), ("a01011", "m/s", 0, 40), ("a01014", "%", 0, 100)]}


def fmt_factors(fs):
    def num(v):
        return str(int(v)) if float(v).is_integer() else repr(v)
    return ";".join(f"{c}:{u}:{num(lo)}:{num(hi)}" for c, u, lo, hi in fs)


# ----------------------------------------------------------------------------------------
# pollutant plans (station `pollutants` column)
AIR6 = "PM2.5;PM10;SO2;NO2;CO;O3"
GB3838_BASIC = "WT;pH;DO;CODMn;COD;BOD5;NH3-N;TP;TN;Cu;Zn;F;Se;As;Hg;Cd;Cr6;Pb;CN;VPhen;Oil;LAS;S2;FC"
GB3838_SUPPL = "SO4;Cl;NO3-N;Fe;Mn"
GROUNDWATER = "pH;TH;TDS;CODMn;NH3-N;NO3-N;NO2-N;F;As;Hg;Cd;Cr6;Pb;Fe;Mn"

# ----------------------------------------------------------------------------------------
# enterprises: name, industry, category, town, address tail, outlets [(kind, code, name, factor set)],
# protocol (2017 unless 2005), optional fixed position ("river:<name>:<fraction>")
ENTERPRISES = [
    # industrial
    ("昌吉星绿热电有限公司", "热电联产", "industrial", "六工镇", "工业园区纬三路16号",
     [("gas", "DA001", "1号锅炉烟气排放口", "flue"), ("gas", "DA002", "2号锅炉烟气排放口", "flue"),
      ("water", "DW001", "厂区废水总排放口", "ww")], "2017"),
    ("昌吉天山北麓水泥有限公司", "水泥制造", "industrial", "硫磺沟镇", "建材园区1号",
     [("gas", "DA001", "窑尾废气排放口", "kiln"), ("gas", "DA002", "窑头废气排放口", "dust")], "2017"),
    ("昌吉准南煤化工有限公司", "煤制合成气生产", "industrial", "三工镇", "化工园区经七路8号",
     [("gas", "DA001", "气化炉废气排放口", "flue"), ("gas", "DA002", "硫回收尾气排放口", "flue"),
      ("water", "DW001", "废水总排放口", "ww_nut")], "2017"),
    ("昌吉宏远矿业有限公司", "烟煤和无烟煤开采洗选", "industrial", "硫磺沟镇", "矿区东路3号",
     [("gas", "DA001", "燃煤锅炉烟气排放口", "flue"), ("water", "DW001", "矿井水排放口", "ww_ss")], "2017"),
    ("昌吉禾源番茄制品有限公司", "蔬菜加工", "industrial", "二六工镇", "农产品加工园2号",
     [("gas", "DA001", "燃气锅炉烟气排放口", "flue"), ("water", "DW001", "生产废水排放口", "ww_nut")], "2017"),
    ("昌吉麦源谷物加工有限公司", "谷物磨制", "industrial", "大西渠镇", "粮食物流园5号",
     [("gas", "DA001", "除尘器排放口", "dust")], "2017"),
    ("昌吉庭州乳品有限公司", "乳制品制造", "industrial", "榆树沟镇", "食品工业园9号",
     [("gas", "DA001", "燃气锅炉烟气排放口", "flue"), ("water", "DW001", "生产废水排放口", "ww_nut")], "2017"),
    ("昌吉古城酿造有限公司", "白酒制造", "industrial", "六工镇", "食品工业园12号",
     [("gas", "DA001", "锅炉烟气排放口", "flue"), ("water", "DW001", "酿造废水排放口", "ww_nut")], "2017"),
    ("昌吉雪棉纺织有限公司", "棉纺纱加工", "industrial", "佃坝镇", "纺织工业园6号",
     [("gas", "DA001", "清花除尘排放口", "dust")], "2017"),
    ("昌吉恒新建材有限公司", "水泥制品制造", "industrial", "三工镇", "建材路21号",
     [("gas", "DA001", "搅拌站除尘排放口", "dust")], "2017"),
    ("昌吉瑞丰精细化工有限公司", "有机化学原料制造", "industrial", "三工镇", "化工园区经九路15号",
     [("gas", "DA001", "工艺废气排放口", "voc"), ("gas", "DA002", "导热油炉烟气排放口", "flue"),
      ("water", "DW001", "废水总排放口", "ww_nut")], "2017"),
    ("昌吉西域铝材有限公司", "铝压延加工", "industrial", "六工镇", "工业园区纬五路7号",
     [("gas", "DA001", "熔铸炉废气排放口", "flue"), ("water", "DW001", "表面处理废水排放口", "ww")], "2017"),
    ("昌吉通衢汽车维修有限公司", "汽车修理与维护", "industrial", "延安北路街道", "延安北路北段88号",
     [("gas", "DA001", "喷漆房废气排放口", "voc")], "2017"),
    ("昌吉兴农饲料有限公司", "饲料加工", "industrial", "大西渠镇", "工业小区3号",
     [("gas", "DA001", "粉碎除尘排放口", "dust")], "2017"),
    ("昌吉天诚包装印刷有限公司", "包装装潢及其他印刷", "industrial", "北京南路街道", "北京南路工业小区11号",
     [("gas", "DA001", "印刷废气排放口", "voc")], "2017"),
    ("昌吉清源牲畜屠宰有限公司", "牲畜屠宰", "industrial", "二六工镇", "屠宰园区1号",
     [("water", "DW001", "屠宰废水排放口", "ww_nut")], "2017"),
    ("昌吉华疆制药有限公司", "化学药品制剂制造", "industrial", "三工镇", "医药园区经三路5号",
     [("gas", "DA001", "工艺废气排放口", "voc"), ("water", "DW001", "废水总排放口", "ww_nut")], "2017"),
    # agricultural
    ("昌吉牧歌奶牛养殖有限公司", "牛的饲养", "agricultural", "滨湖镇", "养殖小区1号",
     [("water", "DW001", "养殖废水排放口", "ww_nut")], "2017"),
    ("昌吉丰泽生猪养殖有限公司", "猪的饲养", "agricultural", "大西渠镇", "养殖园区8号",
     [("water", "DW001", "养殖废水排放口", "ww_nut"), ("gas", "DA001", "除臭系统排放口", "odour")], "2017"),
    ("昌吉佃坝禽业有限公司", "鸡的饲养", "agricultural", "佃坝镇", "养殖小区4号",
     [("water", "DW001", "养殖废水排放口", "ww")], "2005"),
    # centralised treatment
    ("昌吉城北水务有限公司", "污水处理及其再生利用", "centralised-treatment", "六工镇", "污水处理厂路1号",
     [("water", "DW001", "污水处理厂总排放口", "ww_nut"), ("gas", "DA001", "除臭系统排放口", "odour")], "2017"),
    ("昌吉环晟再生能源有限公司", "生活垃圾焚烧发电", "centralised-treatment", "三工镇", "静脉产业园1号",
     [("gas", "DA001", "1号焚烧炉烟气排放口", "incin"), ("gas", "DA002", "2号焚烧炉烟气排放口", "incin"),
      ("water", "DW001", "渗滤液处理站排放口", "ww_nut")], "2017"),
    ("昌吉康安医疗废物处置有限公司", "危险废物治理", "centralised-treatment", "榆树沟镇", "环保产业园3号",
     [("gas", "DA001", "焚烧炉烟气排放口", "incin")], "2017"),
    # village domestic sewage
    ("昌吉碧源村镇水务有限公司二六工镇污水处理站", "污水处理及其再生利用", "village-domestic", "二六工镇", "镇区北侧",
     [("water", "DW001", "处理站排放口", "ww_nut")], "2017"),
    ("昌吉碧源村镇水务有限公司佃坝镇污水处理站", "污水处理及其再生利用", "village-domestic", "佃坝镇", "镇区东侧",
     [("water", "DW001", "处理站排放口", "ww_nut")], "2017"),
    # boilers
    ("昌吉城南热力有限公司", "热力生产和供应", "boiler", "中山路街道", "中山路南段供热站",
     [("gas", "DA001", "1号锅炉烟气排放口", "flue"), ("gas", "DA002", "2号锅炉烟气排放口", "flue")], "2017"),
    ("昌吉暖泉供热有限公司", "热力生产和供应", "boiler", "建国路街道", "建国路东段供热站",
     [("gas", "DA001", "锅炉烟气排放口", "flue")], "2005"),
    ("昌吉润泽酒店管理有限公司", "旅游饭店", "boiler", "宁边路街道", "宁边路西段66号",
     [("gas", "DA001", "燃气锅炉烟气排放口", "flue")], "2005"),
    ("昌吉六工热力有限公司", "热力生产和供应", "boiler", "六工镇", "镇区供热站",
     [("gas", "DA001", "锅炉烟气排放口", "flue")], "2017"),
    # river outlets
    ("昌吉城西排水运营有限公司三屯河入河排污口", "污水处理及其再生利用", "river-outlet", None, "三屯河右岸",
     [("water", "DW001", "三屯河入河排污口", "ww_nut")], "2017", "river:三屯河:0.55"),
    ("昌吉东郊排水运营有限公司头屯河入河排污口", "污水处理及其再生利用", "river-outlet", None, "头屯河左岸",
     [("water", "DW001", "头屯河入河排污口", "ww_nut")], "2017", "river:头屯河:0.62"),
    # petrol stations
    ("昌吉丝路石油销售有限公司北京南路加油站", "机动车燃油零售", "petrol-station", "北京南路街道", "北京南路南段",
     [("gas", "DA001", "油气回收处理装置排放口", "voc")], "2017"),
    ("昌吉丝路石油销售有限公司三工加油站", "机动车燃油零售", "petrol-station", "三工镇", "312国道旁",
     [("gas", "DA001", "油气回收处理装置排放口", "voc")], "2017"),
    ("昌吉通途能源有限公司大西渠加油站", "机动车燃油零售", "petrol-station", "大西渠镇", "镇区主干道旁",
     [("gas", "DA001", "油气回收处理装置排放口", "voc")], "2017"),
    # oil depots
    ("昌吉准噶尔油品储运有限公司", "油气仓储", "oil-depot", "六工镇", "物流园区油库路2号",
     [("gas", "DA001", "油气回收装置排放口", "voc"), ("water", "DW001", "含油废水排放口", "ww_oil")], "2017"),
    ("昌吉西部储油有限公司", "油气仓储", "oil-depot", "三工镇", "仓储物流园6号",
     [("gas", "DA001", "油气回收装置排放口", "voc")], "2017"),
]

CATEGORIES = ["industrial", "agricultural", "centralised-treatment", "village-domestic", "boiler",
              "river-outlet", "petrol-station", "oil-depot"]


# ----------------------------------------------------------------------------------------
def polyline_point(line, frac):
    """Point at fraction `frac` of the length of a lon/lat polyline (length in projected units)."""
    pts = [proj(*p) for p in line]
    segs = [math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(pts, pts[1:])]
    target = frac * sum(segs)
    for (a, b), L in zip(zip(pts, pts[1:]), segs):
        if target <= L:
            t = target / L
            return unproj(a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
        target -= L
    return line[-1]


class City:
    def __init__(self):
        self.rng = random.Random(SEED)

    def build(self):
        boundary_p = [proj(*p) for p in CITY_BOUNDARY]
        if not is_convex_ccw(boundary_p):
            raise SystemExit("CITY_BOUNDARY must be convex and counter-clockwise")
        seeds = make_seeds(self.rng, boundary_p)
        assert len(seeds) == 167, len(seeds)
        cells_p = voronoi(seeds, boundary_p)
        cells_ll = [[unproj(x, y) for x, y in c] for c in cells_p]
        cells, mind = snap_cells(cells_ll)
        self.min_vertex_distance = mind
        towns = [s[2] for s in seeds]
        # order: town order, then north to south, west to east (by centroid)
        town_order = {t[0]: i for i, t in enumerate(TOWNS)}
        idx = sorted(range(len(cells)),
                     key=lambda i: (town_order[towns[i]], -round(centroid(cells[i])[1], 3), centroid(cells[i])[0]))
        self.cells = [cells[i] for i in idx]
        self.cell_town = [towns[i] for i in idx]
        self.grid_codes = [f"CJ-G{i + 1:03d}" for i in range(len(self.cells))]
        per_town = {}
        self.grid_names = []
        for t in self.cell_town:
            per_town[t] = per_town.get(t, 0) + 1
            self.grid_names.append(f"{TOWN_NAME[t]}第{per_town[t]}网格")
        ok, report, boundary, adj = validate_partition(self.cells, self.cell_town, CITY_BOUNDARY)
        md = f"{mind:.1e} deg" if mind != float("inf") else "more than 1e-4 deg"
        report.append(f"vertices: smallest distance between two distinct vertices {md} (>= 1e-6 keeps "
                      f"6-decimal rounding unambiguous: {'OK' if mind >= 1e-6 else 'FAIL'})")
        ok &= mind >= 1e-6
        self.boundary = boundary
        self.partition_ok = ok
        self.report = report
        self.bbox = [(min(p[0] for p in c), min(p[1] for p in c), max(p[0] for p in c), max(p[1] for p in c))
                     for c in self.cells]

    # ------------------------------------------------------------------
    def grid_of(self, pt):
        hits = [i for i, c in enumerate(self.cells)
                if self.bbox[i][0] <= pt[0] <= self.bbox[i][2] and self.bbox[i][1] <= pt[1] <= self.bbox[i][3]
                and point_in_poly(pt, c)]
        return hits

    def safe_point(self, pt):
        """Round to 6 decimals; require exactly one containing grid and a margin from its edges."""
        p = (round(pt[0], 6), round(pt[1], 6))
        hits = self.grid_of(p)
        if len(hits) != 1:
            return None, None
        if dist_to_boundary(p, self.cells[hits[0]]) < 2e-4:
            return None, None
        return p, hits[0]

    def interior_point(self, cell_index):
        c = self.cells[cell_index]
        cx, cy = centroid(c)
        b = self.bbox[cell_index]
        for _ in range(500):
            t = self.rng.uniform(0.0, 0.55)
            px = cx + t * (self.rng.uniform(b[0], b[2]) - cx)
            py = cy + t * (self.rng.uniform(b[1], b[3]) - cy)
            p, g = self.safe_point((px, py))
            if p is not None and g == cell_index:
                return p
        p, g = self.safe_point((cx, cy))
        assert g == cell_index
        return p

    def river_point(self, river, frac):
        for k in range(200):
            f = frac + (k % 2 * 2 - 1) * (k // 2) * 0.002
            p, g = self.safe_point(polyline_point(RIVERS[river], f))
            if p is not None:
                return p, g
        raise SystemExit(f"no safe point on {river} near {frac}")

    def cells_of_town(self, code):
        return [i for i, t in enumerate(self.cell_town) if t == code]

    # ------------------------------------------------------------------
    def stations(self):
        rows = []
        devices = []
        used_mn = set()

        def mn2017():
            while True:
                m = "".join(self.rng.choice("0123456789ABCDEF") for _ in range(24))
                if m not in used_mn:
                    used_mn.add(m)
                    return m

        self.mn2017 = mn2017
        self.used_mn = used_mn

        def add(code, name, kind, pt, evaluation, pollutants, device=None):
            p, g = self.safe_point(pt)
            k = 0
            while p is None:  # too close to a grid edge: nudge deterministically (about 100 m steps)
                k += 1
                if k > 40:
                    raise SystemExit(f"station {code} falls on a grid edge; move it")
                ang = k * 2.399963
                p, g = self.safe_point((pt[0] + 0.0013 * math.sqrt(k) * math.cos(ang),
                                        pt[1] + 0.0009 * math.sqrt(k) * math.sin(ang)))
            rows.append([code, name, kind, f"{p[1]:.6f}", f"{p[0]:.6f}", self.grid_codes[g],
                         "true" if evaluation else "false", pollutants])
            if device:
                st, rt, mi, fs = device
                devices.append([mn2017(), str(st), "2017", code, "", "", str(rt), str(mi), fmt_factors(fs)])
            return g

        # national-control and other air stations (names plausible, not verified)
        add("CJ-A01", "昌吉州环境监测站", "national", (87.3015, 44.0262), True, AIR6, (22, 60, 5, F_AIR6 + F_MET))
        add("CJ-A02", "昌吉市环境监测站", "national", (87.2825, 44.0085), True, AIR6, (22, 60, 5, F_AIR6 + F_MET))
        add("CJ-A03", "昌吉高新区空气自动站", "provincial", (87.3850, 44.0560), False, AIR6, (22, 60, 5, F_AIR6 + F_MET))
        add("CJ-A04", "硫磺沟镇空气自动站", "city", (87.4380, 43.8060), False, AIR6, (22, 60, 5, F_AIR6 + F_MET))
        # 60 grid micro-stations: 40 in the urban streets, 20 in the towns (2 each)
        micro_cells = []
        for code, _n, kind, _c in TOWNS:
            cs = self.cells_of_town(code)
            if kind == "street":
                k = round(40 * len(cs) / 78)
            else:
                k = 2
            micro_cells.extend(sorted(self.rng.sample(cs, k)))
        while len([c for c in micro_cells if self.cell_town[c] in [t[0] for t in TOWNS[:6]]]) > 40:
            raise SystemExit("micro allocation")
        assert len(micro_cells) == 60, len(micro_cells)
        for n, ci in enumerate(sorted(micro_cells), start=1):
            six = n % 5 == 0
            pol = AIR6 if six else "PM2.5;PM10"
            fs = F_AIR6 if six else F_AIR6[:2]
            fs = fs + [("a01001", "°C", -45, 50), ("a01002", "%", 0, 100)]
            p = self.interior_point(ci)
            add(f"CJ-M{n:03d}", f"{self.grid_names[ci]}微站", "micro", p, False, pol, (22, 60, 5, fs))
        # surface-water sections
        sections = [("CJ-W01", "三屯河水库出口断面", "三屯河", 0.12),
                    ("CJ-W02", "三屯河昌吉城区断面", "三屯河", 0.47),
                    ("CJ-W03", "三屯河下游断面", "三屯河", 0.86),
                    ("CJ-W04", "头屯河水库出口断面", "头屯河", 0.10),
                    ("CJ-W05", "头屯河三工断面", "头屯河", 0.50),
                    ("CJ-W06", "头屯河下游断面", "头屯河", 0.90)]
        for code, name, river, frac in sections:
            p, _g = self.river_point(river, frac)
            add(code, name, "water-section", p, True, GB3838_BASIC, (21, 600, 30, F_SURFACE))
        # drinking-water sources (the plan names 第二水厂水源地 and the 努尔加 surface source)
        add("CJ-D01", "第二水厂水源地", "drinking-water", (87.2610, 43.9420), True, GB3838_BASIC + ";" + GB3838_SUPPL)
        p, _g = self.river_point("三屯河", 0.22)
        add("CJ-D02", "努尔加水库水源地", "drinking-water", (p[0] + 0.006, p[1]), True, GB3838_BASIC + ";" + GB3838_SUPPL)
        # groundwater wells
        add("CJ-GW01", "六工镇地下水监测井", "groundwater", (87.3300, 44.1600), False, GROUNDWATER)
        add("CJ-GW02", "大西渠镇地下水监测井", "groundwater", (87.1100, 44.2600), False, GROUNDWATER)
        add("CJ-GW03", "佃坝镇地下水监测井", "groundwater", (87.4100, 44.3000), False, GROUNDWATER)
        return rows, devices

    def enterprises(self, devices):
        used = set()
        ent_rows, out_rows = [], []
        mn2005_n = 0
        for e in ENTERPRISES:
            name, industry, category, town, addr, outlets, protocol = e[:7]
            fixed = e[7] if len(e) > 7 else None
            code = make_uscc(self.rng, used)
            ok, why = uscc_valid(code)
            assert ok, (code, why)
            if fixed:
                _, river, frac = fixed.split(":")
                p, g = self.river_point(river, float(frac))
                # an outfall sits on the bank: shift slightly east/west and re-check
                for dx in (0.0015, -0.0015, 0.003, -0.003):
                    q, g2 = self.safe_point((p[0] + dx, p[1]))
                    if q is not None:
                        p, g = q, g2
                        break
                town = TOWN_NAME[self.cell_town[g]]
            else:
                tcode = TOWN_BY_NAME[town]
                cs = self.cells_of_town(tcode)
                ci = cs[self.rng.randrange(len(cs))]
                p = self.interior_point(ci)
                g = ci
            address = f"新疆昌吉市{town}{addr}"
            ent_rows.append([code, name, industry, category, address, f"{p[1]:.6f}", f"{p[0]:.6f}", self.grid_codes[g]])
            for kind, ocode, oname, fset in outlets:
                out_rows.append([code, ocode, oname, kind])
                fs = FACTOR_SETS[fset]
                st = 31 if kind == "gas" else 32
                if protocol == "2005":
                    missing = [f[0] for f in fs if f[0] not in CODE_2005]
                    assert not missing, (name, missing)
                    mn2005_n += 1
                    mn = f"6523010{mn2005_n:07d}"
                    assert mn not in self.used_mn
                    self.used_mn.add(mn)
                else:
                    mn = self.mn2017()
                rt = 30 if kind == "gas" else 60
                devices.append([mn, str(st), protocol, "", code, ocode, str(rt), "10", fmt_factors(fs)])
        return ent_rows, out_rows


# ----------------------------------------------------------------------------------------
def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def geojson_text(city):
    lines = ['{"type":"FeatureCollection","features":[']
    feats = []
    for code, name, town, cell in zip(city.grid_codes, city.grid_names, city.cell_town, city.cells):
        ring = [[x, y] for x, y in cell] + [[cell[0][0], cell[0][1]]]
        f = {"type": "Feature", "properties": {"code": code, "name": name, "town": town},
             "geometry": {"type": "Polygon", "coordinates": [ring]}}
        feats.append(json.dumps(f, ensure_ascii=False, separators=(",", ":")))
    lines.append(",\n".join(feats))
    lines.append("]}")
    return "\n".join(lines) + "\n"


def city_text(city):
    ring = [[x, y] for x, y in city.boundary] + [[city.boundary[0][0], city.boundary[0][1]]]
    doc = {
        "code": "652301",
        "name": "昌吉市",
        "nameEn": "Changji City",
        "center": [CITY_CENTER[0], CITY_CENTER[1]],
        "boundary": {"type": "Polygon", "coordinates": [ring]},
        "rivers": {
            "type": "FeatureCollection",
            "features": [{"type": "Feature", "properties": {"name": n},
                          "geometry": {"type": "LineString", "coordinates": [[x, y] for x, y in line]}}
                         for n, line in RIVERS.items()],
        },
        "synthetic": True,
    }
    # one key per line, each value compact (keeps the file short and diff-friendly)
    parts = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False, separators=(',', ':'))}" for k, v in doc.items()]
    return "{\n" + ",\n".join(parts) + "\n}\n"


def credit_examples_text():
    valid = ["91350100M000100Y43"]
    rng = random.Random(SEED + 99)
    used = set(valid)
    valid.append(make_uscc(rng, used))
    valid.append(make_uscc(rng, used))
    for v in valid:
        assert uscc_valid(v)[0], v
    base = valid[1]
    wrong_last = base[:17] + USCC_CHARS[(USCC_CHARS.index(base[17]) + 1) % 31]
    with_o = base[:10] + "O" + base[11:]  # letter O is not in the GB 32100 set
    short = base[:17]
    invalid = [(wrong_last, uscc_valid(wrong_last)[1]), (with_o, uscc_valid(with_o)[1]), (short, uscc_valid(short)[1])]
    for code, _ in invalid:
        assert not uscc_valid(code)[0]
    # a code whose 18th character is right per GB 32100 but whose organisation code fails GB 11714
    org_bad_body = base[8:16]
    org_bad_c9 = "0" if base[16] != "0" else "1"
    first = base[:8] + org_bad_body + org_bad_c9
    org_only = first + uscc_check(first)
    assert not uscc_valid(org_only)[0] and uscc_check(org_only[:17]) == org_only[17]
    lines = [
        "# Unified social credit codes (统一社会信用代码) for unit tests. Generated by tools/demo-city/generate.py.",
        "# Format: valid|invalid,<code>,<note>. Check rules: GB 32100-2015 (18th character, weights",
        "# 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 over the set 0-9 A-H J-N P-R T U W-Y) and",
        "# GB 11714 (17th character = check of the organisation code in positions 9-16).",
        f"valid,{valid[0]},classic published example; passes GB 32100 and GB 11714 with this generator's algorithm",
        f"valid,{valid[1]},generated (91 + 652301 昌吉市 + organisation code)",
        f"valid,{valid[2]},generated (91 + 652301 昌吉市 + organisation code)",
    ]
    for code, why in invalid:
        lines.append(f"invalid,{code},{why}")
    lines.append(f"# Extra case, not counted above: {org_only} passes the GB 32100 check character but its")
    lines.append("# organisation code fails GB 11714 (17th character); strict validators reject it.")
    return "\n".join(lines) + "\n", valid, invalid


def main():
    check = "--check" in sys.argv
    city = City()
    city.build()
    for line in city.report:
        print("  " + line)
    if not city.partition_ok:
        raise SystemExit("partition validation FAILED")

    st_rows, devices = city.stations()
    ent_rows, out_rows = city.enterprises(devices)

    # cross checks
    codes = [r[0] for r in st_rows]
    assert len(codes) == len(set(codes))
    kinds = {}
    for r in st_rows:
        kinds[r[2]] = kinds.get(r[2], 0) + 1
    assert kinds["micro"] == 60 and kinds["national"] >= 2 and kinds["water-section"] == 6 and kinds["drinking-water"] == 2
    assert all(r[6] == "true" for r in st_rows if r[2] == "national")
    cats = {r[3] for r in ent_rows}
    assert cats == set(CATEGORIES), cats
    assert 30 <= len(ent_rows) <= 40
    ent_codes = [r[0] for r in ent_rows]
    assert len(set(ent_codes)) == len(ent_codes)
    assert all(uscc_valid(c)[0] for c in ent_codes)
    assert all(any(o[0] == c for o in out_rows) for c in ent_codes)
    mns = [d[0] for d in devices]
    assert len(mns) == len(set(mns))
    for d in devices:
        assert (len(d[0]) == 24 and d[2] == "2017") or (len(d[0]) == 14 and d[0].isdigit() and d[2] == "2005")
        assert 30 <= int(d[6]) <= 3600 and int(d[7]) in (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30)
    grid_set = set(city.grid_codes)
    # re-verify every point against the written grid (point-in-polygon on the rounded data)
    poly_by_code = dict(zip(city.grid_codes, city.cells))
    pts = [(float(r[4]), float(r[3]), r[5], r[0]) for r in st_rows] + \
          [(float(r[6]), float(r[5]), r[7], r[1]) for r in ent_rows]
    for lon, lat, g, who in pts:
        assert g in grid_set
        hits = [c for c, poly in poly_by_code.items() if point_in_poly((lon, lat), poly)]
        assert hits == [g], (who, hits, g)
    air = [r for r in st_rows if r[2] in ("national", "provincial", "city", "micro")]
    assert len([d for d in devices if d[1] == "22"]) == len(air)
    assert len([d for d in devices if d[1] == "21"]) == kinds["water-section"]
    assert len([d for d in devices if d[1] in ("31", "32")]) == len(out_rows)

    ex_text, valid, invalid = credit_examples_text()
    files = {
        os.path.join(OUT, "towns.csv"): csv_text(["code", "name", "kind"], [[t[0], t[1], t[2]] for t in TOWNS]),
        os.path.join(OUT, "grids.geojson"): geojson_text(city),
        os.path.join(OUT, "city.json"): city_text(city),
        os.path.join(OUT, "stations.csv"): csv_text(
            ["code", "name", "kind", "latitude", "longitude", "gridCode", "evaluation", "pollutants"], st_rows),
        os.path.join(OUT, "enterprises.csv"): csv_text(
            ["creditCode", "name", "industry", "category", "address", "latitude", "longitude", "gridCode"], ent_rows),
        os.path.join(OUT, "outlets.csv"): csv_text(["enterpriseCreditCode", "code", "name", "kind"], out_rows),
        os.path.join(OUT, "devices.csv"): csv_text(
            ["mn", "systemCode", "protocol", "stationCode", "enterpriseCreditCode", "outletCode",
             "realtimeIntervalSeconds", "minuteIntervalMinutes", "factors"], devices),
        EXAMPLES: ex_text,
    }
    stale = []
    for path, text in files.items():
        if check:
            try:
                with open(path, encoding="utf-8", newline="") as f:
                    if f.read() != text:
                        stale.append(path)
            except FileNotFoundError:
                stale.append(path)
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)

    per_town = {}
    for t in city.cell_town:
        per_town[t] = per_town.get(t, 0) + 1
    print(f"  grids per town/street: " + ", ".join(f"{TOWN_NAME[c]} {per_town[c]}" for c, *_ in TOWNS))
    print(f"  stations: {len(st_rows)} (" + ", ".join(f"{k} {v}" for k, v in kinds.items()) + "), every one inside the grid it names")
    cat_n = {}
    for r in ent_rows:
        cat_n[r[3]] = cat_n.get(r[3], 0) + 1
    print(f"  enterprises: {len(ent_rows)} (" + ", ".join(f"{c} {cat_n[c]}" for c in CATEGORIES) +
          "), credit codes valid (GB 32100 + GB 11714), every one inside the grid it names")
    print(f"  outlets: {len(out_rows)} (gas {sum(1 for o in out_rows if o[3] == 'gas')}, water {sum(1 for o in out_rows if o[3] == 'water')})")
    print(f"  devices: {len(devices)} (ST 22: {sum(1 for d in devices if d[1] == '22')}, ST 21: {sum(1 for d in devices if d[1] == '21')}, "
          f"ST 31: {sum(1 for d in devices if d[1] == '31')}, ST 32: {sum(1 for d in devices if d[1] == '32')}; "
          f"protocol 2005: {sum(1 for d in devices if d[2] == '2005')}), MNs unique")
    print(f"  credit-code examples: valid {', '.join(valid)}; invalid {', '.join(c for c, _ in invalid)}")
    if check:
        if stale:
            print("STALE: " + ", ".join(os.path.relpath(p, ROOT) for p in stale))
            raise SystemExit(1)
        print("all files up to date")
    else:
        print("wrote " + ", ".join(os.path.relpath(p, ROOT) for p in files))


if __name__ == "__main__":
    main()
