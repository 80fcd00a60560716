"""What a trained classifier is worth, measured on held-out examples: accuracy, macro-F1, the label
pairs it confuses most, expected calibration error, out-of-scope flags, training time."""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np

ECE_BINS = 15
CONFUSED_PAIRS = 5


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = ECE_BINS) -> float:
    """Mean |accuracy - confidence| over equal-width confidence bins, weighted by the bins' sizes."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(confidence, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            total += mask.sum() * abs(correct[mask].mean() - confidence[mask].mean())
    return float(total / max(1, len(confidence)))


def evaluate(true: list[str], predicted: list[str], confidence: np.ndarray, out_of_scope: np.ndarray) -> dict[str, Any]:
    """Metrics of predictions on held-out examples whose true labels are all known (in scope)."""
    from sklearn.metrics import f1_score

    true_a, pred_a = np.array(true), np.array(predicted)
    correct = true_a == pred_a
    pairs = Counter((t, p) for t, p in zip(true, predicted) if t != p)
    return {
        "examples": len(true),
        "accuracy": round(float(correct.mean()), 4),
        "macro_f1": round(float(f1_score(true_a, pred_a, average="macro", zero_division=0)), 4),
        "ece": round(expected_calibration_error(confidence, correct), 4),
        "flagged_out_of_scope": round(float(out_of_scope.mean()), 4),
        "accuracy_in_scope_kept": round(float((correct & ~out_of_scope).sum() / max(1, (~out_of_scope).sum())), 4),
        "confused_pairs": [{"true": t, "predicted": p, "count": n} for (t, p), n in pairs.most_common(CONFUSED_PAIRS)],
    }


def format_report(name: str, manifest: dict[str, Any]) -> str:
    """The report printed after training (and kept in the manifest as `metrics`)."""
    m = manifest["metrics"]
    head = manifest["head"]
    lines = [
        (f"classifier {name}: {len(manifest['labels'])} labels, {manifest['data']['examples']} examples "
         f"({m['examples']} held out for evaluation)"),
        f"  accuracy            {m['accuracy']:.1%}",
        f"  macro-F1            {m['macro_f1']:.3f}",
        (f"  calibration (ECE)   {m['ece']:.3f}  (temperature {head['temperature']:.2f}; "
         f"before scaling {m['ece_uncalibrated']:.3f})"),
        _out_of_scope(manifest["out_of_scope"], m),
        f"  features            {head['features']}",
    ]
    if manifest["out_of_scope"].get("curve"):
        lines.append(f"  trade-off           {format_curve(manifest['out_of_scope']['curve'])}")
    if "encoder" in manifest:  # classifiers trained before the choice of encoder have none
        lines.append(f"  encoder             {format_encoder(manifest['encoder'])}")
    lines.append(f"  training time       {m['training_seconds']:.1f} s")
    if m["confused_pairs"]:
        lines.append("  most confused (true → predicted, count):")
        lines += [f"    {p['true']} → {p['predicted']}  {p['count']}" for p in m["confused_pairs"]]
    return "\n".join(lines)


def _out_of_scope(scope: dict[str, Any], metrics: dict[str, Any]) -> str:
    how = f"threshold {scope['threshold']:.2f} on standardized confidence + nearest-example similarity"
    point = scope.get("operating_point")
    if point is None:  # trained before operating points
        return f"  out of scope        flags {metrics['flagged_out_of_scope']:.1%} of held-out in-scope texts ({how})"
    caught = (f", catches {point['out_of_scope_recall']:.1%} of the out-of-scope examples"
              if "out_of_scope_recall" in point else "")
    return (f"  out of scope        flags {point['flagged']:.1%} of held-out in-scope texts, "
            f"{point['accuracy_kept']:.1%} right of the rest{caught} ({point['chosen_by']}; {how})")


CURVE_SHOWN = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3)


def format_curve(curve: list[dict[str, float]]) -> str:
    """"flagged → accuracy of the rest: 0% 91.2%, 2% 92.0%, …" at the shares of `CURVE_SHOWN`."""
    shown = []
    for share in CURVE_SHOWN:
        p = min(curve, key=lambda p: abs(p["flagged"] - share))
        if not shown or p is not shown[-1]:
            shown.append(p)
    if "out_of_scope_recall" in curve[0]:
        return "flagged → accuracy of the rest, out-of-scope caught: " + ", ".join(
            f"{p['flagged']:.0%} {p['accuracy_kept']:.1%} {p['out_of_scope_recall']:.0%}" for p in shown)
    return "flagged → accuracy of the rest: " + ", ".join(f"{p['flagged']:.0%} {p['accuracy_kept']:.1%}" for p in shown)


def format_encoder(encoder: dict[str, Any]) -> str:
    """"e5-small (chosen by held-out accuracy: e5-small 88.6%, minilm-l6 83.7%)", or "… (given; …)"."""
    scores = ", ".join(f"{model} {accuracy:.1%}" for model, accuracy in encoder["held_out_accuracy"].items())
    return f"{encoder['model']} ({'chosen by held-out accuracy' if encoder['chosen_by'] != 'given' else 'given'}: {scores})"
