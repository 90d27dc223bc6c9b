"""The 10,000,000 x 6 table of scripts/bench-dataframe.sh, in Streamlit 1.67.

Cell (i, k) = ((i * MULTIPLIERS[k]) % 1_000_003) / 1000: integer arithmetic then one IEEE division, so
the Swiftlit app `bigtable` (Benchmarks/BenchApps/BigTableApp.swift) computes the very same doubles.
"""
import os
import sys

import numpy as np
import pandas as pd
import streamlit as st

# BIGTABLE_ROWS: fewer rows, to try the harness out quickly; the benchmark always uses 10,000,000.
ROWS = int(os.environ.get("BIGTABLE_ROWS", "10000000"))
MODULUS = 1_000_003
MULTIPLIERS = {"a": 2_654_435_761, "b": 2_246_822_519, "c": 3_266_489_917, "d": 668_265_263, "e": 374_761_393}
HEIGHT = 600
# `streamlit run streamlit_bigtable.py -- --eager`: lazy=False, the whole table shipped as Arrow with the
# page (without it Streamlit chooses, and above 150,000 rows it loads rows lazily from the server).
EAGER = "--eager" in sys.argv[1:]


@st.cache_data
def big_table(rows: int) -> pd.DataFrame:
    ids = np.arange(rows, dtype=np.int64)
    columns = {"id": ids}
    for name, multiplier in MULTIPLIERS.items():
        columns[name] = ((ids * multiplier) % MODULUS) / 1000.0
    return pd.DataFrame(columns)


st.title("Big table")
st.dataframe(big_table(ROWS), height=HEIGHT, lazy=False if EAGER else None)
