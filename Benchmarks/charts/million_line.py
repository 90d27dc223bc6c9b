"""Streamlit twin of `swiftlit-bench-apps millionline`: one 1,000,000-point line chart.

t = 0..999,999 and signal = sin(t / 20,000), built once per process (@st.cache_data), like the
Swift app's process-wide constant. Measured by chart_payload.py.
"""
import numpy as np
import pandas as pd
import streamlit as st


@st.cache_data
def million_line() -> pd.DataFrame:
    t = np.arange(1_000_000)
    return pd.DataFrame({"t": t, "signal": np.sin(t / 20_000)})


st.title("Million")
st.line_chart(million_line(), x="t", y="signal")
