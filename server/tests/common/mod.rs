//! The test harness: the whole portal on a random port over a fresh database (SQLite in a temporary
//! directory, or a PostgreSQL database created for the test and dropped after it), a fixed clock,
//! the demo registry and accounts, and a browser without JavaScript that does not follow redirects.

#![allow(dead_code)]

mod browser;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use sqlx::Connection;
use sqlx::Row;

use server::clock::FixedClock;
use server::config::{Config, EspConfig};
use server::state::AppState;
pub use server::store::Engine;

#[allow(unused_imports)]
pub use browser::{ARCHIVAL_PAGES, Browser, Reply, csrf_in, pdf, png, text_of};

/// Monday 23 November 2026, 10:00 in Almaty (05:00 UTC).
pub const START: i64 = 1_795_410_000;

/// The demo accounts, in registry order: (IIN, full name).
pub const DEMO_USER_1: (&str, &str) = ("860412394422", "Әбенов Нұрлан Серікұлы");
pub const DEMO_USER_2: (&str, &str) = ("790208481016", "Сейітова Гүлназ Ерболқызы");

/// A valid IIN that is not in the demo registry.
pub const UNREGISTERED_IIN: &str = "870305301234";

/// Held for reading while a request is in flight, and for writing while a portal builds its router.
///
/// Building the router generates the route list, which sets a process-wide flag in `leptos_server`
/// that parks every resource first polled meanwhile for good (leptos-rs/leptos#4773): a page
/// rendered by another test at that moment would never finish (the server's 60-second timeout
/// answers 408). Production builds one router per process, so only tests are exposed.
pub static RENDERING: tokio::sync::RwLock<()> = tokio::sync::RwLock::const_new(());

/// The PostgreSQL server to create test databases on.
fn postgres_admin_url() -> String {
    std::env::var("OTINISH_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// A CMS signature (base64) of `content` made at the tests' fixed clock, as NCALayer (attached) or
/// eGov mobile (detached) makes it.
pub fn cms_at_start(key: &esp::devpki::DevKey, content: &[u8], attached: bool) -> String {
    use base64::Engine;
    let at = time::OffsetDateTime::from_unix_timestamp(START).expect("time");
    base64::engine::general_purpose::STANDARD.encode(esp::sign::sign_cms(key, content, attached, at))
}

/// One development PKI for every test of every test binary (generated on first use, reused while
/// it covers the tests' fixed clock; a file lock keeps concurrent binaries from racing).
pub fn test_pki_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/tmp/server-test-pki")
}

fn on_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// The same server as `admin`, another database.
fn with_database(admin: &str, name: &str) -> String {
    let base = admin.split('?').next().unwrap_or(admin);
    let server = match base.rfind('/') {
        Some(i) if i > base.find("://").map_or(0, |s| s + 2) => &base[..i],
        _ => base,
    };
    format!("{server}/{name}")
}

/// A PostgreSQL database that lives as long as the test.
struct PgDatabase {
    admin: String,
    name: String,
}

impl PgDatabase {
    /// Creates a database, or says why the server could not be reached.
    async fn create() -> Result<PgDatabase, String> {
        let admin = postgres_admin_url();
        let mut conn = tokio::time::timeout(Duration::from_secs(10), sqlx::PgConnection::connect(&admin))
            .await
            .map_err(|_| "timed out".to_owned())?
            .map_err(|e| e.to_string())?;
        let name = format!("otinish_t_{}", uuid::Uuid::new_v4().simple());
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .map_err(|e| e.to_string())?;
        let _ = conn.close().await;
        Ok(PgDatabase { admin, name })
    }
}

impl Drop for PgDatabase {
    /// Drops the database from a thread of its own: the test's runtime may be a single thread that
    /// is busy running this very drop.
    fn drop(&mut self) {
        let (admin, name) = (self.admin.clone(), self.name.clone());
        let dropped = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
            rt.block_on(async {
                let mut conn = sqlx::PgConnection::connect(&admin).await.ok()?;
                let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(&mut conn).await.ok()?;
                conn.close().await.ok()
            })
        })
        .join();
        if !matches!(dropped, Ok(Some(()))) {
            eprintln!("could not drop test database {}", self.name);
        }
    }
}

/// A running portal.
pub struct TestApp {
    /// `http://127.0.0.1:<port>`.
    pub base: String,
    pub state: AppState,
    pub clock: Arc<FixedClock>,
    pub database_url: String,
    pub engine: Engine,
    /// A browser with its own cookies; `browser()` makes more.
    browser: Browser,
    server: tokio::task::JoinHandle<()>,
    _dir: tempfile::TempDir,
    _pg: Option<PgDatabase>,
}

impl std::ops::Deref for TestApp {
    type Target = Browser;

    fn deref(&self) -> &Browser {
        &self.browser
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl TestApp {
    /// Starts a portal on `engine`. `None` only when PostgreSQL is unreachable outside CI; on CI
    /// (`CI=true`) an unreachable PostgreSQL fails the test.
    pub async fn spawn(engine: Engine) -> Option<TestApp> {
        TestApp::spawn_with(engine, |_| {}).await
    }

    /// Starts a portal whose state `adjust` changes first (to put in a failing registry, say).
    pub async fn spawn_with(engine: Engine, adjust: impl FnOnce(&mut AppState)) -> Option<TestApp> {
        let dir = tempfile::tempdir().expect("temporary directory");
        let (database_url, pg) = match engine {
            Engine::Sqlite => (format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display()), None),
            Engine::Postgres => match PgDatabase::create().await {
                Ok(db) => (with_database(&db.admin, &db.name), Some(db)),
                Err(e) if on_ci() => {
                    panic!("PostgreSQL at {} is unreachable and CI=true, so this fails: {e}", postgres_admin_url())
                }
                Err(e) => {
                    // Straight to the process's stderr: the test harness captures `eprintln!`.
                    let loud =
                        format!("\n!!!!! skipping PostgreSQL: unreachable ({e}); set CI=true to fail instead !!!!!\n");
                    let _ = std::io::Write::write_all(&mut std::io::stderr(), loud.as_bytes());
                    return None;
                }
            },
        };
        // Bound first, so the portal knows the origin it names in links for other devices.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("address");
        let workspace_site = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/site");
        let site_root = if workspace_site.is_dir() { workspace_site } else { dir.path().join("site") };
        let config = Config {
            data_dir: dir.path().join("data"),
            database_url: database_url.clone(),
            addr: "127.0.0.1:0".into(),
            site_root,
            demo: false,
            secure_cookies: false,
            session_idle_secs: 1800,
            session_max_secs: 43200,
            draft_retention_secs: 30 * 24 * 3600,
            esp: EspConfig {
                pki_dir: Some(test_pki_dir()),
                public_url: Some(format!("http://{addr}")),
                // One development PKI for every test portal, whatever its port.
                dev_pki_url: Some("http://portal.test/pki".into()),
                ..EspConfig::default()
            },
        };
        let clock = FixedClock::new(START);
        let mut state = server::build_state(config, clock.clone()).await.expect("state");
        server::demo::load(&state).await.expect("demo registry");
        adjust(&mut state);
        let app = {
            let _building = RENDERING.write().await;
            server::web::router(state.clone())
        };
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await;
        });
        let base = format!("http://{addr}");
        Some(TestApp {
            browser: Browser::new(&base, state.esp.dev_pki.clone()),
            base,
            state,
            clock,
            database_url,
            engine,
            server,
            _dir: dir,
            _pg: pg,
        })
    }

    /// A key of the test portal's development PKI.
    pub fn dev_key(&self, iin: &str, purpose: esp::Purpose, profile: esp::devpki::Profile) -> esp::devpki::DevKey {
        let pki = self.state.esp.dev_pki.as_ref().expect("the test portal generates a development PKI");
        pki.find(iin, purpose, profile).unwrap_or_else(|| panic!("a {profile:?} {purpose:?} key")).clone()
    }

    /// Another browser, with no cookies.
    pub fn browser(&self) -> Browser {
        Browser::new(&self.base, self.state.esp.dev_pki.clone())
    }

    /// Moves the clock forward.
    pub fn advance(&self, secs: i64) {
        self.clock.set(server::clock::Clock::now(&*self.clock) + secs);
    }

    /// Rows in a table, read through a connection of the test's own.
    pub async fn count(&self, table: &str) -> i64 {
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect(&self.database_url).await.expect("second connection");
        let sql = format!("SELECT COUNT(*) FROM {table}");
        let n = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_one(&mut conn).await.expect("count").try_get(0);
        let _ = conn.close().await;
        n.expect("count is an integer")
    }

    /// How many files the file store holds.
    pub fn blobs(&self) -> usize {
        fn walk(dir: &std::path::Path) -> usize {
            let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
            entries.flatten().map(|e| if e.path().is_dir() { walk(&e.path()) } else { 1 }).sum()
        }
        walk(&self.state.config.data_dir.join("files"))
    }

    /// The id of the account with this IIN.
    pub async fn user_id(&self, iin: &str) -> String {
        self.state.store.user_by_iin(iin).await.expect("store").expect("account").id
    }
}

/// Writes a `_sqlite` and a `_postgres` test for each `async fn name(app: &TestApp)`, as modules
/// named after the function: `name::sqlite`, `name::postgres`.
#[macro_export]
macro_rules! on_both_engines {
    ($($name:ident),+ $(,)?) => {
        $(
            mod $name {
                #[tokio::test]
                async fn sqlite() {
                    let app = $crate::common::TestApp::spawn($crate::common::Engine::Sqlite).await.expect("SQLite");
                    super::$name(&app).await;
                }

                #[tokio::test]
                async fn postgres() {
                    if let Some(app) = $crate::common::TestApp::spawn($crate::common::Engine::Postgres).await {
                        super::$name(&app).await;
                    }
                }
            }
        )+
    };
}
