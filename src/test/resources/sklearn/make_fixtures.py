#!/usr/bin/python3
"""Regenerate the scikit-learn cross-check fixtures used by Basin's tests.

Run from the project root with the system interpreter and Debian's
python3-sklearn / python3-numpy packages:

    /usr/bin/python3 src/test/resources/sklearn/make_fixtures.py

Optional: ``--search CASE`` lists init seeds that pass every check for one
case (used once to choose the seeds written in CASES below).

For every case this runs

    sklearn.cluster.KMeans(n_clusters=k, init=<init.csv>, n_init=1,
                           algorithm="lloyd", max_iter=300, tol=1e-4)
        .fit(X, sample_weight=w)

and writes, in src/test/resources/sklearn/<case>/:
    data.csv               (synthetic cases only) features x0,x1,... [+ weight]
    init.csv               the k initial centers
    expected.properties    k, max_iter, tol, n_iter, inertia, stop_reason, ...
    expected_labels.csv    sklearn's labels_
    expected_centers.csv   sklearn's cluster_centers_

Every regular case is cross-checked against an independent reference Lloyd
written below in plain numpy (direct squared differences, ties to the lowest
index).  The script fails unless the reference reproduces sklearn's labels and
n_iter exactly and its inertia within 1e-9 (relative), and unless no decision
along the way is a floating-point near-tie (assignment margins, tolerance test,
empty-cluster relocation).  The regular cases are required to never produce an
empty cluster; the "empty-cluster" case exercises sklearn's relocation.
"""

import os
import sys

# sklearn parallelises the Lloyd step with OpenMP; the order of the floating
# point reductions then depends on thread scheduling.  One thread makes the
# output bit-for-bit reproducible.
os.environ["OMP_NUM_THREADS"] = "1"

import csv  # noqa: E402

import numpy as np  # noqa: E402
import sklearn  # noqa: E402
from sklearn.cluster import KMeans, kmeans_plusplus  # noqa: E402
from sklearn.datasets import make_blobs  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
REL_HERE = os.path.relpath(HERE, ROOT).replace(os.sep, "/")

MAX_ITER = 300
TOL = 1e-4
MIN_ITER = 5            # every regular case must take at least this many iterations
INERTIA_RTOL = 1e-9     # reference vs sklearn inertia
ASSIGN_MARGIN = 1e-9    # min (2nd best - best) squared distance, relative to the data scale
TOL_MARGIN = 1e-6       # min |center shift - tol| relative to tol


# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

def load_dataset_csv(relpath, label_column):
    with open(os.path.join(ROOT, relpath), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    li = header.index(label_column)
    columns = [c for i, c in enumerate(header) if i != li]
    X = np.array([[float(v) for i, v in enumerate(r) if i != li] for r in rows[1:]],
                 dtype=np.float64)
    return columns, X


def blobs_weighted():
    X, _ = make_blobs(n_samples=600, n_features=3, centers=5, cluster_std=2.5,
                      center_box=(-10.0, 10.0), random_state=20240601)
    w = np.random.RandomState(20240602).uniform(0.5, 3.0, size=X.shape[0])
    return X, w


def blobs():
    X, _ = make_blobs(n_samples=1000, n_features=4, centers=6, cluster_std=2.5,
                      center_box=(-10.0, 10.0), random_state=20240603)
    return X, None


def empty_cluster():
    # Three small groups; the third initial center is far away from all data,
    # so its cluster is empty after the first assignment.
    X = np.array([
        [0.0, 0.0], [1.0, 0.25], [0.25, 1.0], [1.0, 1.5],        # near (0.5, 0.7)
        [6.0, 5.0], [7.0, 5.25], [6.25, 6.25], [7.5, 6.0],        # near (6.7, 5.6)
        [0.5, 8.0], [1.5, 8.75],                                  # top left pair
    ])
    init = np.array([[0.5, 0.5], [6.5, 5.5], [50.0, 50.0]])
    return X, None, init


# name -> settings.  "seed" is the random_state given to kmeans_plusplus.
CASES = {
    "iris": dict(data="datasets/iris.csv", label="species", k=3, seed=19),
    "wine": dict(data="datasets/wine.csv", label="cultivar", k=3, seed=1),
    "digits": dict(data="datasets/digits.csv", label="digit", k=10, seed=1),
    "blobs-weighted": dict(make=blobs_weighted, k=5, seed=4),
    "blobs": dict(make=blobs, k=6, seed=13),
    "empty-cluster": dict(make=empty_cluster, k=3, seed=None, expect_empty=True),
}


def case_data(name):
    """Return (columns, X, weights or None, data path, fixed init or None)."""
    spec = CASES[name]
    if "data" in spec:
        columns, X = load_dataset_csv(spec["data"], spec["label"])
        return columns, X, None, spec["data"], None
    out = spec["make"]()
    X, w = out[0], out[1]
    init = out[2] if len(out) > 2 else None
    columns = [f"x{j}" for j in range(X.shape[1])]
    return columns, X, w, f"{REL_HERE}/{name}/data.csv", init


# --------------------------------------------------------------------------
# Reference Lloyd (plain numpy), mirroring sklearn 1.2's _kmeans_single_lloyd
# --------------------------------------------------------------------------

class NearTie(Exception):
    pass


class EmptyCluster(Exception):
    pass


def sklearn_tolerance(X, tol):
    # sklearn.cluster._kmeans._tolerance (dense input): mean of the per-feature
    # (unweighted, ddof=0) variances times tol.
    if tol == 0:
        return 0
    return np.mean(np.var(X, axis=0)) * tol


def reference_lloyd(X, w, init, max_iter, tol, allow_empty=False):
    n, d = X.shape
    k = init.shape[0]
    tol_scaled = sklearn_tolerance(X, tol)
    # Scale used to judge assignment near-ties: sklearn computes
    # ||x||^2 - 2 x.c + ||c||^2 on mean-centered data, whose rounding error is
    # a few ulps of (||x - mean||^2 + ||c - mean||^2).
    mean = X.mean(axis=0)
    x_scale = float(((X - mean) ** 2).sum(axis=1).max())
    stats = dict(min_assign_margin=np.inf, min_tol_margin=np.inf, relocations=[])

    def assign(centers):
        D = ((X[:, None, :] - centers[None, :, :]) ** 2).sum(axis=2)
        labels = np.argmin(D, axis=1)          # first minimum = lowest index
        if k > 1:
            part = np.sort(D, axis=1)
            gap = part[:, 1] - part[:, 0]
            c_scale = float(((centers - mean) ** 2).sum(axis=1).max())
            margin = float(gap.min()) / (x_scale + c_scale)
            stats["min_assign_margin"] = min(stats["min_assign_margin"], margin)
            if margin < ASSIGN_MARGIN:
                raise NearTie(f"assignment near-tie (relative margin {margin:g})")
        return labels

    centers = init.astype(np.float64).copy()
    labels_old = np.full(n, -1)
    stop = "max_iter"
    for i in range(max_iter):
        labels = assign(centers)
        sums = np.zeros((k, d))
        wsum = np.zeros(k)
        for j in range(k):
            m = labels == j
            sums[j] = (X[m] * w[m, None]).sum(axis=0)
            wsum[j] = w[m].sum()
        empty = np.flatnonzero(wsum == 0)
        if empty.size:
            if not allow_empty:
                raise EmptyCluster(f"empty cluster(s) {empty.tolist()} at iteration {i + 1}")
            # _relocate_empty_clusters_dense: unweighted squared distance of
            # every point to its (old) assigned center; the n_empty largest
            # are taken in the order np.argpartition leaves them.
            dist = ((X - centers[labels]) ** 2).sum(axis=1)
            srt = np.sort(dist)
            if srt.size > empty.size and srt[-empty.size] - srt[-empty.size - 1] <= 1e-9 * srt[-1]:
                raise NearTie("relocation candidates are not unambiguous")
            if empty.size > 1:
                raise NearTie("more than one empty cluster: order depends on argpartition")
            far = np.argpartition(dist, -empty.size)[:-empty.size - 1:-1]
            for new_id, p in zip(empty, far):
                old_id = labels[p]
                sums[old_id] -= X[p] * w[p]
                sums[new_id] = X[p] * w[p]
                wsum[new_id] = w[p]
                wsum[old_id] -= w[p]
                stats["relocations"].append((i + 1, int(new_id), int(p)))
        new_centers = centers.copy()
        nz = wsum > 0
        new_centers[nz] = sums[nz] / wsum[nz, None]
        # emptied donor cluster (not expected here): sklearn leaves the
        # unscaled sum, i.e. the origin of its mean-centered coordinates
        if not nz.all():
            raise EmptyCluster("a cluster lost all its points by relocation")
        # center_shift[j] = euclidean distance; convergence uses sum of squares
        shift = float((np.sqrt(((new_centers - centers) ** 2).sum(axis=1)) ** 2).sum())
        centers = new_centers
        if np.array_equal(labels, labels_old):
            stop = "strict"
            break
        if tol_scaled > 0:
            tm = abs(shift - tol_scaled) / tol_scaled
            stats["min_tol_margin"] = min(stats["min_tol_margin"], tm)
            if tm < TOL_MARGIN:
                raise NearTie(f"center shift {shift!r} too close to tol {tol_scaled!r}")
        if shift <= tol_scaled:
            stop = "tolerance"
            break
        labels_old = labels
    n_iter = i + 1
    if stop != "strict":
        labels = assign(centers)
    inertia = float((w * ((X - centers[labels]) ** 2).sum(axis=1)).sum())
    return dict(labels=labels, centers=centers, inertia=inertia, n_iter=n_iter,
                stop_reason=stop, tol_scaled=tol_scaled, **stats)


# --------------------------------------------------------------------------
# sklearn run + checks
# --------------------------------------------------------------------------

def run_sklearn(X, w, init, k):
    km = KMeans(n_clusters=k, init=init, n_init=1, algorithm="lloyd",
                max_iter=MAX_ITER, tol=TOL)
    km.fit(X, sample_weight=w)
    return km


def make_init(X, k, seed):
    centers, _ = kmeans_plusplus(X, k, random_state=seed)
    return np.asarray(centers, dtype=np.float64)


def check(name, X, w, init, k, allow_empty=False):
    """Run sklearn and the reference; return (km, ref) or raise on mismatch."""
    km = run_sklearn(X, w, init, k)
    ww = np.ones(X.shape[0]) if w is None else w
    ref = reference_lloyd(X, ww, init, MAX_ITER, TOL, allow_empty=allow_empty)
    if not np.array_equal(ref["labels"], km.labels_):
        raise AssertionError(f"{name}: labels differ from the reference")
    if ref["n_iter"] != km.n_iter_:
        raise AssertionError(f"{name}: n_iter {km.n_iter_} != reference {ref['n_iter']}")
    rel = abs(ref["inertia"] - km.inertia_) / km.inertia_
    if rel > INERTIA_RTOL:
        raise AssertionError(f"{name}: inertia rel. diff {rel:g}")
    ref["inertia_rel_diff"] = rel
    scale = np.abs(X).max()
    ref["center_max_diff"] = float(np.abs(ref["centers"] - km.cluster_centers_).max() / scale)
    if ref["center_max_diff"] > 1e-12:
        raise AssertionError(f"{name}: centers differ ({ref['center_max_diff']:g})")
    if len(np.unique(km.labels_)) != k:
        raise AssertionError(f"{name}: fewer than k distinct labels")
    return km, ref


def r(v):
    return repr(float(v))


def write_rows(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(row) + "\n")


def write_case(name, columns, X, w, data_path, init, seed, km, ref):
    out = os.path.join(HERE, name)
    os.makedirs(out, exist_ok=True)
    if "data" not in CASES[name]:
        header = columns + (["weight"] if w is not None else [])
        rows = []
        for i in range(X.shape[0]):
            row = [r(v) for v in X[i]]
            if w is not None:
                row.append(r(w[i]))
            rows.append(row)
        write_rows(os.path.join(out, "data.csv"), header, rows)
    write_rows(os.path.join(out, "init.csv"), columns, [[r(v) for v in c] for c in init])
    write_rows(os.path.join(out, "expected_labels.csv"), ["label"],
               [[str(int(l))] for l in km.labels_])
    write_rows(os.path.join(out, "expected_centers.csv"), columns,
               [[r(v) for v in c] for c in km.cluster_centers_])
    props = [
        ("data", data_path),
        ("columns", ",".join(columns)),
        ("weight_column", "weight" if w is not None else ""),
        ("k", str(km.n_clusters)),
        ("max_iter", str(MAX_ITER)),
        ("tol", r(TOL)),
        ("n_iter", str(int(km.n_iter_))),
        ("inertia", r(km.inertia_)),
        ("stop_reason", ref["stop_reason"]),
        ("init", "explicit" if seed is None else f"kmeans_plusplus(random_state={seed})"),
        ("empty_cluster_relocations", str(len(ref["relocations"]))),
        ("sklearn_version", sklearn.__version__),
        ("numpy_version", np.__version__),
    ]
    with open(os.path.join(out, "expected.properties"), "w", encoding="utf-8", newline="") as f:
        f.write(f"# scikit-learn KMeans (lloyd) result for the '{name}' case.\n")
        f.write(f"# Generated by {REL_HERE}/make_fixtures.py; do not edit by hand.\n")
        for key, value in props:
            f.write(f"{key}={value}\n")


def generate(name):
    spec = CASES[name]
    columns, X, w, data_path, init = case_data(name)
    k = spec["k"]
    seed = spec["seed"]
    if init is None:
        init = make_init(X, k, seed)
    km, ref = check(name, X, w, init, k, allow_empty=spec.get("expect_empty", False))
    if spec.get("expect_empty"):
        if not ref["relocations"]:
            raise AssertionError(f"{name}: expected an empty-cluster relocation")
    elif km.n_iter_ < MIN_ITER:
        raise AssertionError(f"{name}: only {km.n_iter_} iterations with seed {seed}")
    write_case(name, columns, X, w, data_path, init, seed, km, ref)
    print(f"{name:15s} k={k:<3d} seed={seed!s:5s} n_iter={km.n_iter_:<3d} "
          f"stop={ref['stop_reason']:9s} inertia={km.inertia_!r}  "
          f"[rel.diff {ref['inertia_rel_diff']:.1e}, assign margin "
          f"{ref['min_assign_margin']:.1e}, tol margin {ref['min_tol_margin']:.1e}, "
          f"relocations {ref['relocations']}]")


def search(name, seeds=range(0, 200)):
    spec = CASES[name]
    columns, X, w, _, _ = case_data(name)
    for seed in seeds:
        init = make_init(X, spec["k"], seed)
        try:
            km, ref = check(name, X, w, init, spec["k"])
        except (NearTie, EmptyCluster, AssertionError) as e:
            print(f"seed {seed}: rejected ({e})")
            continue
        print(f"seed {seed}: n_iter={km.n_iter_} stop={ref['stop_reason']} "
              f"inertia={km.inertia_!r} margin={ref['min_assign_margin']:.1e}")


def main(argv):
    if len(argv) == 3 and argv[1] == "--search":
        search(argv[2])
        return
    print(f"sklearn {sklearn.__version__}, numpy {np.__version__}")
    for name in CASES:
        generate(name)


if __name__ == "__main__":
    main(sys.argv)
