//! The window's liveview bridge swaps one string in dioxus-liveview's glue
//! (its `new WebSocket(WS_ADDR)`) for an IPC-backed socket. A Dioxus upgrade
//! that changes the glue must fail here, not as a blank window.

#[test]
fn the_glue_still_opens_its_websocket_where_the_shell_expects() {
    let glue = ui::interpreter_glue("/ws");
    assert!(
        glue.contains(ui::GLUE_WEBSOCKET),
        "dioxus-liveview's glue no longer contains {:?}: adapt the shell's bridge (src-tauri/src/bridge.rs, dist/bridge.js)",
        ui::GLUE_WEBSOCKET
    );
}

#[test]
fn the_shell_glue_uses_the_ipc_socket_and_no_websocket() {
    let glue = integra_lib::bridge::ipc_glue().expect("the shell could not adapt the glue");
    assert!(!glue.contains(ui::GLUE_WEBSOCKET));
    // The interpreter also carries the desktop renderer's edits socket
    // (`new WebSocket(editsPath)`, never called by liveview): only the
    // liveview's own socket may have gone.
    let sockets = |js: &str| js.matches("new WebSocket(").count();
    assert_eq!(
        sockets(&glue),
        sockets(&ui::interpreter_glue("/unused")) - 1,
        "the shell's glue must differ from the crate's by the liveview socket only"
    );
    assert!(glue.contains(integra_lib::bridge::IPC_SOCKET));
    assert!(
        !glue.contains("<script>") && !glue.contains("</script>"),
        "the bridge evaluates the glue as a bare script"
    );
    // The page defines the class the glue now constructs.
    let page_js = include_str!("../src-tauri/dist/bridge.js");
    assert!(page_js.contains("window.IntegraIpcSocket = IntegraIpcSocket"));
}
