"""Writes the Keras fixtures of the Java tests: models built in Keras as the tutorials write them, trained briefly,
saved as .keras and as legacy .h5, with Keras's own probabilities for the first 100 test images and its accuracy on
the whole test set (expected.json).

    python3 -m venv /tmp/kerasenv && /tmp/kerasenv/bin/pip install tensorflow-cpu==2.21.0 numpy h5py
    /tmp/kerasenv/bin/python src/test/keras/make_fixtures.py --data ~/.digit-workbench/datasets

--data holds mnist/ and fashion-mnist/ with the four raw IDX files each (what `fetch` verified). The output goes to
src/test/resources/org/digitworkbench/ml/keras/fixtures/ (or --out). Training is seeded, but TensorFlow's threads
make the weights differ a little from run to run: after regenerating, commit the files and expected.json together.
"""
import argparse
import json
import os
import struct
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import h5py  # noqa: E402
import keras  # noqa: E402
import numpy as np  # noqa: E402
from keras import layers  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "resources", "org", "digitworkbench", "ml", "keras", "fixtures")
PROBED = 100


def idx(path):
    with open(path, "rb") as f:
        magic, = struct.unpack(">I", f.read(4))
        dims = struct.unpack(">" + "I" * (magic & 0xFF), f.read(4 * (magic & 0xFF)))
        return np.frombuffer(f.read(), dtype=np.uint8).reshape(dims)


def load(data, dataset):
    folder = os.path.join(data, dataset)
    x_train = idx(os.path.join(folder, "train-images-idx3-ubyte")).astype("float32") / 255.0
    y_train = idx(os.path.join(folder, "train-labels-idx1-ubyte")).astype("int64")
    x_test = idx(os.path.join(folder, "t10k-images-idx3-ubyte")).astype("float32") / 255.0
    y_test = idx(os.path.join(folder, "t10k-labels-idx1-ubyte")).astype("int64")
    return x_train, y_train, x_test, y_test


# The tutorials' models as the tutorials write them (REFERENCE.md, "The tutorials this product grew out of").
def tutorial_a():
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        layers.Conv2D(32, (5, 5), activation="relu"),
        layers.MaxPooling2D((2, 2)),
        layers.Conv2D(64, (5, 5), activation="relu"),
        layers.MaxPooling2D((2, 2)),
        layers.Flatten(),
        layers.Dropout(0.25),
        layers.Dense(100, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ])


def tutorial_b():
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        layers.Conv2D(64, (3, 3), activation="relu"),
        layers.MaxPooling2D((2, 2)),
        layers.Conv2D(64, (3, 3), activation="relu"),
        layers.MaxPooling2D((2, 2)),
        layers.Flatten(),
        layers.Dense(64, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ])


def tutorial_c():
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        layers.Conv2D(32, (3, 3), activation="relu", kernel_initializer="he_uniform"),
        layers.MaxPooling2D((2, 2)),
        layers.Flatten(),
        layers.Dense(100, activation="relu", kernel_initializer="he_uniform"),
        layers.Dense(10, activation="softmax"),
    ])


def tutorial_d():
    return keras.Sequential([
        keras.Input((28, 28)),
        layers.Flatten(),
        layers.Dense(128, activation="relu"),
        layers.Dense(128, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ])


def tutorial_e():
    return keras.Sequential([
        keras.Input((784,)),
        layers.Dense(512, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ])


def beginner():
    """TensorFlow's beginner tutorial, functional: its last layer gives logits (no softmax)."""
    inputs = keras.Input((28, 28))
    x = layers.Flatten()(inputs)
    x = layers.Dense(128, activation="relu")(x)
    x = layers.Dropout(0.2)(x)
    return keras.Model(inputs, layers.Dense(10)(x))


def every_layer():
    """A functional chain of every supported layer kind: reshape, same padding, batch norm, ReLU and Activation
    layers, tanh and sigmoid, a Softmax layer at the end."""
    inputs = keras.Input((784,))
    x = layers.Reshape((28, 28, 1))(inputs)
    x = layers.Conv2D(8, 3, padding="same")(x)
    x = layers.BatchNormalization()(x)
    x = layers.ReLU()(x)
    x = layers.MaxPooling2D()(x)
    x = layers.Conv2D(8, 3, activation="tanh")(x)
    x = layers.MaxPooling2D()(x)
    x = layers.Flatten()(x)
    x = layers.Dense(32)(x)
    x = layers.BatchNormalization()(x)
    x = layers.Activation("sigmoid")(x)
    x = layers.Dropout(0.3)(x)
    x = layers.Dense(10)(x)
    return keras.Model(inputs, layers.Softmax()(x))


# name: (builder, dataset, optimizer, batch, formats). Trained one epoch each, enough to be far from the initial
# weights. To keep the fixtures small, most are saved from an uncompiled copy (no optimizer state) and the legacy
# .h5 only where it adds a case; every-layer keeps its optimizer state in both files, as model.save writes them.
MODELS = {
    "tutorial-a": (tutorial_a, "mnist", "adam", 1000, (".keras",)),
    "tutorial-b": (tutorial_b, "fashion-mnist", "adam", 64, (".keras", ".h5")),
    "tutorial-c": (tutorial_c, "mnist", "adam", 32, (".keras",)),
    "tutorial-d": (tutorial_d, "mnist", "adam", 32, (".keras",)),
    "tutorial-e": (tutorial_e, "mnist", "rmsprop", 128, (".keras",)),
    "beginner": (beginner, "mnist", "adam", 32, (".keras",)),
    "every-layer": (every_layer, "fashion-mnist", "adam", 64, (".keras", ".h5")),
}
WITH_OPTIMIZER = ("every-layer",)


def shaped(x, model):
    return x.reshape((len(x),) + tuple(model.input_shape[1:]))


def probabilities(model, x):
    out = model.predict(x, batch_size=500, verbose=0)
    if model.layers[-1].get_config().get("activation") == "linear":
        out = keras.ops.convert_to_numpy(keras.ops.softmax(out))
    return out


def uncompiled(build, model):
    copy = build()
    copy.set_weights(model.get_weights())
    return copy


def keras2_layout(target, model):
    """The same weights laid out as Keras 2 wrote legacy .h5 files (tf.keras 2.15: `kernel:0` names, a Keras 2
    config with batch_input_shape, fixed-length byte strings), written with h5py as TensorFlow 2.21 no longer
    brings Keras 2."""
    config = {"class_name": "Sequential", "config": {"name": "sequential", "layers": [
        {"class_name": "InputLayer", "config": {"batch_input_shape": [None, 28, 28], "dtype": "float32",
                                                "sparse": False, "ragged": False, "name": "flatten_input"}}]}}
    names = []
    with h5py.File(target, "w") as f:
        weights = f.create_group("model_weights")
        for layer in model.layers:
            entry = {"class_name": layer.__class__.__name__,
                     "config": {"name": layer.name, "trainable": True, "dtype": "float32"}}
            if isinstance(layer, layers.Dense):
                entry["config"].update(units=layer.units, activation=layer.get_config()["activation"],
                                       use_bias=True)
            else:
                entry["config"]["data_format"] = "channels_last"
            config["config"]["layers"].append(entry)
            names.append(layer.name.encode())
            group = weights.create_group(layer.name)
            weight_names = []
            for var in layer.weights:
                name = "%s/%s:0" % (layer.name, var.name)
                group.create_dataset(name, data=keras.ops.convert_to_numpy(var))
                weight_names.append(name.encode())
            group.attrs["weight_names"] = np.array(weight_names, dtype="S")
        weights.attrs["layer_names"] = np.array(names, dtype="S")
        weights.attrs["backend"] = b"tensorflow"
        weights.attrs["keras_version"] = b"2.15.0"
        config.update(keras_version="2.15.0", backend="tensorflow")
        f.attrs["keras_version"] = b"2.15.0"
        f.attrs["backend"] = b"tensorflow"
        f.attrs["model_config"] = json.dumps(config).encode()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--only", nargs="*", help="names of MODELS to write (default: all)")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    expected_path = os.path.join(args.out, "expected.json")
    expected = json.load(open(expected_path)) if os.path.exists(expected_path) else {}
    for name, (build, dataset, optimizer, batch, formats) in MODELS.items():
        if args.only and name not in args.only:
            continue
        keras.utils.set_random_seed(42)
        x_train, y_train, x_test, y_test = load(args.data, dataset)
        model = build()
        logits = model.layers[-1].get_config().get("activation") == "linear"
        model.compile(optimizer=optimizer, metrics=["accuracy"],
                      loss=keras.losses.SparseCategoricalCrossentropy(from_logits=logits))
        model.fit(shaped(x_train, model), y_train, epochs=1, batch_size=batch, verbose=2)
        test = probabilities(model, shaped(x_test, model))
        accuracy = float(np.mean(np.argmax(test, axis=1) == y_test))
        saved = model if name in WITH_OPTIMIZER else uncompiled(build, model)
        for suffix in formats:
            path = os.path.join(args.out, name + suffix)
            saved.save(path)
            reloaded = keras.saving.load_model(path, compile=False)
            assert np.allclose(probabilities(reloaded, shaped(x_test[:PROBED], model)), test[:PROBED], atol=1e-6)
        files = [name + s for s in formats]
        if name == "tutorial-d":
            keras2_layout(os.path.join(args.out, "tutorial-d-keras2.h5"), model)
            files.append("tutorial-d-keras2.h5")
        expected[name] = {"files": files, "dataset": dataset, "kerasVersion": keras.__version__,
                          "logits": logits, "testAccuracy": accuracy,
                          "probabilities": [[round(float(p), 7) for p in row] for row in test[:PROBED]]}
        print("%s: %s test accuracy %.4f" % (name, dataset, accuracy), flush=True)
    with open(expected_path, "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    sys.exit(main())
