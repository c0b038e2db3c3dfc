"""Benchmarks: synthetic i24-style corpora, every pipeline stage timed in its own process beside the
alternative a user would otherwise pick, and docs/benchmarks.md written from the figures.

    python -m benchmarks.corpus --size 1000 --seed 1 --out .local/bench/corpus-1k
    python -m benchmarks --sizes 1000,10000      # or --quick (about two minutes)
"""
