"""chat.py of the Streamlit harness at a model's pace: 500 tokens 2 ms apart (Swiftlit's
`swiftlit-bench-apps chat-paced`). Run: bench.py chat --app chat_paced.py (from a copy of the harness)."""
import time

import streamlit as st

st.title("Chat")


def tokens():
    for i in range(500):
        yield f"tok{i} "
        time.sleep(0.002)


if prompt := st.chat_input("Say something"):
    with st.chat_message("user"):
        st.write(prompt)
    with st.chat_message("assistant"):
        st.write_stream(tokens())
