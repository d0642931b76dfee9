//! Tauri's build script: the app's configuration and capabilities, read at
//! compile time.
fn main() {
    tauri_build::build()
}
