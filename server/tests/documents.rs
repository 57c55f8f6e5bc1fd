//! Uploaded documents over their life: removed files leave the file store, files shared by content
//! stay while any record uses them, and nothing outlives the draft it belonged to.

mod common;

use reqwest::StatusCode;

use common::{DEMO_USER_1, TestApp, png};

/// A PNG that differs from `png()` by its last byte.
fn png_variant(tag: u8) -> Vec<u8> {
    let mut b = png();
    b.push(tag);
    b
}

async fn a_removed_file_leaves_the_file_store_unless_another_draft_uses_it(app: &TestApp) {
    app.login_demo(DEMO_USER_1.0).await;
    let first = app.start_archival().await;
    app.fill_archival(&first).await;
    let second = app.start_archival().await;
    app.fill_archival(&second).await;
    app.upload(&first, "supporting", "a.png", png()).await.see_other();
    app.upload(&second, "supporting", "same bytes.png", png()).await.see_other();
    assert_eq!(app.blobs(), 1, "the same bytes are kept once");

    let file = app.state.store.draft_attachments(&first).await.unwrap()[0].id.clone();
    let docs = format!("/apply/{first}/documents");
    let removed = app.post_with_csrf(&docs, &format!("{docs}/{file}/remove"), &[]).await;
    assert!(removed.see_other().starts_with(&format!("{docs}?removed=")));
    assert_eq!(app.blobs(), 1, "the other draft still uses the bytes");

    let other = app.state.store.draft_attachments(&second).await.unwrap()[0].id.clone();
    let docs = format!("/apply/{second}/documents");
    app.post_with_csrf(&docs, &format!("{docs}/{other}/remove"), &[]).await.see_other();
    assert_eq!(app.blobs(), 0, "no record uses the bytes any more");
    assert_eq!(app.count("attachments").await, 0);
    let again = app.post_with_csrf(&docs, &format!("{docs}/{other}/remove"), &[]).await;
    again.assert_status(StatusCode::NOT_FOUND);
}

async fn files_of_drafts_deleted_after_thirty_days_leave_the_file_store(app: &TestApp) {
    app.login_demo(DEMO_USER_1.0).await;
    let draft = app.start_archival().await;
    app.fill_archival(&draft).await;
    app.upload(&draft, "supporting", "scan.png", png()).await.see_other();
    assert_eq!(app.blobs(), 1);

    app.advance(31 * 24 * 3600);
    server::purge(&app.state).await;
    assert_eq!(app.count("drafts").await, 0, "the draft untouched for 30 days is deleted");
    assert_eq!(app.count("attachments").await, 0);
    assert_eq!(app.blobs(), 0, "the scan of a deleted draft must not stay on disk");
}

async fn files_left_in_slots_that_no_longer_apply_are_not_sent_nor_kept(app: &TestApp) {
    app.login_demo(DEMO_USER_1.0).await;
    let draft = app.start_archival().await;
    app.fill_archival(&draft).await;
    let about_other = app.answer(&draft, "subject", &[("subject", "other"), ("return", "check")]).await;
    assert_eq!(about_other.see_other(), format!("/apply/{draft}/subject-person?return=check"));
    app.upload(&draft, "authority", "power of attorney.png", png_variant(1)).await.see_other();
    app.answer(&draft, "subject", &[("subject", "self"), ("return", "check")]).await.see_other();
    assert_eq!(app.blobs(), 1);

    let id = app.submit(&draft).await;
    assert!(app.state.store.application_attachments(&id).await.unwrap().is_empty(), "the stray file is not sent");
    assert_eq!(app.count("attachments").await, 0);
    assert_eq!(app.blobs(), 0, "the stray file's bytes must not stay on disk");
}

async fn a_double_clicked_send_makes_one_application(app: &TestApp) {
    app.login_demo(DEMO_USER_1.0).await;
    let draft = app.start_archival().await;
    app.fill_archival(&draft).await;
    app.upload(&draft, "supporting", "scan.png", png()).await.see_other();
    let docs = format!("/apply/{draft}/documents");
    app.post_with_csrf(&docs, &docs, &[]).await.see_other();
    let token = app.csrf(&format!("/apply/{draft}/check")).await;
    let path = format!("/apply/{draft}/submit");
    let signature = app.signature_for(&draft).await;
    let fields = [("csrf", token.as_str()), ("declaration", "yes"), ("signature", signature.as_str())];
    let (a, b) = tokio::join!(app.post_form(&path, &fields), app.post_form(&path, &fields));
    assert_eq!(app.count("applications").await, 1, "exactly one post sends the application");
    let id = app.state.store.applications_of(&app.user_id(DEMO_USER_1.0).await).await.unwrap()[0].id.clone();
    let confirmation = format!("/applications/{id}/confirmation");
    assert_eq!(
        (a.see_other(), b.see_other()),
        (confirmation.as_str(), confirmation.as_str()),
        "both clicks end on its confirmation"
    );
    assert_eq!(app.count("application_events").await, 1);
    assert_eq!(app.count("attachments").await, 1);
    assert_eq!(app.count("drafts").await, 0);
}

async fn a_full_slot_takes_no_more_files(app: &TestApp) {
    app.login_demo(DEMO_USER_1.0).await;
    let draft = app.start_archival().await;
    app.fill_archival(&draft).await;
    for i in 0..10 {
        app.upload(&draft, "supporting", &format!("page {i}.png"), png_variant(i)).await.see_other();
    }
    let res = app.upload(&draft, "supporting", "page 10.png", png_variant(10)).await;
    res.assert_status(StatusCode::UNPROCESSABLE_ENTITY).assert_says("You cannot add more files to this document");
    assert_eq!(app.count("attachments").await, 10);
    assert_eq!(app.blobs(), 10);
}

on_both_engines!(
    a_removed_file_leaves_the_file_store_unless_another_draft_uses_it,
    files_of_drafts_deleted_after_thirty_days_leave_the_file_store,
    files_left_in_slots_that_no_longer_apply_are_not_sent_nor_kept,
    a_double_clicked_send_makes_one_application,
    a_full_slot_takes_no_more_files,
);
