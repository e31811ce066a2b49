#!/usr/bin/python3
"""The limited-data study's table and plot (docs/limited_data_study.sh writes the runs).

Reads every run's evaluations.csv (FD and KID on the classifier's features against the test
images) and metrics.jsonl (ADA's p and the overfitting reading r_t), writes OUT/results.csv,
OUT/results.md (the README's table) and OUT/limited_data.png (FD against steps, one panel per data
size; r_t below). Needs python3-matplotlib for the plot only.
"""
import csv
import json
import os
import sys

ARMS = [("none", "no augmentation"), ("diffaugment", "DiffAugment (color,translation,cutout)"),
        ("ada", "ADA"), ("ada-transfer", "ADA + transfer from the other 5 classes")]
SIZES = [500, 1000, 5000]


def evaluations(run):
    rows = {}
    with open(os.path.join(run, "evaluations.csv"), newline="") as f:
        for r in csv.DictReader(f):
            if r["parent"]:
                continue
            rows.setdefault(r["metric"], []).append((int(r["step"]), float(r["value"]),
                                                     r["stddev"], r["name"]))
    return rows


def augment_series(run):
    steps, p, rt = [], [], []
    with open(os.path.join(run, "metrics.jsonl")) as f:
        for line in f:
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            a = row.get("augment")
            if a and "ada_rt" in a:
                steps.append(row["step"])
                rt.append(a["ada_rt"])
                p.append(a.get("ada_p"))
    return steps, p, rt


def main(out):
    table = []
    curves = {}
    for n in SIZES:
        for arm, label in ARMS:
            run = os.path.join(out, f"n{n}-{arm}")
            if not os.path.exists(os.path.join(run, "evaluations.csv")):
                continue
            ev = evaluations(run)
            fd = [x for x in ev["fd"] if x[0] <= 2000]
            kid = [x for x in ev["kid"] if x[0] <= 2000]
            steps, p, rt = augment_series(run)
            best = min(fd, key=lambda x: x[1])
            wall = open(os.path.join(run, "wall_seconds")).read().strip() \
                if os.path.exists(os.path.join(run, "wall_seconds")) else ""
            table.append({"images": n, "arm": label, "fd_final": fd[-1][1], "fd_best": best[1],
                          "fd_best_step": best[0], "kid_final": kid[-1][1],
                          "kid_std": kid[-1][2], "rt_final": rt[-1] if rt else "",
                          "p_final": p[-1] if p and p[-1] is not None else "",
                          "fd_name": fd[-1][3], "kid_name": kid[-1][3], "wall_s": wall})
            curves[(n, arm)] = (fd, steps, rt, p)
    with open(os.path.join(out, "results.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(table[0].keys()))
        w.writeheader()
        w.writerows(table)
    with open(os.path.join(out, "results.md"), "w") as f:
        f.write(f"| images | arm | {table[0]['fd_name']} at 2000 (best, at step) | "
                f"{table[0]['kid_name']} at 2000 | r_t at the end | ADA p at the end |\n")
        f.write("|---:|---|---:|---:|---:|---:|\n")
        for r in table:
            p = f"{r['p_final']:.2f}" if r["p_final"] != "" else "—"
            f.write(f"| {r['images']} | {r['arm']} | {r['fd_final']:.1f} ({r['fd_best']:.1f}, "
                    f"{r['fd_best_step']}) | {r['kid_final']:.3f} | "
                    f"{r['rt_final']:.2f} | {p} |\n")
        longer = [(arm, label, evaluations(os.path.join(out, f"long500-{arm}")))
                  for arm, label in ARMS
                  if os.path.exists(os.path.join(out, f"long500-{arm}", "evaluations.csv"))]
        if longer:
            steps = sorted({s for _, _, ev in longer for s, *_ in ev["fd"]})
            shown = [s for s in steps if s % 1000 == 0]
            f.write("\n| 500 images, longer | " + " | ".join(f"FD at {s}" for s in shown) +
                    " | best (at step) | r_t at the end |\n")
            f.write("|---|" + "---:|" * (len(shown) + 2) + "\n")
            for arm, label, ev in longer:
                at = {s: v for s, v, *_ in ev["fd"]}
                best = min(ev["fd"], key=lambda x: x[1])
                _, _, rt = augment_series(os.path.join(out, f"long500-{arm}"))
                f.write(f"| {label} | " + " | ".join(f"{at[s]:.1f}" if s in at else "—"
                                                     for s in shown) +
                        f" | {best[1]:.1f} ({best[0]}) | {rt[-1]:.2f} |\n")
    print(open(os.path.join(out, "results.md")).read())
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("no matplotlib (apt install python3-matplotlib): no plot", file=sys.stderr)
        return
    fig, axes = plt.subplots(2, len(SIZES), figsize=(4.2 * len(SIZES), 6.4), sharex=True,
                             gridspec_kw={"height_ratios": [2, 1]})
    colours = {"none": "#444444", "diffaugment": "#1f77b4", "ada": "#d62728",
               "ada-transfer": "#2ca02c"}
    for col, n in enumerate(SIZES):
        top, bottom = axes[0][col], axes[1][col]
        for arm, label in ARMS:
            if (n, arm) not in curves:
                continue
            fd, steps, rt, p = curves[(n, arm)]
            top.plot([s for s, *_ in fd], [v for _, v, *_ in fd], marker="o", label=label,
                     color=colours[arm])
            bottom.plot(steps, rt, color=colours[arm], linewidth=1)
            if p and p[0] is not None:
                bottom.plot(steps, p, color=colours[arm], linestyle="--", linewidth=1)
        top.set_title(f"{n} training images")
        top.set_yscale("log")
        top.grid(True, alpha=0.3)
        bottom.axhline(0.6, color="#999999", linewidth=0.8, linestyle=":")
        bottom.set_xlabel("step")
        bottom.grid(True, alpha=0.3)
    axes[0][0].set_ylabel(table[0]["fd_name"] + " (log)")
    axes[1][0].set_ylabel("r_t (solid), ADA p (dashed)")
    axes[0][0].legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(os.path.join(out, "limited_data.png"), dpi=110)
    print("plot:", os.path.join(out, "limited_data.png"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "studies/limited-data")
