#!/usr/bin/env python3
"""Writes src/Oasis/Demo/water-samples.csv: 24 months (2024-11 … 2026-10) of SYNTHETIC monthly samples for the demo
city's six Santun/Toutun river sections and its two drinking-water sources, in the input format of
`oasis water evaluate` (docs/water-cli.md), so the same file imports through POST /api/water/samples/import.

Standard library only, fixed seed, no clock: every run writes the same bytes (`--check` compares instead of writing).
The values have a plausible shape (upstream reservoir outlets cleaner than the downstream sections, a spring
ammonia peak at the Toutun downstream section that takes some months to class IV); they are not measurements."""
import os, random, sys

HEADER = ("section,date,waterbody,pH,DO,CODMn,COD,BOD5,NH3N,TP,Cu,Zn,F,Se,As,Hg,Cd,Cr6,Pb,CN,Phenol,Oil,LAS,Sulfide,TN,"
          "FecalColiform")
# site: (waterbody, CODMn, COD, BOD5, NH3N, TP, TN, faecal coliforms) typical levels
SITES = {
    "CJ-W01": ("river", 1.6, 8.0, 1.2, 0.08, 0.02, 0.6, 150),
    "CJ-W02": ("river", 3.0, 12.0, 2.2, 0.32, 0.07, 1.2, 900),
    "CJ-W03": ("river", 4.4, 16.0, 3.1, 0.62, 0.13, 1.8, 2600),
    "CJ-W04": ("river", 1.7, 8.5, 1.3, 0.09, 0.02, 0.7, 160),
    "CJ-W05": ("river", 3.2, 13.0, 2.4, 0.38, 0.08, 1.3, 1100),
    "CJ-W06": ("river", 4.8, 17.0, 3.3, 0.75, 0.15, 2.1, 3200),
    "CJ-D01": ("river", 1.4, 7.0, 1.0, 0.06, 0.02, 0.5, 60),
    "CJ-D02": ("lake", 1.8, 9.0, 1.3, 0.10, 0.012, 0.6, 80),
}
SEED = 20261201


def months():
    y, m = 2024, 11
    for _ in range(24):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def fmt(x, d):
    return f"{x:.{d}f}"


def rows():
    rnd = random.Random(SEED)
    out = [HEADER]
    for code, (body, codmn, cod, bod, nh3, tp, tn, fc) in SITES.items():
        for y, m in months():
            day = 8 + rnd.randint(0, 6)
            season = {3: 1.5, 4: 1.7, 5: 1.2, 7: 1.15, 8: 1.15}.get(m, 1.0)  # snowmelt and irrigation return water
            noise = lambda s=0.15: max(0.2, rnd.gauss(1.0, s))
            temp_do = 10.5 - 3.5 * (1 if m in (6, 7, 8) else 0.5 if m in (5, 9) else 0)
            nh3_v = nh3 * season * noise(0.2)
            if code == "CJ-W06" and m in (3, 4):
                nh3_v = max(nh3_v, 1.08 + rnd.random() * 0.25)  # the downstream spring peak: class IV
            values = [
                fmt(7.6 + rnd.random() * 0.8, 2),
                fmt(temp_do * noise(0.06), 1),
                fmt(codmn * season ** 0.5 * noise(), 1),
                fmt(max(4.0, cod * season ** 0.5 * noise()), 0),
                fmt(bod * noise(), 1),
                fmt(nh3_v, 3),
                fmt(tp * season ** 0.5 * noise(), 3),
                "0.001L", "0.05L", fmt(0.25 + rnd.random() * 0.3, 2), "0.0004L",
                fmt(0.0010 + rnd.random() * 0.0015, 4) if rnd.random() < 0.5 else "0.0003L",
                "0.00004L", "0.0001L", "0.004L", "0.001L", "0.004L", "0.0003L",
                fmt(0.01 + rnd.random() * 0.02, 2) if rnd.random() < 0.4 else "0.01L",
                "0.05L", "0.005L",
                fmt(tn * season ** 0.5 * noise(), 2),
                str(int(round(fc * season * noise(0.4), -1)) or 10),
            ]
            out.append(f"{code},{y:04d}-{m:02d}-{day:02d},{body}," + ",".join(values))
    return "\n".join(out) + "\n"


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "Oasis", "Demo", "water-samples.csv")
    text = rows()
    if "--check" in sys.argv:
        with open(path, encoding="utf-8") as f:
            sys.exit(0 if f.read() == text else 1)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"{text.count(chr(10)) - 1} samples written to {os.path.normpath(path)}")


main()
