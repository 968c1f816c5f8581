"""smsgate's benchmark: ``python -m bench`` (or ``nox -s bench``) prints six figures with ratios.

Every figure is the median of several runs, next to a baseline measured in the same run, with the
target from issue 5 and whether it is met. ``--scale`` shrinks the workloads (the tests run them
at a tiny scale to keep the code paths alive); the real figures are at the default 1.0.
"""
