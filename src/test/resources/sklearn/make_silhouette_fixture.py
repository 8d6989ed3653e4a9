#!/usr/bin/python3
"""Regenerate the silhouette cross-check fixture used by Basin's tests.

Run from the project root with the system interpreter and Debian's
python3-sklearn / python3-numpy packages:

    /usr/bin/python3 src/test/resources/sklearn/make_silhouette_fixture.py

It writes, in src/test/resources/sklearn/silhouette/:
    data.csv        features x0,x1,x2 of 90 rows: make_blobs(n_samples=90,
                    n_features=3, centers=4, cluster_std=1.8,
                    center_box=(-8, 8), random_state=20240611), then 3 rows
                    appended that repeat earlier rows exactly (zero distances)
    labels.csv      one column per labelling, one row per data row:
                      kmeans_k2 .. kmeans_k6  KMeans(n_clusters=k, n_init=10,
                                              random_state=0).labels_
                      random_k4               RandomState(7).randint(0, 4, n)
                      singleton_k3            rows 0..n-2 split in two halves
                                              by row order, the last row alone
                                              (its s(i) is 0)
    expected.csv    labelling,silhouette: sklearn.metrics.silhouette_score(
                    X, labels, metric="euclidean") as Python repr
"""

import csv
import os
import sys

os.environ["OMP_NUM_THREADS"] = "1"

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.cluster import KMeans  # noqa: E402
from sklearn.datasets import make_blobs  # noqa: E402
from sklearn.metrics import silhouette_score  # noqa: E402

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "silhouette")


def main():
    X, _ = make_blobs(n_samples=90, n_features=3, centers=4, cluster_std=1.8,
                      center_box=(-8, 8), random_state=20240611)
    X = np.vstack([X, X[[3, 17, 40]]])
    n = X.shape[0]
    labellings = {}
    for k in range(2, 7):
        labellings["kmeans_k%d" % k] = KMeans(n_clusters=k, n_init=10, random_state=0).fit(X).labels_
    labellings["random_k4"] = np.random.RandomState(7).randint(0, 4, n)
    singleton = np.zeros(n, dtype=int)
    singleton[(n - 1) // 2:n - 1] = 1
    singleton[n - 1] = 2
    labellings["singleton_k3"] = singleton

    os.makedirs(HERE, exist_ok=True)
    with open(os.path.join(HERE, "data.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["x0", "x1", "x2"])
        for row in X:
            w.writerow([repr(float(v)) for v in row])
    names = list(labellings)
    with open(os.path.join(HERE, "labels.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(names)
        for i in range(n):
            w.writerow([int(labellings[name][i]) for name in names])
    with open(os.path.join(HERE, "expected.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["labelling", "k", "silhouette"])
        for name in names:
            labels = labellings[name]
            w.writerow([name, int(labels.max()) + 1, repr(float(silhouette_score(X, labels, metric="euclidean")))])
    print("sklearn", sklearn.__version__, "numpy", np.__version__, file=sys.stderr)


if __name__ == "__main__":
    main()
