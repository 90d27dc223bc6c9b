import SwiftlitRuntime

/// `hello.py` of the Streamlit harness.
let helloApp: AppBody = { st in
    st.title("Hello")
    let n = st.slider("n", in: 0...100, value: 10)
    st.write("n squared is \(n * n)")
}
