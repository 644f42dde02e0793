"""How far to trust a harassment / not-harassment call: a calibrated probability.

The engine's decision comes from a score (the model's lead of the best category over
"legitimate complaint", less the decision threshold; or, for texts too short for the model, the
cue score less its threshold). The same score means different odds on different routes, so each
route has its own calibration: a monotone map from score to the probability that the text is
harassment, fitted by isotonic regression on the development cases scored out of fold (each
writer's cases by a model trained without that writer: `python -m bot model calibrate`) and
stored in `calibration.json`. The confidence of a call is that probability when the call is
"harassment", and one minus it when it is not.

Below `UNSURE_BELOW` the reply says it is a close call and shows both readings.
"""

from __future__ import annotations

import bisect
import json
import logging
import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

CALIBRATION_FILE = Path(__file__).with_name("calibration.json")
UNSURE_BELOW = 0.75  # chosen on the development cases scored out of fold (see benchmarks/triage_calibration.py)
MAX_KNOTS = 40

ROUTE_MODEL_EN = "model_en"
ROUTE_MODEL_JA = "model_ja"
ROUTE_CUES = "cues"
ROUTES = (ROUTE_MODEL_EN, ROUTE_MODEL_JA, ROUTE_CUES)
# Without a calibration file: a plain logistic curve per route (scale of the score in "nats").
_FALLBACK_SCALE = {ROUTE_MODEL_EN: 4.0, ROUTE_MODEL_JA: 4.0, ROUTE_CUES: 0.2}

Curve = tuple[tuple[float, ...], tuple[float, ...]]  # scores ascending, probabilities (non-decreasing)


def probability(route: str, score: float) -> float:
    """The calibrated probability that a text with this score on this route is harassment."""
    curve = _curves().get(route)
    if curve is None:
        return 1 / (1 + math.exp(-score / _FALLBACK_SCALE.get(route, 1.0)))
    xs, ps = curve
    if score <= xs[0]:
        return ps[0]
    if score >= xs[-1]:
        return ps[-1]
    i = bisect.bisect_right(xs, score)
    x0, x1, p0, p1 = xs[i - 1], xs[i], ps[i - 1], ps[i]
    return p0 + (p1 - p0) * (score - x0) / (x1 - x0) if x1 > x0 else p1


def of_call(harassment: bool, p_harassment: float) -> float:
    """The confidence of a call, given the probability that the text is harassment."""
    return p_harassment if harassment else 1.0 - p_harassment


def fit(points: Iterable[tuple[float, bool]]) -> Curve:
    """Isotonic regression (pool adjacent violators) of harassment on score, thinned to MAX_KNOTS."""
    ordered = sorted(points)
    if not ordered:
        raise ValueError("no points to calibrate on")
    # Blocks of [sum of labels, count, first score, last score], merged while they decrease.
    blocks: list[list[float]] = []
    for score, label in ordered:
        blocks.append([float(label), 1.0, score, score])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            last = blocks.pop()
            blocks[-1][0] += last[0]
            blocks[-1][1] += last[1]
            blocks[-1][3] = last[3]
    xs = [(b[2] + b[3]) / 2 for b in blocks]
    # Shrink each block's rate towards 1/2 by one pseudo-case each way: no certainty from few cases.
    ps = [(b[0] + 1) / (b[1] + 2) for b in blocks]
    ps = list(_running_max(ps))
    if len(xs) > MAX_KNOTS:
        keep = sorted({round(i * (len(xs) - 1) / (MAX_KNOTS - 1)) for i in range(MAX_KNOTS)})
        xs, ps = [xs[i] for i in keep], [ps[i] for i in keep]
    return tuple(xs), tuple(ps)


def _running_max(values: Sequence[float]) -> Iterable[float]:
    top = 0.0
    for value in values:
        top = max(top, value)
        yield top


def save(curves: dict[str, Curve], path: Path = CALIBRATION_FILE) -> None:
    """Write the curves as JSON."""
    payload = {route: {"scores": [round(x, 4) for x in xs], "p": [round(p, 4) for p in ps]} for route, (xs, ps) in curves.items()}
    path.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _curves.cache_clear()


@lru_cache(maxsize=1)
def _curves(path: Path = CALIBRATION_FILE) -> dict[str, Curve]:
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        curves: dict[str, Curve] = {}
        for route, entry in payload.items():
            xs, ps = tuple(map(float, entry["scores"])), tuple(map(float, entry["p"]))
            if len(xs) != len(ps) or not xs or list(xs) != sorted(xs) or list(ps) != sorted(ps):
                raise ValueError(f"route {route!r} is not a monotone curve")
            curves[str(route)] = (xs, ps)
        return curves
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.error("calibration %s cannot be used (%s): confidence falls back to a plain curve", path, exc)
        return {}
