//! The store on both engines: accounts, sessions, sign-in failures, drafts, attachments, submission,
//! the application list and the registry.

mod common;

use shared::form::{Answers, Prefill};

use server::store::{Engine, NewApplication, NewAttachment, NewDraft, Store, Submitted};

use common::{DEMO_USER_1, START, TestApp, UNREGISTERED_IIN};

const SHA_A: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const SHA_B: &str = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

async fn user(store: &Store, iin: &str) -> String {
    store.create_user(iin, "hash", START).await.unwrap().expect("a new account").id
}

async fn draft(store: &Store, user_id: &str, now: i64) -> String {
    let prefill = Prefill::none();
    let new = NewDraft {
        user_id,
        service: "archival-certificate",
        version: 1,
        channel: "portal",
        prefill: &prefill,
        registry_found: false,
    };
    store.create_draft(new, now).await.unwrap()
}

async fn attach(store: &Store, draft_id: &str, sha256: &str, now: i64) -> String {
    let new =
        NewAttachment { draft_id, slot: "supporting", file_name: "скан.pdf", kind: "pdf", size: 1234, sha256 };
    store.add_attachment(new, now).await.unwrap()
}

fn application<'a>(
    draft_id: &'a str,
    user_id: &'a str,
    answers: &'a Answers,
    prefill: &'a Prefill,
) -> NewApplication<'a> {
    NewApplication {
        draft_id,
        user_id,
        service: "archival-certificate",
        version: 1,
        channel: "portal",
        answers,
        prefill,
        status: "received",
        first_event: "submitted",
        due_date: "2026-12-08",
        signature: None,
    }
}

async fn accounts_are_unique_per_iin_and_found_by_iin_and_id(app: &TestApp) {
    let store = &app.state.store;
    let created = store.create_user(UNREGISTERED_IIN, "phc-hash", START).await.unwrap().expect("created");
    assert!(store.create_user(UNREGISTERED_IIN, "other", START).await.unwrap().is_none(), "duplicate IIN refused");
    let by_iin = store.user_by_iin(UNREGISTERED_IIN).await.unwrap().expect("found by IIN");
    assert_eq!(by_iin.id, created.id);
    assert_eq!(by_iin.password_hash.as_deref(), Some("phc-hash"));
    assert_eq!(store.user_by_id(&created.id).await.unwrap().unwrap().iin, UNREGISTERED_IIN);
    assert!(store.user_by_iin("000000000000").await.unwrap().is_none());
    assert!(store.user_by_id("no-such-id").await.unwrap().is_none());
    assert_eq!(app.count("users").await, 4, "three demo accounts and this one");
}

async fn sessions_are_touched_deleted_and_purged_when_idle_or_too_old(app: &TestApp) {
    let store = &app.state.store;
    let u = user(store, UNREGISTERED_IIN).await;
    let now = 100_000;
    store.create_session("live", &u, "Ерлан", now - 1000).await.unwrap();
    store.create_session("idle", &u, "Ерлан", now - 10_000).await.unwrap();
    store.create_session("old", &u, "Ерлан", now - 50_000).await.unwrap();
    store.touch_session("old", now - 500).await.unwrap();
    let live = store.session("live").await.unwrap().expect("session");
    assert_eq!((live.user_id.as_str(), live.display_name.as_str()), (u.as_str(), "Ерлан"));
    assert_eq!((live.created_at, live.last_seen_at), (now - 1000, now - 1000));
    assert_eq!(store.session("old").await.unwrap().unwrap().last_seen_at, now - 500);

    let purged = store.purge_sessions(now - 1800, now - 43_200).await.unwrap();
    assert_eq!(purged, 2, "the idle one and the one started too long ago");
    assert!(store.session("idle").await.unwrap().is_none());
    assert!(store.session("old").await.unwrap().is_none());
    assert!(store.session("live").await.unwrap().is_some());
    store.delete_session("live").await.unwrap();
    assert!(store.session("live").await.unwrap().is_none());
}

async fn failed_sign_ins_are_counted_per_key_and_cleared(app: &TestApp) {
    let store = &app.state.store;
    for at in [100, 200, 300] {
        store.record_failed_login("key-a", at).await.unwrap();
    }
    store.record_failed_login("key-b", 250).await.unwrap();
    assert_eq!(store.failed_logins_since("key-a", 150).await.unwrap(), (2, Some(200)));
    assert_eq!(store.failed_logins_since("key-a", 0).await.unwrap(), (3, Some(100)));
    assert_eq!(store.failed_logins_since("key-c", 0).await.unwrap(), (0, None));
    store.clear_failed_logins("key-a").await.unwrap();
    assert_eq!(store.failed_logins_since("key-a", 0).await.unwrap(), (0, None));
    assert_eq!(store.failed_logins_since("key-b", 0).await.unwrap(), (1, Some(250)));
    assert_eq!(store.purge_login_attempts(300).await.unwrap(), 1);
    assert_eq!(app.count("login_attempts").await, 0);
}

async fn drafts_belong_to_their_owner_and_keep_kazakh_answers(app: &TestApp) {
    let store = &app.state.store;
    let owner = user(store, UNREGISTERED_IIN).await;
    let other = app.user_id(DEMO_USER_1.0).await;
    let id = draft(store, &owner, START).await;
    let fresh = store.draft_of(&owner, &id).await.unwrap().expect("the owner sees it");
    assert!(fresh.answers.is_empty());
    assert_eq!((fresh.service.as_str(), fresh.version, fresh.registry_found), ("archival-certificate", 1, false));
    assert!(store.draft_of(&other, &id).await.unwrap().is_none(), "another user's id is as good as missing");

    let mut answers = Answers::new();
    answers.set("information", "Әкемнің «Қызылорда» күріш кеңшарында істегені туралы: ғ қ ң ө ұ ү һ і");
    answers.set("period-from", "1985");
    assert!(!store.save_answers(&other, &id, &answers, START + 60).await.unwrap(), "another user cannot save");
    assert!(store.draft_of(&owner, &id).await.unwrap().unwrap().answers.is_empty());
    assert!(store.save_answers(&owner, &id, &answers, START + 60).await.unwrap());
    let saved = store.draft_of(&owner, &id).await.unwrap().unwrap();
    assert_eq!(saved.answers, answers);
    assert_eq!((saved.created_at, saved.updated_at), (START, START + 60));

    let newer = draft(store, &owner, START + 120).await;
    let listed: Vec<String> = store.drafts_of(&owner).await.unwrap().into_iter().map(|d| d.id).collect();
    assert_eq!(listed, [newer.clone(), id.clone()], "most recently saved first");
    assert!(store.drafts_of(&other).await.unwrap().is_empty());
    assert!(!store.delete_draft(&other, &id).await.unwrap());

    assert_eq!(store.purge_drafts(START + 100).await.unwrap().0, 1, "only the draft untouched since then");
    assert!(store.draft_of(&owner, &id).await.unwrap().is_none());
    assert!(store.delete_draft(&owner, &newer).await.unwrap());
    assert_eq!(app.count("drafts").await, 0);
}

async fn attachments_are_listed_owned_removed_and_their_blobs_tracked(app: &TestApp) {
    let store = &app.state.store;
    let owner = user(store, UNREGISTERED_IIN).await;
    let other = app.user_id(DEMO_USER_1.0).await;
    let d = draft(store, &owner, START).await;
    let other_draft = draft(store, &other, START).await;
    let first = attach(store, &d, SHA_A, START).await;
    let second = attach(store, &d, SHA_A, START + 1).await;
    let listed = store.draft_attachments(&d).await.unwrap();
    assert_eq!(listed.iter().map(|a| a.id.clone()).collect::<Vec<_>>(), [first.clone(), second.clone()]);
    assert_eq!((listed[0].file_name.as_str(), listed[0].size, listed[0].kind.as_str()), ("скан.pdf", 1234, "pdf"));

    assert!(store.attachment_of(&owner, &first).await.unwrap().is_some());
    assert!(store.attachment_of(&other, &first).await.unwrap().is_none(), "another user's file is missing");
    assert!(store.remove_draft_attachment(&other_draft, &first).await.unwrap().is_none(), "not on that draft");

    assert!(store.blob_in_use(SHA_A).await.unwrap());
    assert!(!store.blob_in_use(SHA_B).await.unwrap());
    let removed = store.remove_draft_attachment(&d, &first).await.unwrap().expect("removed");
    assert_eq!(removed.id, first);
    assert!(store.blob_in_use(SHA_A).await.unwrap(), "the second record still uses the bytes");
    store.remove_draft_attachment(&d, &second).await.unwrap().expect("removed");
    assert!(!store.blob_in_use(SHA_A).await.unwrap());
    assert_eq!(app.count("attachments").await, 0);
}

async fn submitting_a_draft_moves_everything_in_one_step_and_a_taken_reference_changes_nothing(app: &TestApp) {
    let store = &app.state.store;
    let owner = user(store, UNREGISTERED_IIN).await;
    let (answers, prefill) = (Answers::from_iter([("archive".to_owned(), "aral".to_owned())]), Prefill::none());
    let d = draft(store, &owner, START).await;
    let file = attach(store, &d, SHA_A, START).await;
    let sent = store.submit_draft(application(&d, &owner, &answers, &prefill), "K7RM4X2B", START + 5).await.unwrap();
    let Submitted::Created(id) = sent else { panic!("the reference was free, got {sent:?}") };
    let stored = store.application_of(&owner, &id).await.unwrap().expect("application");
    assert_eq!((stored.reference.as_str(), stored.submitted_at), ("K7RM4X2B", START + 5));
    assert_eq!(stored.answers, answers);
    let events = store.application_events(&id).await.unwrap();
    assert_eq!(events.iter().map(|e| (e.kind.as_str(), e.at)).collect::<Vec<_>>(), [("submitted", START + 5)]);
    assert!(store.draft_of(&owner, &d).await.unwrap().is_none(), "the draft is gone");
    assert!(store.draft_attachments(&d).await.unwrap().is_empty());
    assert_eq!(store.application_attachments(&id).await.unwrap()[0].id, file);
    assert!(store.attachment_of(&owner, &file).await.unwrap().is_some(), "still the owner's file");
    assert!(store.application_of(&app.user_id(DEMO_USER_1.0).await, &id).await.unwrap().is_none());

    let d2 = draft(store, &owner, START).await;
    let file2 = attach(store, &d2, SHA_B, START).await;
    let again = store.submit_draft(application(&d2, &owner, &answers, &prefill), "K7RM4X2B", START + 9).await;
    assert_eq!(again.unwrap(), Submitted::ReferenceTaken, "a taken reference is reported, not an error");
    assert!(store.draft_of(&owner, &d2).await.unwrap().is_some(), "the draft is untouched");
    assert_eq!(store.draft_attachments(&d2).await.unwrap()[0].id, file2);
    assert_eq!(app.count("applications").await, 1);
    assert_eq!(app.count("application_events").await, 1);

    let resent = store.submit_draft(application(&d, &owner, &answers, &prefill), "ZZZZ2222", START + 11).await;
    assert_eq!(resent.unwrap(), Submitted::AlreadySent, "a draft sent already is reported, not an error");
    assert_eq!(store.application_from_draft(&owner, &d).await.unwrap(), Some(id), "and leads to its application");
    assert_eq!(app.count("applications").await, 1);
    assert_eq!(app.count("application_events").await, 1);
}

async fn a_users_applications_are_listed_newest_first(app: &TestApp) {
    let store = &app.state.store;
    let owner = user(store, UNREGISTERED_IIN).await;
    let (answers, prefill) = (Answers::new(), Prefill::none());
    let mut ids = Vec::new();
    for (reference, at) in [("AAAA2222", START + 10), ("CCCC2222", START + 30), ("BBBB2222", START + 20)] {
        let d = draft(store, &owner, START).await;
        let sent = store.submit_draft(application(&d, &owner, &answers, &prefill), reference, at).await.unwrap();
        let Submitted::Created(id) = sent else { panic!("{reference} was free, got {sent:?}") };
        ids.push((reference, id));
    }
    let listed = store.applications_of(&owner).await.unwrap();
    let references: Vec<&str> = listed.iter().map(|a| a.reference.as_str()).collect();
    assert_eq!(references, ["CCCC2222", "BBBB2222", "AAAA2222"]);
    assert_eq!(listed[0].due_date, "2026-12-08");
    assert!(store.applications_of(&app.user_id(DEMO_USER_1.0).await).await.unwrap().is_empty());
}

async fn the_registry_is_loaded_looked_up_and_replaced(app: &TestApp) {
    let store = &app.state.store;
    assert_eq!(store.registry_size().await.unwrap(), 88);
    let iin = shared::values::Iin::parse(DEMO_USER_1.0).unwrap();
    let person = app.state.registry.person(&iin).await.unwrap().expect("in the registry");
    assert_eq!(person.full_name(), DEMO_USER_1.1);
    let missing = shared::values::Iin::parse(UNREGISTERED_IIN).unwrap();
    assert!(app.state.registry.person(&missing).await.unwrap().is_none());

    let record = store.registry_record(DEMO_USER_1.0).await.unwrap().expect("record");
    store.load_registry(&[(UNREGISTERED_IIN.to_owned(), record)]).await.unwrap();
    assert_eq!(store.registry_size().await.unwrap(), 1);
    assert!(store.registry_record(DEMO_USER_1.0).await.unwrap().is_none());
    assert!(store.registry_record(UNREGISTERED_IIN).await.unwrap().is_some());
}

on_both_engines!(
    accounts_are_unique_per_iin_and_found_by_iin_and_id,
    sessions_are_touched_deleted_and_purged_when_idle_or_too_old,
    failed_sign_ins_are_counted_per_key_and_cleared,
    drafts_belong_to_their_owner_and_keep_kazakh_answers,
    attachments_are_listed_owned_removed_and_their_blobs_tracked,
    submitting_a_draft_moves_everything_in_one_step_and_a_taken_reference_changes_nothing,
    a_users_applications_are_listed_newest_first,
    the_registry_is_loaded_looked_up_and_replaced,
);

#[tokio::test]
async fn sqlite_runs_in_write_ahead_log_mode() {
    use sqlx::{Connection, Row};
    let app = TestApp::spawn(Engine::Sqlite).await.expect("SQLite");
    let mut conn = sqlx::SqliteConnection::connect(&app.database_url).await.unwrap();
    let mode: String = sqlx::query("PRAGMA journal_mode").fetch_one(&mut conn).await.unwrap().get(0);
    assert_eq!(mode.to_lowercase(), "wal");
    assert_eq!(app.state.store.engine(), Engine::Sqlite);
}
