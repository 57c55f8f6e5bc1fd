//! NCALayer over the browser's own WebSocket, without a JavaScript library.
//!
//! One connection, one request in flight (a second one is refused as `Busy`: NCALayer replies carry
//! no request id). The socket's events land in a mailbox; a waiting request sleeps on a promise the
//! next event, or its timer, resolves.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use shared::Lang;
use shared::esp::NcaLayerProblem;
use shared::esp::ncalayer::{self, Reply, SignRequest};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, WebSocket};

/// Opening may wait for the browser's "devices on your local network" prompt to be answered.
const OPEN_TIMEOUT_MS: i32 = 60_000;
/// NCALayer greets at once after opening.
const GREETING_TIMEOUT_MS: i32 = 5_000;
/// A person may keep the signing dialog open for minutes (finding a token, typing a password).
const SIGN_TIMEOUT_MS: i32 = 300_000;

enum Event {
    Open,
    Message(String),
    Closed,
}

/// Socket events not yet taken, and the promise resolver of whoever waits for one.
#[derive(Default)]
struct Mailbox {
    events: VecDeque<Event>,
    wake: Option<js_sys::Function>,
    closed: bool,
}

fn post(mailbox: &RefCell<Mailbox>, event: Event) {
    let wake = {
        let mut m = mailbox.borrow_mut();
        if m.closed {
            return;
        }
        m.closed = matches!(event, Event::Closed);
        m.events.push_back(event);
        m.wake.take()
    };
    if let Some(wake) = wake {
        let _ = wake.call0(&JsValue::NULL);
    }
}

/// A connection to NCALayer that has greeted us.
pub struct NcaLayer {
    socket: WebSocket,
    mailbox: Rc<RefCell<Mailbox>>,
    busy: Cell<bool>,
    version: String,
    _handlers: [Closure<dyn FnMut(JsValue)>; 3],
}

impl NcaLayer {
    /// Connects and waits for the greeting. Any failure before it means NCALayer is not running,
    /// not trusted, or the browser did not allow the connection: [`NcaLayerProblem::NotRunning`].
    pub async fn connect(url: &str) -> Result<NcaLayer, NcaLayerProblem> {
        let socket = WebSocket::new(url).map_err(|_| NcaLayerProblem::NotRunning)?;
        let mailbox = Rc::new(RefCell::new(Mailbox::default()));
        let handler = |event: fn(JsValue) -> Option<Event>| {
            let mailbox = mailbox.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
                if let Some(event) = event(e) {
                    post(&mailbox, event);
                }
            })
        };
        let on_open = handler(|_| Some(Event::Open));
        let on_message = handler(|e| e.dyn_into::<MessageEvent>().ok()?.data().as_string().map(Event::Message));
        // An error is followed by a close; either ends the connection.
        let on_close = handler(|_| Some(Event::Closed));
        socket.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        socket.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        socket.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        socket.set_onerror(Some(on_close.as_ref().unchecked_ref()));
        let mut layer = NcaLayer {
            socket,
            mailbox,
            busy: Cell::new(false),
            version: String::new(),
            _handlers: [on_open, on_message, on_close],
        };
        if !matches!(layer.next(OPEN_TIMEOUT_MS).await, Some(Event::Open)) {
            return Err(NcaLayerProblem::NotRunning);
        }
        loop {
            match layer.next(GREETING_TIMEOUT_MS).await {
                Some(Event::Message(text)) => {
                    if let Some(version) = ncalayer::parse_greeting(&text) {
                        layer.version = version;
                        return Ok(layer);
                    }
                }
                Some(Event::Open) => {}
                Some(Event::Closed) | None => return Err(NcaLayerProblem::NotRunning),
            }
        }
    }

    /// The version NCALayer (or whatever listens on its port) announced.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Sends one request and waits for its reply. While one is in flight, another is refused.
    pub async fn request(&self, json: &str, timeout_ms: i32) -> Result<Reply, NcaLayerProblem> {
        if self.busy.replace(true) {
            return Err(NcaLayerProblem::Busy);
        }
        let _idle = Idle(&self.busy);
        if self.mailbox.borrow().closed {
            return Err(NcaLayerProblem::SocketClosed);
        }
        self.socket.send_with_str(json).map_err(|_| NcaLayerProblem::SocketClosed)?;
        loop {
            match self.next(timeout_ms).await {
                Some(Event::Message(text)) => match ncalayer::parse_reply(&text) {
                    Reply::Heartbeat => {}
                    reply => return Ok(reply),
                },
                Some(Event::Open) => {}
                Some(Event::Closed) => return Err(NcaLayerProblem::SocketClosed),
                None => {
                    // A late reply would be taken for the next request's: end the connection.
                    self.close();
                    return Err(NcaLayerProblem::Timeout);
                }
            }
        }
    }

    /// Has NCALayer sign `data` as an attached CMS (`decode`: `data` is base64 of binary content),
    /// optionally offering only the keys of one IIN; returns the CMS in base64.
    pub async fn sign_cms(
        &self,
        data: &str,
        decode: bool,
        signer_iin: Option<&str>,
        locale: Lang,
    ) -> Result<String, NcaLayerProblem> {
        self.sign(&SignRequest::cms(data, decode, signer_iin, locale)).await
    }

    /// Has NCALayer sign as `request` says; the first signature (base64 CMS, or signed XML).
    pub async fn sign(&self, request: &SignRequest<'_>) -> Result<String, NcaLayerProblem> {
        match self.request(&request.to_json(), SIGN_TIMEOUT_MS).await? {
            Reply::Signed(mut signatures) if !signatures.is_empty() => Ok(signatures.swap_remove(0)),
            Reply::Cancelled => Err(NcaLayerProblem::Cancelled),
            Reply::ModuleNotFound => Err(NcaLayerProblem::ModuleNotFound),
            Reply::Failed { code, .. } => {
                leptos::logging::warn!("NCALayer could not sign: {code}");
                Err(NcaLayerProblem::Failed)
            }
            _ => Err(NcaLayerProblem::Failed),
        }
    }

    fn close(&self) {
        self.mailbox.borrow_mut().closed = true;
        let _ = self.socket.close();
    }

    /// The next socket event, or `None` when `timeout_ms` passes first.
    async fn next(&self, timeout_ms: i32) -> Option<Event> {
        {
            let mut m = self.mailbox.borrow_mut();
            if let Some(event) = m.events.pop_front() {
                return Some(event);
            }
            if m.closed {
                return Some(Event::Closed);
            }
        }
        let mut resolver = None;
        let promise = js_sys::Promise::new(&mut |resolve, _| resolver = Some(resolve));
        let resolve = resolver?;
        let window = web_sys::window()?;
        let timer = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, timeout_ms).ok();
        self.mailbox.borrow_mut().wake = Some(resolve);
        let _ = JsFuture::from(promise).await;
        if let Some(timer) = timer {
            window.clear_timeout_with_handle(timer);
        }
        let mut m = self.mailbox.borrow_mut();
        m.wake = None;
        m.events.pop_front()
    }
}

impl Drop for NcaLayer {
    fn drop(&mut self) {
        self.socket.set_onopen(None);
        self.socket.set_onmessage(None);
        self.socket.set_onclose(None);
        self.socket.set_onerror(None);
        let _ = self.socket.close();
    }
}

/// Marks the connection free again however the request ends (also when its future is dropped).
struct Idle<'a>(&'a Cell<bool>);

impl Drop for Idle<'_> {
    fn drop(&mut self) {
        self.0.set(false);
    }
}

/// Connects to NCALayer at `url` and has it sign `data` as an attached CMS; the base64 CMS.
pub async fn sign_cms(
    url: &str,
    data: &str,
    decode: bool,
    signer_iin: Option<&str>,
    locale: Lang,
) -> Result<String, NcaLayerProblem> {
    NcaLayer::connect(url).await?.sign_cms(data, decode, signer_iin, locale).await
}
