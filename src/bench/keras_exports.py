"""Keras against Digit Workbench, by hand (not in CI): the shipped models (or --models) exported to .keras and .h5
and scored in Keras, and the Keras fixtures opened and scored by the workbench.

    mvn -B package -DskipTests
    python3 -m venv /tmp/kerasenv && /tmp/kerasenv/bin/pip install tensorflow-cpu==2.21.0 numpy
    /tmp/kerasenv/bin/python src/bench/keras_exports.py --data ~/.digit-workbench/datasets

--data holds mnist/ and fashion-mnist/ with the four raw IDX files each. Prints, per exported model, the test
accuracy here (`evaluate`), in Keras for each file, and on how many test images Keras's answer differs from ours;
then, per Keras fixture (src/test/keras/make_fixtures.py), Keras's accuracy, ours, and Keras's again on the model
exported back from the workbench (batch normalization, same padding, tanh and sigmoid among them).
"""
import argparse
import json
import os
import struct
import subprocess
import sys
import tempfile

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import keras  # noqa: E402
import numpy as np  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(ROOT, "src", "test", "resources", "org", "digitworkbench", "ml", "keras", "fixtures")


def idx(path):
    with open(path, "rb") as f:
        magic, = struct.unpack(">I", f.read(4))
        dims = struct.unpack(">" + "I" * (magic & 0xFF), f.read(4 * (magic & 0xFF)))
        return np.frombuffer(f.read(), dtype=np.uint8).reshape(dims)


def test_set(data, dataset):
    folder = os.path.join(data, dataset)
    images = idx(os.path.join(folder, "t10k-images-idx3-ubyte")).astype("float32") / 255.0
    return images, idx(os.path.join(folder, "t10k-labels-idx1-ubyte")).astype("int64")


def workbench(args, *command):
    out = subprocess.run(["java", "-jar", args.jar] + list(command) + ["--json"], check=True, capture_output=True,
                         text=True, env=dict(os.environ, DIGIT_WORKBENCH_DATA=args.data)).stdout
    return json.loads(out.strip().splitlines()[-1])


def our_answers(evaluation, labels):
    answers = labels.copy()
    for wrong in evaluation["misclassified"]:
        answers[wrong["index"]] = wrong["predicted"]
    return answers


def keras_answers(path, images):
    model = keras.saving.load_model(path, compile=False)
    x = images.reshape((len(images),) + tuple(model.input_shape[1:]))
    return np.argmax(model.predict(x, batch_size=500, verbose=0), axis=1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True)
    parser.add_argument("--jar", default=os.path.join(ROOT, "target", "digit-workbench.jar"))
    parser.add_argument("--models", nargs="*", default=[os.path.join(ROOT, "models", m + ".zip")
                                                         for m in ("mnist", "fashion-mnist")])
    args = parser.parse_args()
    print("Keras %s" % keras.__version__)
    print("%-22s %-6s %10s %10s %9s %12s" % ("exported model", "file", "here", "in Keras", "points", "answers differ"))
    with tempfile.TemporaryDirectory() as tmp:
        for model in args.models:
            evaluation = workbench(args, "evaluate", "--model", model)
            images, labels = test_set(args.data, evaluation["dataset"])
            ours = our_answers(evaluation, labels)
            for suffix in (".keras", ".h5"):
                out = os.path.join(tmp, os.path.basename(model) + suffix)
                workbench(args, "export", model, "--out", out)
                answers = keras_answers(out, images)
                accuracy = float(np.mean(answers == labels))
                print("%-22s %-6s %9.2f%% %9.2f%% %+9.2f %12d" % (os.path.basename(model), suffix,
                      evaluation["accuracy"] * 100, accuracy * 100, (accuracy - evaluation["accuracy"]) * 100,
                      int(np.sum(answers != ours))))
    expected = json.load(open(os.path.join(FIXTURES, "expected.json")))
    print()
    print("%-22s %-14s %10s %10s %9s %18s" % ("Keras fixture", "data set", "in Keras", "here", "points",
                                            "exported, in Keras"))
    with tempfile.TemporaryDirectory() as tmp:
        for name, fixture in expected.items():
            images, labels = test_set(args.data, fixture["dataset"])
            for file in fixture["files"]:
                path = os.path.join(FIXTURES, file)
                evaluation = workbench(args, "evaluate", "--model", path, "--dataset", fixture["dataset"])
                again = os.path.join(tmp, file + ".keras")
                workbench(args, "export", path, "--out", again)
                print("%-22s %-14s %9.2f%% %9.2f%% %+9.2f %17.2f%%" % (file, fixture["dataset"],
                      fixture["testAccuracy"] * 100, evaluation["accuracy"] * 100,
                      (evaluation["accuracy"] - fixture["testAccuracy"]) * 100,
                      float(np.mean(keras_answers(again, images) == labels)) * 100))


if __name__ == "__main__":
    sys.exit(main())
