#!/usr/bin/python3
"""Regenerate the CSV data sets bundled with Basin.

Run with the system interpreter and Debian's python3-sklearn package
(no network access is needed; the loaders read files shipped with sklearn):

    apt-get install -y python3-sklearn python3-numpy
    /usr/bin/python3 datasets/make_datasets.py

Writes iris.csv, wine.csv, breast-cancer.csv and digits.csv next to this
script. Every number is written exactly as it is spelled in sklearn's
bundled data files (sklearn/datasets/data/); the script checks that each
written value equals the value returned by the sklearn loader.
"""

import csv
import gzip
import os

import numpy as np
import sklearn
from sklearn import datasets as skd

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_DIR = os.path.join(os.path.dirname(skd.__file__), "data")


def raw_rows(filename, skip_header):
    """Rows of sklearn's bundled CSV file, as the original text tokens."""
    path = os.path.join(DATA_DIR, filename)
    opener = gzip.open if filename.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[1:] if skip_header else rows


def write_csv(name, header, feature_tokens, data, labels):
    """Write one CSV after checking the text tokens against the loader data."""
    assert len(feature_tokens) == data.shape[0] == len(labels)
    for tokens, values in zip(feature_tokens, data):
        assert len(tokens) == data.shape[1]
        for t, v in zip(tokens, values):
            # Tokens are either Python float repr (e.g. 5.1) or plain integers
            # (e.g. 1065); either way they parse back to the exact same double.
            assert float(t) == v, (name, t, v)
            assert t == repr(float(t)) or t == str(int(float(t))), (name, t)
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(header) + "\n")
        for tokens, label in zip(feature_tokens, labels):
            f.write(",".join(list(tokens) + [str(label)]) + "\n")
    print(f"wrote {path}: {data.shape[0]} rows x {data.shape[1]} features")


def main():
    print(f"sklearn {sklearn.__version__}, numpy {np.__version__}")

    # Iris: sklearn/datasets/data/iris.csv (first line is a size/names header).
    b = skd.load_iris()
    rows = raw_rows("iris.csv", skip_header=True)
    header = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
    assert len(b.feature_names) == 4
    write_csv("iris.csv", header + ["species"],
              [r[:4] for r in rows], b.data,
              [str(b.target_names[t]) for t in b.target])

    # Wine: sklearn/datasets/data/wine_data.csv.
    b = skd.load_wine()
    rows = raw_rows("wine_data.csv", skip_header=True)
    header = list(b.feature_names)
    assert len(header) == 13
    write_csv("wine.csv", header + ["cultivar"],
              [r[:13] for r in rows], b.data,
              [str(b.target_names[t]) for t in b.target])

    # Breast cancer (Wisconsin diagnostic): sklearn/datasets/data/breast_cancer.csv.
    b = skd.load_breast_cancer()
    rows = raw_rows("breast_cancer.csv", skip_header=True)
    header = [n.replace(" ", "_") for n in b.feature_names]
    assert len(header) == 30
    write_csv("breast-cancer.csv", header + ["diagnosis"],
              [r[:30] for r in rows], b.data,
              [str(b.target_names[t]) for t in b.target])

    # Digits (8x8): sklearn/datasets/data/digits.csv.gz (no header line).
    # Feature r*8+c is pixel (row r, column c) of the 8x8 image.
    b = skd.load_digits()
    rows = raw_rows("digits.csv.gz", skip_header=False)
    header = [f"pixel_{r}_{c}" for r in range(8) for c in range(8)]
    assert np.array_equal(b.images.reshape(-1, 64), b.data)
    for r in rows:
        assert r[64] == str(int(float(r[64])))
    write_csv("digits.csv", header + ["digit"],
              [r[:64] for r in rows], b.data,
              [int(t) for t in b.target])


if __name__ == "__main__":
    main()
