"""Writes the crafted HDF5 file of HostileKerasFilesTest that only h5py can make small: a legacy .h5 whose model
config is a plain Dense(10) on 784 inputs but whose kernel declares 2^20 x 2^20 values (4 TB) and holds none.

    /tmp/kerasenv/bin/python src/test/keras/make_hostile.py
"""
import json
import os

import h5py

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "org", "digitworkbench", "ml",
                   "keras", "hostile", "huge-shape.h5")
CONFIG = {"class_name": "Sequential", "config": {"name": "sequential", "layers": [
    {"class_name": "InputLayer", "config": {"batch_shape": [None, 784], "name": "input_layer"}},
    {"class_name": "Dense", "config": {"name": "dense", "units": 10, "activation": "softmax"}}]}}

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with h5py.File(OUT, "w") as f:
    f.attrs["keras_version"] = "3.15.1"
    f.attrs["model_config"] = json.dumps(CONFIG)
    layer = f.create_group("model_weights/dense")
    layer.attrs["weight_names"] = ["sequential/dense/kernel", "sequential/dense/bias"]
    layer.create_dataset("sequential/dense/kernel", shape=(1 << 20, 1 << 20), dtype="f4", chunks=(256, 256))
    layer.create_dataset("sequential/dense/bias", data=[0.0] * 10, dtype="f4")
    f["model_weights"].attrs["layer_names"] = ["dense"]
print(OUT, os.path.getsize(OUT), "bytes")
