"""Synthesise the calming sounds into resources/sounds/ (pure Python, no numpy).

Writes mono 22.05 kHz 16-bit WAV files:

- ``rain.wav``: 14 s of soft, filtered noise with scattered drops;
- ``waves.wav``: 16 s of low, swelling surf (two slow swells a loop);
- ``tone.wav``: a soft 0.9 s chime for breathing phase changes;
- ``page.wav``: the station's two-note chime for a new call or request;
- ``urgent.wav``: a brighter three-pulse signal for urgent and overdue alerts,
  unmistakably different from the page chime (UL 1069: a distinctive sound).

The loops are seamless: the extra tail of each sound is cross-faded into its
head, and every slow modulation completes whole periods within the loop. A fixed
random seed makes the output reproducible. Usage: ``python tools/make_sounds.py [DIR]``.
"""

from __future__ import annotations

import array
import math
import random
import sys
import wave
from pathlib import Path

RATE = 22_050
FADE_SECONDS = 0.5


def lowpass(samples: list[float], cutoff_hz: float) -> list[float]:
    """One-pole low-pass filter."""
    alpha = 1 - math.exp(-2 * math.pi * cutoff_hz / RATE)
    out, state = [], 0.0
    for value in samples:
        state += alpha * (value - state)
        out.append(state)
    return out


def seamless(samples: list[float], length: int) -> list[float]:
    """Cross-fade the samples beyond ``length`` into the head, so the loop has no seam."""
    fade = len(samples) - length
    out = samples[:length]
    for i in range(fade):
        w = i / fade
        out[i] = samples[i] * w + samples[length + i] * (1 - w)
    return out


def normalise(samples: list[float], peak: float) -> list[float]:
    """Scale to the given peak (0 to 1)."""
    top = max(abs(s) for s in samples) or 1.0
    return [s * peak / top for s in samples]


def rain(rng: random.Random, seconds: float) -> list[float]:
    """Soft steady rain: pink-ish noise plus small, damped drops."""
    length = int(seconds * RATE)
    total = length + int(FADE_SECONDS * RATE)
    noise = lowpass([rng.uniform(-1, 1) for _ in range(total)], 2500)
    hiss = lowpass(noise, 600)
    body = [0.6 * a + 0.8 * b for a, b in zip(noise, hiss, strict=True)]
    drops = [0.0] * total
    for _ in range(int(seconds * 9)):
        start = rng.randrange(total - 800)
        pitch = rng.uniform(1800, 3800)
        level = rng.uniform(0.05, 0.18)
        for k in range(700):
            drops[start + k] += level * math.exp(-k / 90) * math.sin(2 * math.pi * pitch * k / RATE)
    mixed = [b + d for b, d in zip(body, drops, strict=True)]
    return normalise(seamless(mixed, length), 0.45)


def waves(rng: random.Random, seconds: float, swells: int = 2) -> list[float]:
    """Slow surf: deep noise whose loudness rises and falls ``swells`` times a loop."""
    length = int(seconds * RATE)
    total = length + int(FADE_SECONDS * RATE)
    deep = lowpass(lowpass([rng.uniform(-1, 1) for _ in range(total)], 900), 700)
    out = []
    for i, value in enumerate(deep):
        phase = 2 * math.pi * swells * (i % length) / length
        swell = 0.25 + 0.75 * (0.5 - 0.5 * math.cos(phase)) ** 1.5
        out.append(value * swell)
    return normalise(seamless(out, length), 0.5)


def tone(seconds: float = 0.9, pitch: float = 432.0) -> list[float]:
    """A soft bell-like chime: a gentle attack, warm partials, a long fade."""
    out = []
    for i in range(int(seconds * RATE)):
        t = i / RATE
        attack = min(1.0, t / 0.02)
        decay = math.exp(-t * 4.0)
        value = (math.sin(2 * math.pi * pitch * t) + 0.35 * math.sin(2 * math.pi * pitch * 2 * t)
                 + 0.12 * math.sin(2 * math.pi * pitch * 3.01 * t))
        out.append(value * attack * decay)
    tail = int(0.05 * RATE)  # end exactly at silence
    for k in range(tail):
        out[-tail + k] *= 1 - k / tail
    return normalise(out, 0.35)


def notes(pitches: tuple[float, ...], gap: float, peak: float) -> list[float]:
    """Bell notes one after another, ``gap`` seconds apart, each fading out."""
    step = int(gap * RATE)
    out = [0.0] * (step * (len(pitches) - 1) + int(0.7 * RATE))
    for n, pitch in enumerate(pitches):
        for i, value in enumerate(tone(0.7, pitch)):
            out[n * step + i] += value
    return normalise(out, peak)


def write_wav(path: Path, samples: list[float]) -> None:
    """Save mono 16-bit PCM."""
    pcm = array.array("h", (max(-32767, min(32767, round(s * 32767))) for s in samples))
    if sys.byteorder == "big":
        pcm.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm.tobytes())


def main(target: Path) -> None:
    """Write every sound into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20240611)
    for name, samples in (("rain.wav", rain(rng, 14)), ("waves.wav", waves(rng, 16)),
                          ("tone.wav", tone()),
                          ("page.wav", notes((660.0, 523.25), 0.35, 0.6)),
                          ("urgent.wav", notes((880.0, 880.0, 1046.5), 0.22, 0.8))):
        write_wav(target / name, samples)
        print(f"wrote {target / name} ({(target / name).stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    default = Path(__file__).resolve().parent.parent / "resources" / "sounds"
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
