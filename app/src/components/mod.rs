//! Components shared by pages.

pub mod back_link;
pub mod draft_frame;
pub mod error_summary;
pub mod esp_progress;
pub mod esp_sign_in;
pub mod field;
pub mod form_support;
pub mod layout;
pub mod notice;
pub mod page_title;
pub mod sign_and_send;
pub mod signature_details;
pub mod simple_input;
pub mod status_tag;
pub mod timeout_warning;
