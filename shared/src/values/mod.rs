//! Domain values: each has one parser that normalises and checks, and is the only way to build it.

pub mod amount;
pub mod date;
pub mod email;
pub mod iban;
pub mod iin;
pub mod phone;
pub mod text;

pub use amount::Tenge;
pub use email::Email;
pub use iban::IbanKz;
pub use iin::{Bin, Iin, Sex};
pub use phone::PhoneKz;
