//! `otinish`: serves the portal. `--demo` loads the demo registry and accounts.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use server::clock::SystemClock;
use server::config::Config;

/// Starts the NCALayer emulator, which signs with the development keys, unless the port is taken
/// (by a real NCALayer, say).
async fn start_emulator(addr: &str, pki: Arc<esp::devpki::DevPki>) {
    match tokio::net::TcpListener::bind(addr).await {
        Ok(listener) => {
            println!("  NCALayer emulator: ws://{addr} (choose its key: POST http://{addr}/control/select)");
            let emulator = ncalayer_emulator::Emulator::new(pki);
            tokio::spawn(async move {
                if let Err(e) = ncalayer_emulator::serve(listener, emulator).await {
                    tracing::error!(error = %e, "the NCALayer emulator stopped");
                }
            });
        }
        Err(e) => println!("  NCALayer emulator not started: {addr} is taken ({e}); a real NCALayer may be running"),
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn,tower_http=warn".into()),
        )
        .init();
    let mut config = Config::from_env();
    if std::env::args().any(|a| a == "--demo") {
        config.demo = true;
    }
    let addr: SocketAddr = config.addr.parse()?;
    let demo = config.demo;
    let state = server::build_state(config, Arc::new(SystemClock)).await?;
    if demo {
        let logins = server::demo::load(&state).await?;
        println!();
        println!("  Otinish is running at http://{addr}");
        println!("  Demo accounts (password: {}):", server::demo::DEMO_PASSWORD);
        for l in &logins {
            println!("    IIN {}  {}", l.iin, l.name);
        }
        println!(
            "  A valid IIN missing from the demo registry, to see the 'data cannot be obtained' message: 870305301234"
        );
        if let Some(pki) = &state.esp.dev_pki {
            println!(
                "  ESP: development keys (PKCS#12, password {}) in {}",
                esp::devpki::DEV_P12_PASSWORD,
                pki.dir().join("keys").display()
            );
            if let Some(emulator) = &state.config.esp.emulator_addr {
                start_emulator(emulator, pki.clone()).await;
            }
        }
        println!();
    }
    let purge_state = state.clone();
    tokio::spawn(async move {
        loop {
            server::purge(&purge_state).await;
            tokio::time::sleep(Duration::from_secs(3600)).await;
        }
    });
    let app = server::web::router(state);
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!(%addr, "listening");
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
