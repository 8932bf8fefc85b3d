#!/usr/bin/env python3
"""PyTorch CPU yardstick for `digit-workbench bench` and `train`: the same models, a plain tutorial training loop.

Usage:
  PYTHON src/bench/python/pytorch_baseline.py --data ~/.digit-workbench/datasets/mnist --model cnn --batch 64
      training throughput after a warm-up, then inference over the test set (--infer-batch images a call,
      default 500, after a warm-up) and one image's latency (median of 300 calls after 100), both in eval mode
      under torch.no_grad(); one JSON object shaped like `bench --json`'s
  PYTHON src/bench/python/pytorch_baseline.py --data ... --model cnn-deep --skip-training
      the inference figures only ("trainImagesPerSecond": null)
  PYTHON src/bench/python/pytorch_baseline.py --data ... --model cnn --batch 64 --epochs 1
      whole epochs over the shuffled training set, then test accuracy, like `train`:
      {"model", "batch", "epochs", "testAccuracy", "seconds"}

PYTHON is a Python with modern PyTorch (the 2.x CPU wheel) and numpy; src/bench/compare.py runs this
script and the workbench back to back.
"""
import argparse
import json
import os
import statistics
import time

import numpy as np
import torch
import torch.nn as nn


def read_idx(path):
    with open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def model_a():
    return nn.Sequential(
        nn.Conv2d(1, 32, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 5), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Dropout(0.25), nn.Linear(1024, 100), nn.ReLU(), nn.Linear(100, 10))


def mlp():
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 10))


def mlp_small():
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU(),
                         nn.Linear(128, 10))


def cnn_small():
    return nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Flatten(), nn.Linear(32 * 13 * 13, 100), nn.ReLU(), nn.Linear(100, 10))


def cnn_plus():
    return nn.Sequential(
        nn.Conv2d(1, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Dropout(0.25), nn.Linear(64 * 7 * 7, 256), nn.ReLU(), nn.Dropout(0.4), nn.Linear(256, 10))


def cnn_deep():
    return nn.Sequential(
        nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(), nn.Conv2d(32, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.Conv2d(64, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Dropout(0.25), nn.Linear(64 * 7 * 7, 256), nn.ReLU(), nn.Dropout(0.5), nn.Linear(256, 10))


def cnn_fashion():
    return nn.Sequential(
        nn.Conv2d(1, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(64, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Flatten(), nn.Linear(64 * 5 * 5, 64), nn.ReLU(), nn.Linear(64, 10))


# The workbench's built-in architectures (`architectures` lists their specs), same layers and parameter counts.
MODELS = {"mlp": mlp, "mlp-small": mlp_small, "cnn-small": cnn_small, "cnn": model_a, "cnn-plus": cnn_plus,
          "cnn-deep": cnn_deep, "cnn-fashion": cnn_fashion}

# One-image latency: calls before timing, and calls timed (their median is the figure), as in `bench`.
SINGLE_WARMUP_CALLS = 100
SINGLE_TIMED_CALLS = 300


def read_test_set(data):
    """The test images as floats in [0, 1], shape (N, 1, 28, 28), and their labels."""
    images = torch.from_numpy(read_idx(os.path.join(data, "t10k-images-idx3-ubyte")).copy())
    labels = torch.from_numpy(read_idx(os.path.join(data, "t10k-labels-idx1-ubyte")).astype(np.int64))
    return images.float().div(255).unsqueeze(1), labels


def test_batches(test_images, batch):
    """The test set as consecutive batches of `batch` distinct images (at least one batch, wrapping round)."""
    count = len(test_images)
    if batch > count:
        return [test_images[torch.arange(batch) % count].contiguous()]
    return [test_images[first:first + batch] for first in range(0, count - batch + 1, batch)]


def measure_inference(net, test_images, batch, warmup, seconds):
    """Test-set images per second, `batch` a call, and one image's latency in ms, in eval mode without autograd."""
    net.eval()
    batches = test_batches(test_images, batch)
    with torch.no_grad():
        turn = 0
        end = time.perf_counter() + warmup
        while time.perf_counter() < end:
            torch.softmax(net(batches[turn % len(batches)]), 1)
            turn += 1
        count = 0
        begin = time.perf_counter()
        while time.perf_counter() - begin < seconds:
            torch.softmax(net(batches[turn % len(batches)]), 1)
            turn += 1
            count += batch
        rate = count / (time.perf_counter() - begin)

        for i in range(SINGLE_WARMUP_CALLS):
            torch.softmax(net(test_images[i:i + 1]), 1)
        millis = []
        for i in range(SINGLE_WARMUP_CALLS, SINGLE_WARMUP_CALLS + SINGLE_TIMED_CALLS):
            x = test_images[i % len(test_images):i % len(test_images) + 1]
            start = time.perf_counter()
            torch.softmax(net(x), 1)
            millis.append((time.perf_counter() - start) * 1000)
    return rate, statistics.median(millis)


def train_epochs(args, net, optimizer, loss_fn, images, labels):
    """Like `train`: every epoch visits all training images in a new order (the last batch may be smaller)."""
    start = time.perf_counter()
    net.train()
    for _ in range(args.epochs):
        order = torch.randperm(len(images))
        for first in range(0, len(order), args.batch):
            idx = order[first:first + args.batch]
            x = images[idx].float().div(255).unsqueeze(1)
            optimizer.zero_grad()
            loss_fn(net(x), labels[idx]).backward()
            optimizer.step()
    test_images, test_labels = read_test_set(args.data)
    net.eval()
    correct = 0
    with torch.no_grad():
        for first in range(0, len(test_images), 1000):
            correct += (net(test_images[first:first + 1000]).argmax(1) == test_labels[first:first + 1000]).sum().item()
    print(json.dumps({"model": args.model, "batch": args.batch, "epochs": args.epochs,
                      "testAccuracy": correct / len(test_images), "seconds": time.perf_counter() - start}))


def measure_training(args, net, optimizer, loss_fn, images, labels, order):
    """Training images per second after `warmup` seconds of training, over `seconds`, batches taken in `order`."""

    def batches():
        while True:
            for start in range(0, len(order) - args.batch + 1, args.batch):
                idx = order[start:start + args.batch]
                yield images[idx].float().div(255).unsqueeze(1), labels[idx]

    source = batches()
    net.train()
    start = time.perf_counter()
    seen = 0
    measuring_since = None
    while True:
        x, y = next(source)
        optimizer.zero_grad()
        loss_fn(net(x), y).backward()
        optimizer.step()
        now = time.perf_counter()
        if measuring_since is None:
            if now - start >= args.warmup:
                measuring_since = now
            continue
        seen += args.batch
        if now - measuring_since >= args.seconds:
            break
    return seen / (time.perf_counter() - measuring_since)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--model", choices=sorted(MODELS), default="cnn")
    parser.add_argument("--batch", type=int, default=64, help="training batch size")
    parser.add_argument("--infer-batch", type=int, default=500, help="test images per inference call")
    parser.add_argument("--skip-training", action="store_true", help="measure inference only")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--warmup", type=float, default=20, help="seconds of work before measuring each phase")
    parser.add_argument("--threads", type=int, default=os.cpu_count(),
                        help="intra-op threads (default: all cores; Debian's build would otherwise pick one)")
    parser.add_argument("--epochs", type=int, default=0,
                        help="train this many whole epochs and report test accuracy instead of throughput")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)

    net = MODELS[args.model]()
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    train_rate = None
    if args.epochs > 0 or not args.skip_training:
        images = torch.from_numpy(read_idx(os.path.join(args.data, "train-images-idx3-ubyte")).copy())
        labels = torch.from_numpy(read_idx(os.path.join(args.data, "train-labels-idx1-ubyte")).astype(np.int64))
        order = torch.randperm(len(images))  # drawn before either, so a seed gives the same run as before
        if args.epochs > 0:
            train_epochs(args, net, optimizer, loss_fn, images, labels)
            return
        train_rate = measure_training(args, net, optimizer, loss_fn, images, labels, order)

    test_images, _ = read_test_set(args.data)
    infer_rate, single = measure_inference(net, test_images, args.infer_batch, args.warmup, args.seconds)
    print(json.dumps({"model": args.model, "batch": args.batch, "trainImagesPerSecond": train_rate,
                      "inferImagesPerSecond": infer_rate, "inferBatch": args.infer_batch,
                      "singleImageMillis": single, "engine": "pytorch " + torch.__version__,
                      "threads": torch.get_num_threads()}))


if __name__ == "__main__":
    main()
