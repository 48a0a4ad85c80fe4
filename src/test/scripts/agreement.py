#!/usr/bin/env python3
"""Inter-annotator agreement on the yardstick: articles annotated twice, by two annotators working
apart, scored with score.py as if the second annotation were a prediction. The figure bounds what
the bars can mean: no tool agrees with one annotator more than a second annotator does.
Usage: src/test/scripts/agreement.py  (from the repository's root)."""
import csv, json, os, subprocess, sys, tempfile

Y = "src/test/resources/yardstick"
second = sorted(f for f in os.listdir(f"{Y}/second-annotator") if f.endswith(".json"))
work = tempfile.mkdtemp()
os.makedirs(f"{work}/gold"); os.makedirs(f"{work}/pred")
rows = {"articles": [], "actors": [], "countries": [], "quotes": [], "events": []}
for f in second:
    first = next(f"{Y}/{h}/gold/{f}" for h in ("tune", "test") if os.path.exists(f"{Y}/{h}/gold/{f}"))
    with open(first) as g, open(f"{work}/gold/{f}", "w") as out:
        out.write(g.read())
    p = json.load(open(f"{Y}/second-annotator/{f}"))
    s = p["source"]
    for author in p.get("authors") or [None]:
        rows["articles"].append([s, p.get("title"), p.get("date"), p.get("publisher"), author])
    for a in p["actors"]:
        rows["actors"].append([s, a["name"], "https://schema.org/" + a["type"]])
    rows["countries"] += [[s, c] for c in p["countries"]]
    for q in p["quotes"]:
        rows["quotes"].append([s, None if q["speaker"] == "unknown" else q["speaker"], q["text"]])
    for n, e in enumerate(p["events"]):
        for part in e["participants"]:
            rows["events"].append([s, f"e{n}", e["type"], e.get("date"), part])
heads = {"articles": ["source", "title", "date", "publisher", "author"], "actors": ["source", "name", "type"],
         "countries": ["source", "iso"], "quotes": ["source", "speakerName", "text"],
         "events": ["source", "event", "type", "date", "participant"]}
for k, rs in rows.items():
    with open(f"{work}/pred/{k}.csv", "w", newline="") as out:
        w = csv.writer(out)
        w.writerow(heads[k])
        w.writerows([["" if v is None else v for v in r] for r in rs])
sys.exit(subprocess.call([sys.executable, "src/test/scripts/score.py", "--gold", f"{work}/gold", "--pred", f"{work}/pred"]))
