//! The HTTP surface: routes, middleware, form handlers and page rendering.

pub mod context;
pub mod handlers;
pub mod render;
pub mod security;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, header};
use axum::routing::{get, post};
use leptos::prelude::provide_context;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use app::ssr::SharedPortal;
use app::{App, shell};

use crate::portal::StorePortal;
use crate::state::AppState;

/// The largest upload request: one file of at most 10 MB plus the form around it.
const MAX_UPLOAD_REQUEST: usize = 10 * 1024 * 1024 + 64 * 1024;

/// The whole application.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let portal: SharedPortal = Arc::new(StorePortal::new(state.clone()));
    let context = move || provide_context(portal.clone());
    let options = state.leptos.clone();
    let pkg = ServeDir::new(state.config.site_root.join("pkg")).precompressed_br().precompressed_gzip();
    let pkg = tower::ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        ))
        .service(pkg);
    let public = ServeDir::new(state.config.site_root.clone());
    let fallback_options = state.leptos.clone();
    let fallback_state = state.clone();
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/login", post(handlers::auth::login))
        .route("/login/esp", post(handlers::esp::login))
        .route("/login/esp/challenge", post(handlers::esp::challenge))
        .route("/pki/{name}", get(handlers::esp::published))
        .route("/pki/ocsp", post(handlers::esp::ocsp).layer(DefaultBodyLimit::max(64 * 1024)))
        .route("/register", post(handlers::auth::register))
        .route("/logout", post(handlers::auth::logout))
        .route("/session/extend", post(handlers::auth::extend))
        .route("/lang/{code}", get(handlers::lang::switch))
        .route("/services/{slug}/start", post(handlers::start::start))
        .route(
            "/apply/{draft}/documents/upload",
            post(handlers::documents::upload).layer(DefaultBodyLimit::max(MAX_UPLOAD_REQUEST)),
        )
        .route("/apply/{draft}/documents/{file}/remove", post(handlers::documents::remove))
        .route("/apply/{draft}/documents", post(handlers::documents::proceed))
        .route("/apply/{draft}/submit", post(handlers::submit::submit))
        .route("/apply/{draft}/signing-document", get(handlers::submit::signing_document_of))
        .route("/apply/{draft}/egov", post(handlers::mobile_sign::start))
        .route("/apply/{draft}/egov/{signing}", post(handlers::mobile_sign::proceed))
        .route("/apply/{draft}/egov/{signing}/status", get(handlers::mobile_sign::status))
        .route("/apply/{draft}/egov/{signing}/qr.svg", get(handlers::mobile_sign::qr))
        .route("/api/egov/mgovSign/{signing}", get(handlers::egov_api::request))
        .route(
            "/api/egov/sign-process/{signing}",
            get(handlers::egov_api::documents)
                .put(handlers::egov_api::signed)
                .layer(DefaultBodyLimit::max(handlers::egov_api::MAX_ANSWER_BYTES)),
        )
        .route("/applications/{id}/signature", get(handlers::signature::download))
        .route("/applications/{id}/signature/verify", post(handlers::signature::verify))
        .route("/apply/{draft}/{page}", post(handlers::page::save))
        .route("/files/{id}", get(handlers::files::download))
        .leptos_routes_with_context(&state, routes, context, move || shell(options.clone()))
        .nest_service("/pkg", pkg)
        .fallback_service(public.fallback(tower::service_fn(move |req: axum::extract::Request| {
            let state = fallback_state.clone();
            let _ = &fallback_options;
            async move {
                let (parts, _) = req.into_parts();
                Ok::<_, std::convert::Infallible>(render::not_found(&state, &parts).await)
            }
        })))
        .layer(axum::middleware::from_fn_with_state(state.clone(), context::request_context))
        .layer(CompressionLayer::new())
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(60),
        ))
        .with_state(state)
}
