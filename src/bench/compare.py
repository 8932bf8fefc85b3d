#!/usr/bin/env python3
"""Digit Workbench against modern PyTorch on this machine, back to back.

Runs `bench` of the workbench's jar and src/bench/python/pytorch_baseline.py one after the other,
alternating which goes first, for several rounds, and prints each figure and the median ratio
(workbench / PyTorch) per model. With --inference it also measures, per model of --infer-models, test-set
images per second at --infer-batch images a call and one image's latency (both runs skip training; PyTorch
in eval mode under torch.no_grad()): ratios images/s workbench / PyTorch and latency PyTorch / workbench,
so above 1 the workbench is faster in both. With --whole-epoch it also times one whole one-epoch training
process of each (start-up, data, training, test evaluation), the way a user waits for `train`.

Usage (from the repository root, after `mvn -B package -DskipTests`):
  python3 src/bench/compare.py --python ~/torch-peer/bin/python
  python3 src/bench/compare.py --python ~/torch-peer/bin/python --inference --skip-training
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


def machine():
    """The processor, its widest vector instructions, cores and memory: 'AMD EPYC with AVX-512, 2 cores, 24 GiB'."""
    flags, memory = set(), None
    try:
        with open("/proc/cpuinfo") as f:
            flags = next((line.split(":", 1)[1].split() for line in f if line.startswith("flags")), [])
        with open("/proc/meminfo") as f:
            kib = next(int(line.split()[1]) for line in f if line.startswith("MemTotal"))
            memory = round(kib / 1024 ** 2)
    except (OSError, StopIteration, ValueError):
        pass
    vector = "AVX-512" if "avx512f" in flags else "AVX2" if "avx2" in flags else None
    return "%s%s, %d cores%s" % (cpu_name(), " with " + vector if vector else "", os.cpu_count(),
                                 ", %d GiB" % memory if memory else "")


def back_to_back(round_number, ours_cmd, peer_cmd):
    """Runs both commands, the workbench first in even rounds and PyTorch first in odd ones; their JSON outputs."""
    order = [("ours", ours_cmd), ("peer", peer_cmd)]
    if round_number % 2 == 1:
        order.reverse()
    return {name: run_json(command)[0] for name, command in order}


def measure_inference(args, peer, model):
    """Both inference figures of one model for both, --rounds times back to back; medians and median ratios."""
    common = ["--model", model, "--infer-batch", str(args.infer_batch), "--skip-training",
              "--seconds", str(args.seconds), "--warmup", str(args.warmup)]
    ours_cmd = [args.java, "-jar", args.jar, "bench"] + common + ["--json"]
    peer_cmd = [args.python, peer, "--data", args.data, "--threads", str(args.threads)] + common
    rounds = []
    for round_number in range(args.rounds):
        figures = back_to_back(round_number, ours_cmd, peer_cmd)
        ours, theirs = figures["ours"], figures["peer"]
        rounds.append({"workbenchImagesPerSecond": ours["inferImagesPerSecond"],
                       "pytorchImagesPerSecond": theirs["inferImagesPerSecond"],
                       "throughputRatio": ours["inferImagesPerSecond"] / theirs["inferImagesPerSecond"],
                       "workbenchSingleImageMillis": ours["singleImageMillis"],
                       "pytorchSingleImageMillis": theirs["singleImageMillis"],
                       "latencyRatio": theirs["singleImageMillis"] / ours["singleImageMillis"],
                       "workbenchThreads": ours["threads"], "workbenchNative": ours["nativeVariant"],
                       "pytorchThreads": theirs["threads"]})
        r = rounds[-1]
        print("%s inference round %d: batch %d: workbench %.0f, PyTorch %.0f images/s, ratio %.2f; one image:"
              " workbench %.3f, PyTorch %.3f ms, ratio %.2f"
              % (model, round_number + 1, args.infer_batch, r["workbenchImagesPerSecond"],
                 r["pytorchImagesPerSecond"], r["throughputRatio"], r["workbenchSingleImageMillis"],
                 r["pytorchSingleImageMillis"], r["latencyRatio"]), flush=True)
    result = {"model": model, "inferBatch": args.infer_batch, "rounds": args.rounds,
              "workbenchThreads": rounds[-1]["workbenchThreads"], "workbenchNative": rounds[-1]["workbenchNative"],
              "pytorchThreads": rounds[-1]["pytorchThreads"]}
    for key in ("workbenchImagesPerSecond", "pytorchImagesPerSecond", "throughputRatio",
                "workbenchSingleImageMillis", "pytorchSingleImageMillis", "latencyRatio"):
        result[key] = statistics.median(r[key] for r in rounds)
    result["perRound"] = rounds
    return result


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
    parser.add_argument("--skip-training", action="store_true", help="leave out the training rows (--models)")
    parser.add_argument("--inference", action="store_true",
                        help="also compare test-set images/s at --infer-batch and one image's latency")
    parser.add_argument("--infer-models", default="mlp,cnn-deep",
                        help="models of the inference rows (default: %(default)s)")
    parser.add_argument("--infer-batch", type=int, default=500,
                        help="test images per inference call (default: %(default)s)")
    parser.add_argument("--threads", type=int, default=os.cpu_count(),
                        help="PyTorch's intra-op threads (default: the cores, %(default)s)")
    parser.add_argument("--whole-epoch", action="store_true",
                        help="also time one whole `train --epochs 1` process against PyTorch's (cnn, batch 64)")
    parser.add_argument("--json", action="store_true", help="print the results as one JSON object at the end")
    args = parser.parse_args()

    peer = os.path.join(ROOT, "src", "bench", "python", "pytorch_baseline.py")
    version = subprocess.run([args.python, "-c", "import torch; print(torch.__version__)"],
                             stdout=subprocess.PIPE, text=True, check=True).stdout.strip()
    print("machine: %s; PyTorch %s" % (machine(), version), flush=True)

    results = []
    for pair in ([] if args.skip_training else args.models.split(",")):
        model, batch = pair.split(":")
        ours_runs, peer_runs, ratios = [], [], []
        for round_number in range(args.rounds):
            ours_cmd = [args.java, "-jar", args.jar, "bench", "--model", model, "--batch", batch,
                        "--seconds", str(args.seconds), "--warmup", str(args.warmup), "--json"]
            peer_cmd = [args.python, peer, "--data", args.data, "--model", model, "--batch", batch,
                        "--threads", str(args.threads), "--seconds", str(args.seconds), "--warmup", str(args.warmup)]
            figures = {name: out["trainImagesPerSecond"]
                       for name, out in back_to_back(round_number, ours_cmd, peer_cmd).items()}
            ours_runs.append(figures["ours"])
            peer_runs.append(figures["peer"])
            ratios.append(figures["ours"] / figures["peer"])
            print("%s batch %s round %d: workbench %.0f, PyTorch %.0f images/s, ratio %.2f"
                  % (model, batch, round_number + 1, figures["ours"], figures["peer"], ratios[-1]), flush=True)
        results.append({"model": model, "batch": int(batch), "workbench": statistics.median(ours_runs),
                        "pytorch": statistics.median(peer_runs), "ratio": statistics.median(ratios),
                        "rounds": args.rounds})

    inference = [measure_inference(args, peer, model) for model in args.infer_models.split(",")] \
        if args.inference else []

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
    print("Machine: %s; PyTorch %s, %d threads; medians of %d round%s, run back to back." % (
        machine(), version, args.threads, args.rounds, "" if args.rounds == 1 else "s"))
    if results:
        print()
        print("| model | batch | workbench (training images/s) | PyTorch %s (training images/s) | ratio, workbench /"
              " PyTorch (median of %d) |" % (version, args.rounds))
        print("|---|---|---|---|---|")
        for r in results:
            print("| `%s` | %d | {:,.0f} | {:,.0f} | %.2f |".format(r["workbench"], r["pytorch"])
                  % (r["model"], r["batch"], r["ratio"]))
    if inference:
        print()
        print("| model | workbench (test images/s, batch %d) | PyTorch %s (test images/s, batch %d) | ratio, workbench"
              " / PyTorch | workbench (one image, ms) | PyTorch %s (one image, ms) | ratio, PyTorch / workbench |"
              % (args.infer_batch, version, args.infer_batch, version))
        print("|---|---|---|---|---|---|---|")
        for r in inference:
            print("| `%s` | {:,.0f} | {:,.0f} | %.2f | %.3f | %.3f | %.2f |".format(
                r["workbenchImagesPerSecond"], r["pytorchImagesPerSecond"])
                  % (r["model"], r["throughputRatio"], r["workbenchSingleImageMillis"], r["pytorchSingleImageMillis"],
                     r["latencyRatio"]))
        print()
        print("Ratios above 1: the workbench is faster (more images per second; less time for one image).")
    if args.json:
        print(json.dumps({"machine": machine(), "cpu": cpu_name(), "cores": os.cpu_count(), "pytorch": version,
                          "pytorchThreads": args.threads, "throughput": results, "inference": inference,
                          "wholeEpoch": whole}))

if __name__ == "__main__":
    main()
