#!/usr/bin/env python3
"""PyTorch CPU yardstick for `digit-workbench bench` and `train`: the same models, a plain tutorial training loop.

Usage:
  PYTHON src/bench/python/pytorch_baseline.py --data ~/.digit-workbench/datasets/mnist --model cnn --batch 64
      throughput after a warm-up, one JSON object shaped like `bench --json`'s
  PYTHON src/bench/python/pytorch_baseline.py --data ... --model cnn --batch 64 --epochs 1
      whole epochs over the shuffled training set, then test accuracy, like `train`:
      {"model", "batch", "epochs", "testAccuracy", "seconds"}

PYTHON is a Python with modern PyTorch (the 2.x CPU wheel) and numpy; src/bench/compare.py runs this
script and the workbench back to back.
"""
import argparse
import json
import os
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
    test_images = torch.from_numpy(read_idx(os.path.join(args.data, "t10k-images-idx3-ubyte")).copy())
    test_labels = torch.from_numpy(read_idx(os.path.join(args.data, "t10k-labels-idx1-ubyte")).astype(np.int64))
    net.eval()
    correct = 0
    with torch.no_grad():
        for first in range(0, len(test_images), 1000):
            x = test_images[first:first + 1000].float().div(255).unsqueeze(1)
            correct += (net(x).argmax(1) == test_labels[first:first + 1000]).sum().item()
    print(json.dumps({"model": args.model, "batch": args.batch, "epochs": args.epochs,
                      "testAccuracy": correct / len(test_images), "seconds": time.perf_counter() - start}))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--model", choices=["cnn", "mlp"], default="cnn")
    parser.add_argument("--batch", type=int, default=64)
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

    images = torch.from_numpy(read_idx(os.path.join(args.data, "train-images-idx3-ubyte")).copy())
    labels = torch.from_numpy(read_idx(os.path.join(args.data, "train-labels-idx1-ubyte")).astype(np.int64))
    net = model_a() if args.model == "cnn" else mlp()
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    order = torch.randperm(len(images))
    if args.epochs > 0:
        train_epochs(args, net, optimizer, loss_fn, images, labels)
        return

    def batches():
        while True:
            for start in range(0, len(order) - args.batch + 1, args.batch):
                idx = order[start:start + args.batch]
                yield images[idx].float().div(255).unsqueeze(1), labels[idx]

    source = batches()
    warmup = args.warmup
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
            if now - start >= warmup:
                measuring_since = now
            continue
        seen += args.batch
        if now - measuring_since >= args.seconds:
            break
    train_rate = seen / (time.perf_counter() - measuring_since)

    net.eval()
    x, _ = next(source)
    with torch.no_grad():
        end = time.perf_counter() + warmup
        while time.perf_counter() < end:
            net(x)
        count = 0
        begin = time.perf_counter()
        while time.perf_counter() - begin < args.seconds:
            net(x)
            count += args.batch
        infer_rate = count / (time.perf_counter() - begin)
    print(json.dumps({"model": args.model, "batch": args.batch, "trainImagesPerSecond": train_rate,
                      "inferImagesPerSecond": infer_rate, "engine": "pytorch " + torch.__version__,
                      "threads": torch.get_num_threads()}))


if __name__ == "__main__":
    main()
