"""The out-of-scope operating point: how many texts a classifier flags, chosen by its user.

Training measures, on the held-out texts, the trade-off between the share of texts flagged out of
scope and the accuracy on the texts kept (`tradeoff_curve`), and the distribution of the confidence
(`confidence_reference`, which the drift monitor compares live traffic with). The threshold starts at
the `REJECT_RATE` quantile, or where the curve first reaches `--in-scope-target`; `set_operating_point`
moves it later without retraining, by rewriting the manifest (the server reloads it on its next use).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ...errors import DataError
from .report import format_report
from .store import ClassifierStore

FLAG_PERCENT_MAX = 50  # the curve's points: 0%, 1%, … 50% of held-out texts flagged
CONFIDENCE_EDGES = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.0)
REPORT_FILE = "report.txt"


def tradeoff_curve(scores: np.ndarray, correct: np.ndarray, outside: np.ndarray | None = None) -> list[dict[str, float]]:
    """For each flag rate 0-50%: the threshold on the out-of-scope score (a text scoring below it is
    flagged), the share of held-out texts flagged and the accuracy on the others, and, given the
    scores of out-of-scope examples (`outside`), the share of them flagged; thresholds rising."""
    points: list[dict[str, float]] = []
    for percent in range(FLAG_PERCENT_MAX + 1):
        threshold = float(np.quantile(scores, percent / 100)) if percent else float(scores.min())
        if points and threshold <= points[-1]["threshold"]:
            continue
        points.append(point(threshold, scores, correct, outside))
    return points


def point(threshold: float, scores: np.ndarray, correct: np.ndarray, outside: np.ndarray | None = None) -> dict[str, float]:
    kept = scores >= threshold
    found = {"threshold": threshold, "flagged": round(float(1 - kept.mean()), 4),
             "accuracy_kept": round(float(correct[kept].mean()), 4) if kept.any() else 1.0}
    if outside is not None:
        found["out_of_scope_recall"] = round(float((outside < threshold).mean()), 4)
    return found


def for_target(curve: list[dict[str, float]], target: float) -> tuple[dict[str, float], bool]:
    """The point flagging fewest texts whose kept accuracy reaches `target`, and True; or, when none
    does, the most accurate point, and False."""
    if not 0.0 < target <= 1.0:
        raise DataError(f"the in-scope accuracy target must be above 0 and at most 1, not {target}")
    for p in curve:
        if p["accuracy_kept"] >= target:
            return p, True
    return max(curve, key=lambda p: p["accuracy_kept"]), False


def at_threshold(curve: list[dict[str, float]], threshold: float) -> dict[str, float]:
    """The curve's point for `threshold`: that of the highest threshold at or below it (the flag
    share and accuracy of a threshold between two points are those of the lower, to the percent)."""
    below = [p for p in curve if p["threshold"] <= threshold]
    found = below[-1] if below else {"threshold": threshold, "flagged": 0.0, "accuracy_kept": curve[0]["accuracy_kept"]}
    return {**found, "threshold": threshold}


def confidence_reference(confidence: np.ndarray) -> dict[str, list[float]]:
    """The share of texts in each confidence bin of `CONFIDENCE_EDGES`."""
    counts, _ = np.histogram(np.clip(confidence, 0.0, 1.0), bins=CONFIDENCE_EDGES)
    return {"edges": list(CONFIDENCE_EDGES), "shares": [round(float(c), 4) for c in counts / max(1, len(confidence))]}


def set_operating_point(store: ClassifierStore, name: str, *, threshold: float | None = None,
                        in_scope_target: float | None = None) -> dict[str, Any]:
    """Move classifier `name`'s out-of-scope threshold to `threshold`, or to where its held-out curve
    reaches `in_scope_target`; returns the rewritten manifest."""
    if (threshold is None) == (in_scope_target is None):
        raise DataError("give either a threshold or an in-scope accuracy target")
    manifest = store.verify(name)
    scope = manifest["out_of_scope"]
    curve = scope.get("curve")
    if not curve:
        raise DataError(f"classifier '{name}' was trained before operating points were measured; train it again")
    if in_scope_target is not None:
        chosen, reached = for_target(curve, in_scope_target)
        chosen = {**chosen, "in_scope_target": in_scope_target}
        how = f"in-scope accuracy target {in_scope_target:g}" + ("" if reached else " (not reached: the most accurate point)")
    else:
        chosen, how = at_threshold(curve, float(threshold)), "threshold set by hand"
    scope["threshold"] = chosen["threshold"]
    scope["operating_point"] = {"chosen_by": how, **{k: v for k, v in chosen.items() if k != "threshold"}}
    return store.amend(name, manifest, {REPORT_FILE: format_report(name, manifest) + "\n"})
