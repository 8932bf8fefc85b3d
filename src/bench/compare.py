#!/usr/bin/env python3
"""Digit Workbench against modern PyTorch on this machine, back to back.

Runs `bench` of the workbench's jar and src/bench/python/pytorch_baseline.py one after the other,
alternating which goes first, for several rounds, and prints each figure and the median ratio
(workbench / PyTorch) per model. With --whole-epoch it also times one whole one-epoch training process
of each (start-up, data, training, test evaluation), the way a user waits for `train`.

Usage (from the repository root, after `mvn -B package -DskipTests`):
  python3 src/bench/compare.py --python ~/torch-peer/bin/python
Needs: the jar (target/digit-workbench.jar), MNIST fetched (`java -jar target/digit-workbench.jar fetch
--dataset mnist`), and a Python with PyTorch 2.x (CPU) and numpy for the peer (--python).
Only the standard library is used here.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run_json(command):
    """Runs a command and returns the last JSON object it printed on standard output, and its wall time."""
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit("failed (%d): %s\n%s" % (done.returncode, " ".join(command), done.stderr[-2000:]))
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    return json.loads(lines[-1]), wall


def cpu_name():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", default=os.path.expanduser("~/torch-peer/bin/python"),
                        help="a Python with PyTorch 2.x and numpy (default: %(default)s)")
    parser.add_argument("--java", default="java")
    parser.add_argument("--jar", default=os.path.join(ROOT, "target", "digit-workbench.jar"))
    parser.add_argument("--data", default=os.path.expanduser("~/.digit-workbench/datasets/mnist"),
                        help="folder with MNIST's four IDX files (default: %(default)s)")
    parser.add_argument("--models", default="cnn:64,mlp:128", help="model:batch pairs (default: %(default)s)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=15, help="measuring time per run")
    parser.add_argument("--warmup", type=float, default=15, help="warm-up time per run")
    parser.add_argument("--whole-epoch", action="store_true",
                        help="also time one whole `train --epochs 1` process against PyTorch's (cnn, batch 64)")
    parser.add_argument("--json", action="store_true", help="print the results as one JSON object at the end")
    args = parser.parse_args()

    peer = os.path.join(ROOT, "src", "bench", "python", "pytorch_baseline.py")
    version = subprocess.run([args.python, "-c", "import torch; print(torch.__version__)"],
                             stdout=subprocess.PIPE, text=True, check=True).stdout.strip()
    print("machine: %s, %d cores; PyTorch %s" % (cpu_name(), os.cpu_count(), version), flush=True)

    results = []
    for pair in args.models.split(","):
        model, batch = pair.split(":")
        ours_runs, peer_runs, ratios = [], [], []
        for round_number in range(args.rounds):
            ours_cmd = [args.java, "-jar", args.jar, "bench", "--model", model, "--batch", batch,
                        "--seconds", str(args.seconds), "--warmup", str(args.warmup), "--json"]
            peer_cmd = [args.python, peer, "--data", args.data, "--model", model, "--batch", batch,
                        "--seconds", str(args.seconds), "--warmup", str(args.warmup)]
            order = [("ours", ours_cmd), ("peer", peer_cmd)]
            if round_number % 2 == 1:
                order.reverse()
            figures = {}
            for name, command in order:
                figures[name] = run_json(command)[0]["trainImagesPerSecond"]
            ours_runs.append(figures["ours"])
            peer_runs.append(figures["peer"])
            ratios.append(figures["ours"] / figures["peer"])
            print("%s batch %s round %d: workbench %.0f, PyTorch %.0f images/s, ratio %.2f"
                  % (model, batch, round_number + 1, figures["ours"], figures["peer"], ratios[-1]), flush=True)
        results.append({"model": model, "batch": int(batch), "workbench": statistics.median(ours_runs),
                        "pytorch": statistics.median(peer_runs), "ratio": statistics.median(ratios),
                        "rounds": args.rounds})

    whole = None
    if args.whole_epoch:
        out = os.path.join(tempfile.mkdtemp(prefix="compare-"), "cnn.zip")
        ours_cmd = [args.java, "-jar", args.jar, "train", "--dataset", "mnist", "--model", "cnn", "--epochs", "1",
                    "--batch", "64", "--out", out, "--json"]
        peer_cmd = [args.python, peer, "--data", args.data, "--model", "cnn", "--batch", "64", "--epochs", "1"]
        ours, ours_wall = run_json(ours_cmd)
        theirs, peer_wall = run_json(peer_cmd)
        whole = {"workbenchSeconds": ours_wall, "workbenchAccuracy": ours["testAccuracy"],
                 "pytorchSeconds": peer_wall, "pytorchAccuracy": theirs["testAccuracy"],
                 "ratio": peer_wall / ours_wall}
        print("whole one-epoch cnn process: workbench %.1f s (%.2f%%), PyTorch %.1f s (%.2f%%), speed ratio %.2f"
              % (ours_wall, 100 * ours["testAccuracy"], peer_wall, 100 * theirs["testAccuracy"], whole["ratio"]),
              flush=True)

    print()
    print("| model | batch | workbench (images/s) | PyTorch %s (images/s) | ratio (median of %d) |"
          % (version, args.rounds))
    print("|---|---|---|---|---|")
    for r in results:
        print("| `%s` | %d | %.0f | %.0f | %.2f |" % (r["model"], r["batch"], r["workbench"], r["pytorch"], r["ratio"]))
    if args.json:
        print(json.dumps({"machine": cpu_name(), "cores": os.cpu_count(), "pytorch": version,
                          "throughput": results, "wholeEpoch": whole}))


if __name__ == "__main__":
    main()
