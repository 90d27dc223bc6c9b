import Swiftlit

/// The text extras (`swiftlit-e2e-apps text`), served by Tests/E2E/test_text_extras.py: a formula
/// and a broken one, Markdown with colours, icons and shortcodes, a badge, widget labels with
/// Markdown, and HTML inline and sandboxed.
let textExtrasApp: AppBody = { st in
    st.latex(#"e^{i\pi} + 1 = 0 \qquad \sum_{k=1}^{n} k = \frac{n(n+1)}{2}"#, help: "Euler")
    st.latex(#"\frac{1}{"#)
    st.markdown(
        """
        :red[red text] and :blue-background[blue background] and :rainbow[rainbow] and :green-badge[badge]

        Icon :material/home: and emoji :rocket: :+1: but `:rocket:` in code
        """)
    st.badge("Passing", icon: ":material/check:", color: .green, help: "All tests pass")
    _ = st.checkbox(":orange[**Bold**] label :material/star: :tada:", key: "rich")
    _ = st.checkbox("Plain label", key: "plain")
    st.expander(":material/info: **More** details").text("inside")
    st.html("<p id='inline-html' onclick='window.__inlineClicked = 1'>Inline <b>HTML</b></p><script>window.__inlineRan = 1</script>")
    st.html(
        """
        <p id="frame-text">frame</p>
        <script>
          const out = document.getElementById("frame-text");
          const probes = [];
          try { probes.push("parent:" + parent.document.title); } catch (error) { probes.push("parent:blocked"); }
          try { probes.push("storage:" + localStorage.length); } catch (error) { probes.push("storage:blocked"); }
          try { probes.push("cookie:" + document.cookie); } catch (error) { probes.push("cookie:blocked"); }
          probes.push("origin:" + origin);
          out.textContent = "ran " + probes.join(" ");
        </script>
        """, sandboxed: true, height: 80)
}
