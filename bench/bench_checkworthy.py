"""Check-worthiness on labelled data: ROC AUC and F1 of the shipped model on dev.tsv.

    python bench/bench_checkworthy.py [DATA_DIR]   # default ../shared/ref/ct22-ar-1b

Scores every tweet of ``dev.tsv`` (CheckThat! 2022 task 1B Arabic; free for general research
use) with the runtime code on the model that ships (``resources/checkworthy-model.json``), and
prints ROC AUC and F1 (at the model's threshold, chosen on training folds) against the floor
the data's README gives: a plain character n-gram model reaches ROC AUC 0.87. Also prints the
figures of the score used in articles (``proposals.score_text``: model + explainable
features), which is what proposals are ranked by. Figures for people, not a timed test.

Then the same figures on labelled sentences of real news articles that are not the sample
(``bench/news-labels.json``; texts fetched by ``bench/news_set.py`` from the packages that
redistribute them): precision and recall at the proposals' cut, ROC AUC, by language, for the
model alone, the article score with its fitted weights (and without its other-script part:
text in another script than Arabic scored by the features alone, weighted as fitted on other
labelled Reuters reports, ``bench/news-train-labels.json``), and the former hand-set prior.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from workbench.core.checkworthy import load_model  # noqa: E402
from workbench.services.proposals import score_text  # noqa: E402

# The training script's reader of the task's TSV files (its top level imports no scikit-learn).
_spec = importlib.util.spec_from_file_location("train_checkworthy", ROOT / "tools" / "train_checkworthy.py")
_train = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_train)
read = _train.read

#: The README's floor (character n-gram TF-IDF + logistic regression, ROC AUC on held-out tweets).
FLOOR_ROC_AUC = 0.87
#: The floor issue 11 sets for the article score on the labelled news set.
NEWS_FLOOR = 0.80


def roc_auc(labels: list[int], scores: list[float]) -> float:
    """Probability that a positive outscores a negative (ties count half): the Mann–Whitney
    form of the area under the ROC curve, with average ranks for ties."""
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    pos = sum(labels)
    neg = len(labels) - pos
    rank_sum = sum(r for r, y in zip(ranks, labels) if y == 1)
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def f1(labels: list[int], predicted: list[bool]) -> tuple[float, float, float]:
    tp = sum(1 for y, p in zip(labels, predicted) if y and p)
    fp = sum(1 for y, p in zip(labels, predicted) if not y and p)
    fn = sum(1 for y, p in zip(labels, predicted) if y and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return (2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            precision, recall)


def report(name: str, labels: list[int], scores: list[float], threshold: float,
           floor: bool = True) -> None:
    """``floor``: compare with the tweets' floor (only meaningful on dev.tsv)."""
    auc = roc_auc(labels, scores)
    f, p, r = f1(labels, [s >= threshold for s in scores])
    verdict = ""
    if floor:
        verdict = f" ({'above' if auc > FLOOR_ROC_AUC else 'NOT above'} the floor {FLOOR_ROC_AUC})"
    print(f"{name}: ROC AUC {auc:.4f}{verdict}, F1 {f:.4f} "
          f"(precision {p:.4f}, recall {r:.4f}, threshold {threshold:.3f})")


def main() -> None:
    data_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "ref" / "ct22-ar-1b"
    if not (data_dir / "dev.tsv").is_file():
        print(f"bench_checkworthy: no dev.tsv in {data_dir}: this bench needs the CheckThat! 2022 "
              "task 1B Arabic data (default ../shared/ref/ct22-ar-1b beside the repository); "
              "give its folder", file=sys.stderr)
        sys.exit(2)
    texts, labels = read(data_dir / "dev.tsv")
    print(f"{data_dir / 'dev.tsv'}: {len(texts)} tweets, {sum(labels)} with a verifiable claim")
    t = time.perf_counter()
    model = load_model()
    print(f"model loaded in {(time.perf_counter() - t) * 1000:.0f} ms")
    t = time.perf_counter()
    scores = [model.explain(x).score for x in texts]
    dt = time.perf_counter() - t
    print(f"scored in {dt:.2f} s ({dt / len(texts) * 1000:.2f} ms per text)")
    report("model", labels, scores, model.threshold)
    article = [score_text(x)[0] for x in texts]
    # The article score adds evidence for every explainable feature; its F1 is given at the
    # proposals' own cut (services.proposals.MIN_SCORE).
    from workbench.services.proposals import MIN_SCORE

    report("article score (model + features, fitted weights)", labels, article, MIN_SCORE)
    hand = {"bias": 0.0, "logit": 1.0, "for": 0.5, "against": 0.5}
    report("former hand-set prior 0.5 per feature", labels,
           [score_text(x, hand)[0] for x in texts], MIN_SCORE)
    news()


def news() -> None:
    """Figures on the labelled news sentences (bench/news-labels.json)."""
    from news_set import load

    from workbench.services.proposals import MIN_SCORE

    sentences = load()
    model = load_model()
    print(f"\nnews sentences (not the sample): {len(sentences)} from "
          f"{len({s.article for s in sentences})} articles, "
          f"{sum(s.label for s in sentences)} labelled as verifiable claims")
    print(f"  article score weights (shipped): {model.article}")
    from news_set import TRAIN_LABELS, agreement

    train = load(labels=TRAIN_LABELS)
    kappa = agreement()
    print(f"  (Arabic part fitted on train.tsv; other-script part fitted on {len(train)} English news "
          f"sentences of {len({s.article for s in train})} other Reuters reports, two annotators, "
          f"agreement {kappa['agree']:.3f}, Cohen's kappa {kappa['cohen_kappa']:.3f}; "
          "the sentences below were not fitted on)")
    for lang in ("all", "en", "ar"):
        part = [s for s in sentences if lang == "all" or s.language == lang]
        labels = [s.label for s in part]
        if len(set(labels)) < 2:
            continue
        print(f"  {lang}: {len(part)} sentences, {sum(labels)} claims")
        report("    model", labels, [model.explain(s.text).score for s in part], model.threshold,
               floor=False)
        report("    article score (fitted, shipped)", labels,
               [score_text(s.text)[0] for s in part], MIN_SCORE, floor=False)
        if lang == "all":
            auc = roc_auc(labels, [score_text(s.text)[0] for s in part])
            print(f"    the issue's floor on the news set, ROC AUC >= {NEWS_FLOOR}: "
                  f"{'met' if auc >= NEWS_FLOOR else 'NOT met'} ({auc:.4f})")
        one_script = {k: model.article[k] for k in ("bias", "logit", "for", "against")}
        report("    the same, every text scored as Arabic (no other-script part)", labels,
               [score_text(s.text, one_script)[0] for s in part], MIN_SCORE, floor=False)
        for prior in (0.25, 0.5):  # the former hand-set rule, for comparison
            hand = {"bias": 0.0, "logit": 1.0, "for": prior, "against": prior}
            report(f"    hand-set prior {prior} per feature", labels,
                   [score_text(s.text, hand)[0] for s in part], MIN_SCORE, floor=False)
        shipped = [score_text(s.text)[0] for s in part]
        cuts = []
        for cut in (0.5, 0.7, 0.8, 0.9):
            _, p, r = f1(labels, [x >= cut for x in shipped])
            cuts.append(f"{cut}: P {p:.2f} R {r:.2f}")
        print("    article score by cut (precision, recall): " + "; ".join(cuts))


if __name__ == "__main__":
    main()
