#!/usr/bin/python3
"""scikit-learn peers for bench/stance_peers.sh: TF-IDF word 1-2-grams (sublinear tf) with
LogisticRegression and with LinearSVC, C chosen on dev from {0.1, 0.3, 1, 3, 10, 30, 100}.
Prints one line per model: name, test macro-F1, C, model size in bytes, training seconds."""
import pickle
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.svm import LinearSVC


def read(path):
    xs, ys = [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        xs.append(text)
        ys.append(label)
    return xs, ys


train, dev, test = (read(p) for p in sys.argv[1:4])
for name, make in (("sklearn-logreg", lambda c: LogisticRegression(C=c, max_iter=5000)),
                   ("sklearn-linearsvc", lambda c: LinearSVC(C=c, max_iter=20000))):
    best = (-1.0, None)
    t0 = time.perf_counter()
    for c in (0.1, 0.3, 1, 3, 10, 30, 100):
        vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
        clf = make(c).fit(vec.fit_transform(train[0]), train[1])
        f = f1_score(dev[1], clf.predict(vec.transform(dev[0])), average="macro")
        if f > best[0]:
            best = (f, c, vec, clf)
    secs = time.perf_counter() - t0
    _, c, vec, clf = best
    f = f1_score(test[1], clf.predict(vec.transform(test[0])), average="macro")
    size = len(pickle.dumps((vec, clf)))
    print(f"{name}\t{f:.4f}\tC={c}\t{size}\t{secs:.2f}")
