//! Browser entry point: mounts the Leptos app (built by Trunk for wasm32).

fn main() {
    bpd_site::web::mount();
}
