//! `ncalayer-emulator [--listen 127.0.0.1:13579] [--pki data/pki]`: serves the emulator with the
//! keys of a development PKI the portal generated (`otinish --demo` generates it, and starts this
//! same emulator itself unless `OTINISH_NCALAYER_EMULATOR=off`).

use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt().init();
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str, default: &str| {
        args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned().unwrap_or_else(|| default.into())
    };
    let listen = arg("--listen", "127.0.0.1:13579");
    let dir = arg("--pki", "data/pki");
    let pki = esp::devpki::load_existing(std::path::Path::new(&dir), time::OffsetDateTime::now_utc())?
        .ok_or_else(|| format!("no development PKI in {dir}: start the portal with --demo first"))?;
    let listener = tokio::net::TcpListener::bind(&listen).await?;
    println!("NCALayer emulator at ws://{listen} ({} keys)", pki.keys().len());
    ncalayer_emulator::serve(listener, ncalayer_emulator::Emulator::new(Arc::new(pki))).await?;
    Ok(())
}
