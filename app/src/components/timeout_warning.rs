//! Warns a signed-in person two minutes before the session ends and lets them extend it
//! (WCAG 2.2.1 Timing Adjustable). Needs JavaScript; without it the session still ends safely and
//! the next page says so.

use leptos::prelude::*;
use shared::ui::Ui;

use crate::i18n::t;
use crate::session::use_session;

/// How long before the end of the session the warning appears.
pub const WARN_BEFORE_SECS: u32 = 120;

/// The warning dialog, present only for signed-in visitors.
#[component]
pub fn TimeoutWarning() -> impl IntoView {
    let session = use_session();
    if session.user.is_none() {
        return ().into_any();
    }
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    view! { <Dialog dialog on_stay=stay_handler(dialog, &session) csrf=session.csrf.clone() /> }.into_any()
}

/// In the browser: schedules the warning and returns what "Stay signed in" does.
#[cfg(feature = "hydrate")]
fn stay_handler(dialog: NodeRef<leptos::html::Dialog>, session: &crate::session::SessionInfo) -> Option<StayHandler> {
    let csrf = session.csrf.clone();
    let timers = client::Timers::new(dialog, session.idle_timeout_secs);
    timers.schedule();
    Some(Box::new(move |_| {
        let csrf = csrf.clone();
        let timers = timers.clone();
        leptos::task::spawn_local(async move {
            if client::extend(&csrf).await {
                timers.close();
                timers.schedule();
            } else {
                client::go_to_sign_in();
            }
        });
    }))
}

/// On the server the dialog is rendered closed and inert.
#[cfg(not(feature = "hydrate"))]
fn stay_handler(_: NodeRef<leptos::html::Dialog>, _: &crate::session::SessionInfo) -> Option<StayHandler> {
    None
}

type StayHandler = Box<dyn FnMut(leptos::ev::MouseEvent) + 'static>;

#[component]
fn Dialog(dialog: NodeRef<leptos::html::Dialog>, on_stay: Option<StayHandler>, csrf: String) -> impl IntoView {
    let mut on_stay = on_stay;
    view! {
        <dialog node_ref=dialog class="modal" aria-labelledby="timeout-title" aria-describedby="timeout-body">
            <h2 class="heading-m" id="timeout-title">{t(Ui::TimeoutTitle)}</h2>
            <p class="body" id="timeout-body">{t(Ui::TimeoutBody)}</p>
            <div class="button-group">
                <button
                    type="button"
                    class="button"
                    on:click=move |ev| {
                        if let Some(f) = on_stay.as_mut() {
                            f(ev);
                        }
                    }
                >
                    {t(Ui::StaySignedIn)}
                </button>
                <form method="post" action="/logout">
                    <input type="hidden" name="csrf" value=csrf />
                    <button type="submit" class="link-button">{t(Ui::SignOut)}</button>
                </form>
            </div>
        </dialog>
    }
}

#[cfg(feature = "hydrate")]
mod client {
    use std::time::Duration;

    use leptos::prelude::*;

    use super::WARN_BEFORE_SECS;

    /// The two timers of the warning: show the dialog, then end the visit.
    #[derive(Clone)]
    pub struct Timers {
        dialog: NodeRef<leptos::html::Dialog>,
        idle: u32,
        handles: StoredValue<Vec<TimeoutHandle>, LocalStorage>,
    }

    impl Timers {
        pub fn new(dialog: NodeRef<leptos::html::Dialog>, idle: u32) -> Timers {
            Timers { dialog, idle, handles: StoredValue::new_local(Vec::new()) }
        }

        /// Starts counting from now.
        pub fn schedule(&self) {
            self.cancel();
            let show_after = self.idle.saturating_sub(WARN_BEFORE_SECS).max(5);
            let dialog = self.dialog;
            let show = set_timeout_with_handle(
                move || {
                    if let Some(d) = dialog.get_untracked()
                        && !d.open()
                    {
                        let _ = d.show_modal();
                    }
                },
                Duration::from_secs(u64::from(show_after)),
            );
            let end = set_timeout_with_handle(go_to_sign_in, Duration::from_secs(u64::from(self.idle.max(10))));
            self.handles.update_value(|h| h.extend(show.ok().into_iter().chain(end.ok())));
        }

        fn cancel(&self) {
            self.handles.update_value(|h| h.drain(..).for_each(|t| t.clear()));
        }

        pub fn close(&self) {
            if let Some(d) = self.dialog.get_untracked() {
                d.close();
            }
        }
    }

    /// Asks the server to extend the session.
    pub async fn extend(csrf: &str) -> bool {
        gloo_net::http::Request::post("/session/extend").header("X-CSRF-Token", csrf).send().await.is_ok_and(|r| r.ok())
    }

    /// Leaves for the sign-in page, saying the session ended.
    pub fn go_to_sign_in() {
        if let Some(w) = web_sys::window() {
            let next = w.location().pathname().unwrap_or_default();
            let _ = w
                .location()
                .set_href(&format!("/login?expired=1&next={}", super::super::layout::encode_component(&next)));
        }
    }
}
