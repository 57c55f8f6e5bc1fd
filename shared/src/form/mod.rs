//! The form engine: any [`ServiceDefinition`](crate::definition::ServiceDefinition) becomes pages,
//! checks and a checklist. The browser and the server call exactly these functions.

mod answers;
mod checklist;
mod engine;
mod rules;
mod summary;

pub use answers::{Answers, Prefill};
pub use checklist::*;
pub use engine::*;
pub use rules::{
    Context, age_on, check_field, check_field_at, field_error_at, field_message, holds, holds_at, is_answered,
    is_answered_at, is_prefilled, item_count, message_args,
};
pub use summary::*;
