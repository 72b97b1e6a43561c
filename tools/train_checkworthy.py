"""Train the check-worthiness model: ``python tools/train_checkworthy.py [DATA_DIR]``.

Needs the ``train`` extra (scikit-learn). Data: the CheckThat! 2022 task 1B Arabic files
(``train.tsv``, ``dev.tsv``; default ``../shared/ref/ct22-ar-1b`` beside the repository), free
for general research use; the model carries that note.

Features are the runtime's own (workbench/core/checkworthy.py): hashed character n-grams of the
normalised text (sublinear TF-IDF, L2) and the explainable features. A logistic regression is
fitted with C chosen by 5-fold cross-validated ROC AUC on train.tsv; the decision threshold
maximises F1 on the cross-validated predictions. Weights are written as JSON (int8 per bucket,
idf as uint8) to resources/checkworthy-model.json, then the *written* model is scored on
dev.tsv with the runtime code, so the figures printed are those of what ships.

The article score's weights for text in another script than Arabic are fitted on labelled
English news sentences (``bench/news-train-labels.json``; texts fetched by
``bench/news_set.py`` from Debian's ``r-cran-tm``), never on the news set the bench measures.
"""

from __future__ import annotations

import base64
import csv
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.core import checkworthy as cw  # noqa: E402
from workbench.core.normalize import normalize  # noqa: E402

BUCKETS = 1 << 17
NGRAM = (2, 5)
FEATURE_SCALE = 1.0
#: Regularisation strengths tried (1, 3, 10, 30 were tried once: 3 won, 0.871 vs 0.863–0.869).
CS = (3.0,)
OUT = ROOT / "resources" / cw.MODEL_RESOURCE


def read(path: Path) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            texts.append(row["tweet_text"])
            labels.append(int(row["class_label"]))
    return texts, labels


def counts(texts):
    from scipy.sparse import csr_matrix

    data, rows, cols = [], [], []
    for i, t in enumerate(texts):
        per: dict[int, int] = {}
        for g, c in cw.ngrams(normalize(cw.clean(t)), *NGRAM).items():
            b = cw.bucket(g, BUCKETS)
            per[b] = per.get(b, 0) + c
        for b, c in per.items():
            rows.append(i)
            cols.append(b)
            data.append(c)
    return csr_matrix((data, (rows, cols)), shape=(len(texts), BUCKETS), dtype=float)


def matrix(texts, idf):
    import numpy as np
    from scipy.sparse import diags, hstack
    from sklearn.preprocessing import normalize as l2

    x = counts(texts)
    x.data = 1.0 + np.log(x.data)
    x = l2(x @ diags(idf))
    f = np.array([cw.feature_vector(cw.features(t)) for t in texts]) * FEATURE_SCALE
    return hstack([x, f]).tocsr()


def main(data_dir: Path) -> int:
    import numpy as np
    import sklearn
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score, roc_auc_score
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    train_x, train_y = read(data_dir / "train.tsv")
    dev_x, dev_y = read(data_dir / "dev.tsv")
    c = counts(train_x)
    df = np.bincount(c.nonzero()[1], minlength=BUCKETS)
    idf = np.log((1 + len(train_x)) / (1 + df)) + 1.0
    X, y = matrix(train_x, idf), np.array(train_y)
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    best = None
    for C in CS:
        model = LogisticRegression(C=C, max_iter=3000)
        p = cross_val_predict(model, X, y, cv=folds, method="predict_proba")[:, 1]
        auc = roc_auc_score(y, p)
        print(f"C={C:<5} cross-validated ROC AUC on train: {auc:.4f}")
        if best is None or auc > best[0]:
            best = (auc, C, p)
    cv_auc, C, p = best
    article = fit_article_score(X, y, C, folds, train_x)
    print("article score (fitted on out-of-fold logits of train.tsv):", article)
    thresholds = np.linspace(0.2, 0.8, 61)
    threshold = float(max(thresholds, key=lambda t: f1_score(y, p >= t)))
    model = LogisticRegression(C=C, max_iter=3000).fit(X, y)
    w = model.coef_[0]
    wn, wf = w[:BUCKETS], w[BUCKETS:] * FEATURE_SCALE
    scale = float(np.abs(wn).max() / 127.0)
    lo, hi = float(idf.min()), float(idf.max())
    data = {
        "format": cw.FORMAT, "version": cw.VERSION, "buckets": BUCKETS, "ngram": list(NGRAM),
        "hash": "crc32 of the UTF-8 n-gram, modulo buckets",
        "bias": float(model.intercept_[0]),
        "weight_scale": scale,
        "weights_int8": base64.b64encode(
            np.clip(np.round(wn / scale), -127, 127).astype(np.int8).tobytes()).decode(),
        "idf_range": [lo, hi],
        "idf_uint8": base64.b64encode(
            np.round((idf - lo) / (hi - lo) * 255).astype(np.uint8).tobytes()).decode(),
        "feature_weights": {code: round(float(v), 4) for code, v in zip(cw.FEATURE_CODES, wf)},
        "threshold": threshold,
        "article_score": article,
        "meta": {
            "trained_on": "CheckThat! 2022 task 1B Arabic, train.tsv (3,631 tweets); "
                          "free for general research use (CLEF-2022 CheckThat! lab, Nakov et al.)",
            "trained": date.today().isoformat(), "scikit_learn": sklearn.__version__, "C": C,
            "cv_roc_auc_train": round(cv_auc, 4),
        },
    }
    # Score dev.tsv with the runtime code on the quantised model that ships.
    runtime = cw.Model.from_json(data)
    scores = [runtime.explain(t).score for t in dev_x]
    dev_auc = roc_auc_score(dev_y, scores)
    dev_f1 = f1_score(dev_y, [s >= threshold for s in scores])
    data["meta"].update(dev_roc_auc=round(dev_auc, 4), dev_f1=round(dev_f1, 4))
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"chosen C={C}; threshold {threshold:.2f}")
    print("feature weights:", data["feature_weights"])
    print(f"dev.tsv (runtime, quantised): ROC AUC {dev_auc:.4f}, F1 {dev_f1:.4f}")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB)")
    return 0


def fit_article_score(X, y, C, folds, texts) -> dict:
    """The weights of the score that ranks proposals in articles,
    ``sigmoid(bias + logit × model logit + for × features for − against × features against)``,
    fitted by maximising the log-likelihood of train.tsv (a logistic regression of three
    inputs, unregularised), with the signs the features are defined by: the model's logit
    counts positively, a feature for a claim may not lower the score and one against may not
    raise it (``for``, ``against`` ≥ 0; L-BFGS-B with bounds). The model logit is out-of-fold
    (each tweet scored by a model that did not see it), so the fit sees the model as it does
    on new text, not its fit to its own training data. Also fitted: ``other``, the weights that
    score text in another script than Arabic (:func:`fit_other_script`)."""
    import numpy as np
    from scipy.optimize import minimize
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    oof = cross_val_predict(LogisticRegression(C=C, max_iter=3000), X, y, cv=folds,
                            method="decision_function")
    fired = [cw.features(t) for t in texts]
    n_for = np.array([sum(f.code not in cw.AGAINST for f in fs) for fs in fired], dtype=float)
    n_against = np.array([sum(f.code in cw.AGAINST for f in fs) for fs in fired], dtype=float)
    z = np.column_stack([np.ones(len(y)), oof, n_for, -n_against])
    t = np.asarray(y, dtype=float)

    def loss(w):
        s = z @ w
        p = 1.0 / (1.0 + np.exp(-s))
        return float(np.sum(np.logaddexp(0.0, s) - t * s)), z.T @ (p - t)

    free = minimize(loss, np.array([0.0, 1.0, 0.0, 0.0]), jac=True, method="L-BFGS-B")
    fit = minimize(loss, np.array([0.0, 1.0, 0.0, 0.0]), jac=True, method="L-BFGS-B",
                   bounds=[(None, None), (0.0, None), (0.0, None), (0.0, None)])
    b, a, f, g = (float(v) for v in fit.x)
    print("article score, unconstrained fit (bias, logit, for, against):",
          [round(float(v), 4) for v in free.x], f"log-likelihood {-free.fun:.1f}; "
          f"with signs: {-fit.fun:.1f}")
    return {"bias": round(b, 4), "logit": round(a, 4), "for": round(f, 4), "against": round(g, 4),
            cw.OTHER_SCRIPT: fit_other_script(),
            "fitted": "maximum likelihood on train.tsv (3,631 tweets): out-of-fold model logit, "
                      "features for (>= 0), features against (>= 0); other: per-feature weights "
                      "for text in another script than Arabic, fitted on labelled English news "
                      "sentences (bench/news-train-labels.json)"}


#: L2 penalties tried for the other-script weights; the one with the best held-out
#: log-likelihood (5 folds, whole articles held out) is used.
OTHER_L2 = (0.01, 0.1, 0.3, 1.0, 3.0, 10.0)


def fit_other_script() -> dict:
    """The article score of text in another script than Arabic (English): the n-gram model saw
    only Arabic letters, so there the features speak alone, one weight each,
    ``sigmoid(bias + Σ weight of each feature that fires)``. Fitted on labelled English news
    sentences (``bench/news-train-labels.json``: Reuters-21578 reports that are not in the news
    set, the sentences two annotators agree on), not on the tweets: in wire copy the features
    mean other things than in tweets (every wire sentence "said"; casualty words are rare), and
    weights learnt on tweets ranked news worse than a plain count. Signs as the features are
    defined (a feature for a claim may not lower the score, one against may not raise it),
    the bias unpenalised, the L2 penalty chosen by held-out log-likelihood over folds of whole
    articles (``OTHER_L2``). The news set itself (bench/news-labels.json) is never fitted on."""
    import numpy as np
    from scipy.optimize import minimize
    from sklearn.model_selection import GroupKFold

    sys.path.insert(0, str(ROOT / "bench"))
    from news_set import TRAIN_LABELS, agreement, load

    sentences = load(labels=TRAIN_LABELS)
    codes = cw.FEATURE_CODES
    z = np.array([[1.0] + cw.feature_vector(cw.features(s.text)) for s in sentences])
    t = np.array([s.label for s in sentences], dtype=float)
    groups = np.array([s.article for s in sentences])
    bounds = [(None, None)] + [((None, 0.0) if c in cw.AGAINST else (0.0, None)) for c in codes]

    def fit(zz, tt, l2):
        def loss(w):
            s = zz @ w
            p = 1.0 / (1.0 + np.exp(-s))
            return (float(np.sum(np.logaddexp(0.0, s) - tt * s) + l2 * np.sum(w[1:] ** 2)),
                    zz.T @ (p - tt) + 2 * l2 * np.r_[0.0, w[1:]])

        return minimize(loss, np.zeros(zz.shape[1]), jac=True, method="L-BFGS-B",
                        bounds=bounds).x

    held_out = {}
    for l2 in OTHER_L2:
        pred = np.zeros(len(t))
        for train, test in GroupKFold(5).split(z, t, groups):
            pred[test] = z[test] @ fit(z[train], t[train], l2)
        held_out[l2] = float(np.mean(np.logaddexp(0.0, pred) - t * pred))
    l2 = min(OTHER_L2, key=lambda k: held_out[k])
    w = fit(z, t, l2)
    print(f"other-script score: {len(t)} English news sentences ({int(t.sum())} claims) from "
          f"{len(set(groups))} articles; held-out log-loss by L2 "
          + ", ".join(f"{k}: {v:.4f}" for k, v in held_out.items()) + f"; chose {l2}")
    weights = {c: round(float(v), 4) for c, v in zip(codes, w[1:])}
    print("other-script weights:", {"bias": round(float(w[0]), 4), **weights})
    return {"bias": round(float(w[0]), 4), "weights": weights, "l2": l2,
            "sentences": len(t), "annotator_agreement": agreement()}


def missing_data(data_dir: Path, names=("train.tsv", "dev.tsv")) -> str | None:
    """One line saying which data files are missing, or None when all are there."""
    missing = [n for n in names if not (data_dir / n).is_file()]
    if not missing:
        return None
    return (f"no {' or '.join(missing)} in {data_dir}: this needs the CheckThat! 2022 task 1B "
            "Arabic data (default ../shared/ref/ct22-ar-1b beside the repository); give its folder")


if __name__ == "__main__":
    default = ROOT.parent / "shared" / "ref" / "ct22-ar-1b"
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    if (problem := missing_data(data)):
        print(f"train_checkworthy: {problem}", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(data))
